import "server-only";
import { dec, MONEY_DP, ratio, roundMoney } from "@/lib/kpi/round";
import type { KpiReport } from "@/lib/kpi/report-schema";
import type { SqlRunner } from "../client";
import type { SqlTableSource } from "../tables/sql-table";

// Services and contracts. "Has a service on d" follows docs/kpis.md: MRR(c, s, d) > 0, i.e. the
// client has contracts for it active on d with a positive monthly value.

export interface ContractRow {
  id: number;
  service: string;
  tier: string | null;
  units: string | null;
  monthlyValue: string;
  startDate: string;
  endDate: string | null;
  salesperson: string | null;
  /** Active on `day`; otherwise ended before it or starting after it. */
  status: "active" | "ended" | "future";
}

/** A client's contracts, newest first, with their status on `day`. */
export async function listClientContracts(db: SqlRunner, orgId: number, clientId: number, day: string): Promise<ContractRow[]> {
  return db.query<ContractRow>(
    `select id, service, tier, units::text as units, monthly_value::text as "monthlyValue", start_date as "startDate",
            end_date as "endDate", salesperson,
            case when start_date > $3::date then 'future' when end_date is not null and end_date < $3::date then 'ended' else 'active' end as status
     from contracts where org_id = $1 and client_id = $2
     order by (case when start_date <= $3::date and (end_date is null or $3::date <= end_date) then 0 else 1 end), start_date desc, service`,
    [orgId, clientId, day],
  );
}

interface HoldingRow {
  client_id: number;
  client: string;
  segment: string | null;
  service: string;
  mrr: string;
}

/** MRR(c, s, $2) > 0 for every client and service that has it ($1 org). */
const HOLDINGS = `select c.id as client_id, c.name as client, c.segment, k.service, sum(k.monthly_value)::text as mrr
     from contracts k join clients c on c.org_id = k.org_id and c.id = k.client_id
     where k.org_id = $1 and k.start_date <= $2::date and (k.end_date is null or $2::date <= k.end_date)
     group by c.id, c.name, c.segment, k.service
     having sum(k.monthly_value) > 0`;

async function holdings(db: SqlRunner, orgId: number, day: string): Promise<HoldingRow[]> {
  return db.query<HoldingRow>(`${HOLDINGS} order by c.name, k.service`, [orgId, day]);
}

/** Services some client has on `day` (sorted), with how many clients have each. */
export async function servicesHeld(db: SqlRunner, orgId: number, day: string): Promise<{ service: string; clients: number }[]> {
  const counts = new Map<string, number>();
  for (const h of await holdings(db, orgId, day)) counts.set(h.service, (counts.get(h.service) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([service, clients]) => ({ service, clients }));
}

export interface CrossSellRow {
  clientId: number;
  client: string;
  segment: string | null;
  mrr: number;
  has: string[];
  missing: string[];
}

interface CrossSellRecord {
  client_id: number;
  client: string;
  segment: string | null;
  mrr: string;
  has: string[];
}

/**
 * Every active client (MRR(c, E) > 0) with the services it has, as a server-side table; `services`
 * are those some client has (servicesHeld), each a column `service:<name>` that sorts its gaps
 * together, and "missing" are the ones of them a client lacks. $1 org, $2 E, $3 the services.
 */
export function crossSellSource(orgId: number, day: string, services: string[]): SqlTableSource<CrossSellRow> {
  const missing = "array(select s from unnest($3::text[]) as s where s <> all(has) order by s)";
  return {
    sql: `select client_id, client, segment, round(sum(mrr::numeric), ${MONEY_DP}) as mrr, array_agg(service order by service) as has
          from (${HOLDINGS}) as h group by client_id, client, segment`,
    params: [orgId, day, services],
    sort: {
      client: { expr: "client", text: true },
      segment: { expr: "segment", text: true },
      mrr: { expr: "mrr" },
      missingCount: { expr: `cardinality(${missing})` },
      missingList: { expr: `array_to_string(${missing}, ', ')`, text: true },
      // "Has it" before "Missing", as the words sort.
      ...Object.fromEntries(services.map((service, i) => [`service:${service}`, { expr: `(($3::text[])[${i + 1}] <> all(has))` }])),
    },
    search: ["client", "segment"],
    filters: { segment: { expr: "segment", kind: "select" } },
    key: "client_id",
    toRow: (record) => {
      const r = record as unknown as CrossSellRecord;
      return { clientId: r.client_id, client: r.client, segment: r.segment, mrr: roundMoney(dec(r.mrr)), has: r.has, missing: services.filter((s) => !r.has.includes(s)) };
    },
  };
}

export interface TierCount {
  service: string;
  /** null when the contract carries no tier. */
  tier: string | null;
  contracts: number;
  mrr: number;
}

/** Contracts active on `day` per service and tier. */
export async function contractsByTier(db: SqlRunner, orgId: number, day: string): Promise<TierCount[]> {
  const rows = await db.query<{ service: string; tier: string | null; contracts: number; mrr: string }>(
    `select service, tier, count(*)::int as contracts, sum(monthly_value)::text as mrr
     from contracts where org_id = $1 and start_date <= $2::date and (end_date is null or $2::date <= end_date)
     group by service, tier order by service, tier nulls last`,
    [orgId, day],
  );
  return rows.map((r) => ({ ...r, mrr: roundMoney(dec(r.mrr)) }));
}

export interface ServiceRow {
  service: string;
  mrr: number;
  /** MRR(s, S): the value on the day before the period. */
  mrrStart: number;
  clients: number;
  coverage: number | null;
  contracts: number;
}

/**
 * Per service: MRR and coverage on E from the KPI report (service_mrr, service_coverage), the
 * value on S from the previous period's report, and clients and active contracts counted here.
 */
export async function listServiceRows(db: SqlRunner, orgId: number, day: string, report: KpiReport): Promise<ServiceRow[]> {
  const [held, tiers] = await Promise.all([servicesHeld(db, orgId, day), contractsByTier(db, orgId, day)]);
  const names = new Set([...Object.keys(report.revenue.service_mrr), ...Object.keys(report.previous.revenue.service_mrr)]);
  return [...names].sort().map((service) => {
    const clients = held.find((h) => h.service === service)?.clients ?? 0;
    return {
      service,
      mrr: report.revenue.service_mrr[service] ?? 0,
      mrrStart: report.previous.revenue.service_mrr[service] ?? 0,
      clients,
      coverage: report.revenue.service_coverage[service] ?? ratio(dec(clients), dec(report.revenue.active_clients)),
      contracts: tiers.filter((t) => t.service === service).reduce((n, t) => n + t.contracts, 0),
    };
  });
}
