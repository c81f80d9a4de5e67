import "server-only";
import { daysInPeriod, previousPeriod, type Period } from "@/lib/kpi/period";
import type { DeviceHealth, KpiReport } from "@/lib/kpi/report-schema";
import { dec, ratio, roundMoney } from "@/lib/kpi/round";
import { ticketsPerDevice } from "@/lib/kpi/tickets-per-device";
import type { KpiSettings } from "@/lib/records/settings";
import type { SqlRunner } from "../client";
import { ticketQualityByClient, type TicketQuality } from "./client-tickets";

// The clients list: one row per client, its figures taken from the KPI report (by_client and
// device health, keyed by client name) plus what the report does not break down by client, worked
// out here with the report's own definitions (MRR on E, SLA and CSAT, tickets per device).

export interface ClientBasics {
  id: number;
  name: string;
  segment: string | null;
  /** MRR(c, E), exact decimal. */
  mrr: string;
  /** Services with a contract active on E. */
  services: string[];
  /** Managed devices on E, and how many of them have warranty_end ≥ E. */
  devices: number;
  warranted: number;
}

/**
 * One row per client (ClientBasics) on a day; `org`, `day` and `client` are placeholders, the
 * client null for all. Contracts and devices are aggregated once per client and joined, not looked
 * up per client.
 */
export function clientBasicsSql(org: string, day: string, client: string): string {
  return `with active as (
       select client_id, sum(monthly_value) as mrr, array_agg(distinct service order by service) as services
       from contracts
       where org_id = ${org} and start_date <= ${day}::date and (end_date is null or ${day}::date <= end_date)
       group by client_id
     ), managed as (
       select client_id, count(*)::int as devices,
              count(*) filter (where warranty_end is not null and warranty_end >= ${day}::date)::int as warranted
       from devices
       where org_id = ${org} and (managed_since is null or managed_since <= ${day}::date) and (retired_on is null or ${day}::date < retired_on)
       group by client_id
     )
     select c.id, c.name, c.segment, coalesce(a.mrr, 0)::text as mrr, coalesce(a.services, '{}') as services,
            coalesce(m.devices, 0) as devices, coalesce(m.warranted, 0) as warranted
     from clients c left join active a on a.client_id = c.id left join managed m on m.client_id = c.id
     where c.org_id = ${org} and (${client}::bigint is null or c.id = ${client}::bigint)
     order by c.name`;
}

/** Every client of the org with its MRR, active services and managed devices on `day`. */
export async function listClientBasics(db: SqlRunner, orgId: number, day: string, clientId?: number): Promise<ClientBasics[]> {
  return db.query<ClientBasics>(clientBasicsSql("$1", "$2", "$3"), [orgId, day, clientId ?? null]);
}

/** The client's name and segment, or null when the org has no such client. */
export async function getClientHeader(db: SqlRunner, orgId: number, clientId: number): Promise<{ name: string; segment: string | null } | null> {
  const [row] = await db.query<{ name: string; segment: string | null }>("select name, segment from clients where org_id = $1 and id = $2", [orgId, clientId]);
  return row ?? null;
}

/** How many clients, contracts, technicians and time entries the org has: tells "import first" from "nothing in this period". */
export async function recordCounts(db: SqlRunner, orgId: number): Promise<{ clients: number; contracts: number; technicians: number; timeEntries: number }> {
  const [row] = await db.query<{ clients: number; contracts: number; technicians: number; timeEntries: number }>(
    `select (select count(*) from clients where org_id = $1)::int as clients,
            (select count(*) from contracts where org_id = $1)::int as contracts,
            (select count(*) from technicians where org_id = $1)::int as technicians,
            (select count(*) from time_entries where org_id = $1)::int as "timeEntries"`,
    [orgId],
  );
  return row ?? { clients: 0, contracts: 0, technicians: 0, timeEntries: 0 };
}

/** Whether the org has any contract (imported or not active in the period). */
export async function hasContracts(db: SqlRunner, orgId: number): Promise<boolean> {
  const [row] = await db.query<{ any: boolean }>("select exists (select 1 from contracts where org_id = $1) as any", [orgId]);
  return row?.any ?? false;
}

export interface ClientRow {
  id: number;
  name: string;
  segment: string | null;
  mrr: number;
  services: string[];
  tickets: number;
  ticketsPerDevice: number | null;
  billedHours: number;
  slaMet: number | null;
  csat: number | null;
  managedDevices: number;
  /** null when the client has no managed devices on E. */
  health: DeviceHealth | null;
}

const NO_QUALITY: TicketQuality = { sla_met: null, csat: null, csat_positive: null };

/** A client's figures for P and for the previous period, for the KPI cards and the health comparison. */
export interface ClientFigures {
  mrr: number;
  tickets: number;
  ticketsPerDevice: number | null;
  billedHours: number;
  quality: TicketQuality;
  managedDevices: number;
  health: DeviceHealth | null;
  warrantyCoverage: number | null;
}

export interface ClientComparison {
  client: Pick<ClientBasics, "id" | "name" | "segment" | "services">;
  current: ClientFigures;
  /** MRR and devices on S (= the previous period's last day); tickets, hours, SLA, CSAT over the previous period. */
  previous: ClientFigures;
}

/** One client's figures now and for the previous period; null when the org has no such client. */
export async function getClientComparison(
  db: SqlRunner,
  orgId: number,
  clientId: number,
  period: Period,
  settings: KpiSettings,
  report: KpiReport,
): Promise<ClientComparison | null> {
  const before = previousPeriod(period);
  const [[now], [then], quality, qualityBefore] = await Promise.all([
    listClientBasics(db, orgId, period.to, clientId),
    listClientBasics(db, orgId, before.to, clientId),
    ticketQualityByClient(db, orgId, period, clientId),
    ticketQualityByClient(db, orgId, before, clientId),
  ]);
  if (!now || !then) return null;
  const figures = (
    basics: ClientBasics,
    activity: { tickets_created: number; billed_hours: number } | undefined,
    health: DeviceHealth | undefined,
    q: TicketQuality | undefined,
    days: number,
  ): ClientFigures => ({
    mrr: roundMoney(dec(basics.mrr)),
    tickets: activity?.tickets_created ?? 0,
    ticketsPerDevice: ticketsPerDevice(activity?.tickets_created ?? 0, basics.devices, days),
    billedHours: activity?.billed_hours ?? 0,
    quality: q ?? NO_QUALITY,
    managedDevices: basics.devices,
    health: health ?? null,
    warrantyCoverage: ratio(dec(basics.warranted), dec(basics.devices)),
  });
  return {
    client: { id: now.id, name: now.name, segment: now.segment, services: now.services },
    current: figures(now, report.tickets.by_client[now.name], report.devices.health[now.name], quality.get(clientId), daysInPeriod(period)),
    previous: figures(
      then,
      report.previous.tickets.by_client[now.name],
      report.devices.health_start[now.name],
      qualityBefore.get(clientId),
      daysInPeriod(before),
    ),
  };
}
