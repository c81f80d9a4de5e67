import "server-only";
import { sortedRecord } from "@/lib/kpi/maps";
import type { DeviceHealth } from "@/lib/kpi/report-schema";
import type { SqlRunner } from "../../client";
import { FIGURE_DP, num, num0, roundDiv } from "./sql";

// Device KPIs (docs/kpis.md "Devices": managed_devices, health, warranty_coverage) from
// kpi_device_client_days: each client's figures on day d are its latest row dated ≤ d.
// $1 org, $2 the day, $3 the first day of a period ending on $2 (for tickets_per_device) or null.

const SQL = `with on_day as (
    select c.name, x.* from clients c cross join lateral (
      select managed, av_ok, patched, backup_ok, seen, warranty from kpi_device_client_days k
      where k.org_id = $1 and k.client_id = c.id and k.day <= $2::date order by k.day desc limit 1
    ) as x
    where c.org_id = $1
  ), totals as (
    select coalesce(sum(managed), 0) as managed, coalesce(sum(warranty), 0) as warranty from on_day
  ), created as (
    select coalesce(sum(created), 0) as created from kpi_ticket_days
    where org_id = $1 and $3::date is not null and day between $3::date and $2::date
  )
  select managed::int, ${roundDiv("warranty", "managed", FIGURE_DP)} as warranty_coverage,
    case when $3::date is not null then ${roundDiv("created * 30.4375", "managed * ($2::date - $3::date + 1)", FIGURE_DP)} end
      as tickets_per_device,
    (select coalesce(json_agg(json_build_array(name, ${roundDiv("av_ok", "managed", FIGURE_DP)}, ${roundDiv("patched", "managed", FIGURE_DP)},
        ${roundDiv("backup_ok", "managed", FIGURE_DP)}, ${roundDiv("seen", "managed", FIGURE_DP)})), '[]')
      from on_day where managed > 0) as health
  from totals, created`;

type HealthRow = [client: string, avOk: string, patched: string, backupOk: string, seen: string];

export interface DevicesOnDay {
  managed: number;
  warrantyCoverage: number | null;
  /** Per client with managed devices on the day. */
  health: Record<string, DeviceHealth>;
  /** Tickets created in [periodFrom, day] ÷ managed devices on the day ÷ (days / 30.4375); null without periodFrom. */
  ticketsPerDevice: number | null;
}

/** The device figures of one day; with `periodFrom`, also tickets_per_device for the period that ends on it. */
export async function devicesOnDay(db: SqlRunner, orgId: number, day: string, periodFrom: string | null): Promise<DevicesOnDay> {
  const [row] = await db.query<{ managed: number; warranty_coverage: string | null; tickets_per_device: string | null; health: HealthRow[] }>(
    SQL,
    [orgId, day, periodFrom],
  );
  if (!row) throw new Error("devices query returned no row");
  return {
    managed: row.managed,
    warrantyCoverage: num(row.warranty_coverage),
    health: sortedRecord(row.health.map(([client, av, patched, backup, seen]) => [
      client,
      { av_ok: num0(av), patched: num0(patched), backup_ok: num0(backup), seen: num0(seen) },
    ] as const)),
    ticketsPerDevice: num(row.tickets_per_device),
  };
}
