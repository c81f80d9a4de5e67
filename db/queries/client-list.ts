import "server-only";
import type { Period } from "@/lib/kpi/period";
import type { SqlTableSource } from "../tables/sql-table";
import { qualityByClientSql } from "./client-tickets";
import { clientBasicsSql, type ClientRow } from "./clients";
import { FIGURE_DP, MONEY_DP, grainParams, grainSpan, grainSpanRows, num, num0, roundDiv, roundSum, SPAN_PARAMS } from "./kpi/sql";

// The clients list as one select, so the database sorts, filters and pages it: every figure of
// listClientRows (the KPI engine's definitions, worked out per client) in SQL, rounded the way the
// engine rounds (kpi/sql.ts), from the same rollups and base tables.
// $1 org, $2 from, $3 to, $4/$5 whole months, $6 null (every client).

const SQL = `with basics as (${clientBasicsSql("$1", "$3", "$6")}),
  billed as (
    select client_id, sum(hours) as hours from ${grainSpanRows("kpi_time_client_days", "client_id, hours", SPAN_PARAMS)} as d group by client_id
  ), quality as (${qualityByClientSql({ ...SPAN_PARAMS, org: "$1", client: "$6" })}),
  health as (
    select b.id as client_id, x.* from basics b cross join lateral (
      select managed, av_ok, patched, backup_ok, seen from kpi_device_client_days k
      where k.org_id = $1 and k.client_id = b.id and k.day <= $3::date order by k.day desc limit 1
    ) as x
    where x.managed > 0
  )
  select b.id, b.name, b.segment, ${roundSum("b.mrr::numeric", MONEY_DP)}::numeric as mrr, b.services,
    array_to_string(b.services, ', ') as service_names, cardinality(b.services) as service_count,
    coalesce(q.created, 0)::int as tickets,
    ${roundDiv("coalesce(q.created, 0) * 30.4375", "b.devices * ($3::date - $2::date + 1)", FIGURE_DP)}::numeric as tickets_per_device,
    ${roundSum("e.hours", FIGURE_DP)}::numeric as billed_hours,
    ${roundDiv("q.met", "q.judged", FIGURE_DP)}::numeric as sla_met,
    ${roundDiv("q.csat_sum", "q.rated", FIGURE_DP)}::numeric as csat,
    b.devices,
    ${roundDiv("h.patched", "h.managed", FIGURE_DP)}::numeric as patched,
    ${roundDiv("h.av_ok", "h.managed", FIGURE_DP)}::numeric as av_ok,
    ${roundDiv("h.backup_ok", "h.managed", FIGURE_DP)}::numeric as backup_ok,
    ${roundDiv("h.seen", "h.managed", FIGURE_DP)}::numeric as seen
  from basics b left join billed e on e.client_id = b.id
    left join quality q on q.client_id = b.id left join health h on h.client_id = b.id`;

/** A row of the clients select, numerics as the database hands them out (strings). */
interface ClientListRecord {
  id: number;
  name: string;
  segment: string | null;
  mrr: string;
  services: string[];
  tickets: number;
  tickets_per_device: string | null;
  billed_hours: string;
  sla_met: string | null;
  csat: string | null;
  devices: number;
  patched: string | null;
  av_ok: string | null;
  backup_ok: string | null;
  seen: string | null;
}

const numeric = (expr: string) => ({ expr });
const text = (expr: string) => ({ expr, text: true });

/** The clients of the org with their figures for P, as a server-side table; sort ids are the columns' ids. */
export function clientListSource(orgId: number, period: Period): SqlTableSource<ClientRow> {
  return {
    sql: SQL,
    params: [orgId, ...grainParams(grainSpan(period)), null],
    sort: {
      name: text("name"),
      segment: text("segment"),
      mrr: numeric("mrr"),
      services: numeric("service_count"),
      serviceNames: text("service_names"),
      tickets: numeric("tickets"),
      ticketsPerDevice: numeric("tickets_per_device"),
      billedHours: numeric("billed_hours"),
      slaMet: numeric("sla_met"),
      csat: numeric("csat"),
      devices: numeric("devices"),
      patched: numeric("patched"),
      avOk: numeric("av_ok"),
      backupOk: numeric("backup_ok"),
      seen: numeric("seen"),
    },
    search: ["name", "segment", "service_names"],
    filters: { segment: { expr: "segment", kind: "select" }, serviceNames: { expr: "service_names", kind: "text" } },
    key: "id",
    toRow: (record) => toClientRow(record as unknown as ClientListRecord),
  };
}

function toClientRow(r: ClientListRecord): ClientRow {
  return {
    id: r.id,
    name: r.name,
    segment: r.segment,
    mrr: num0(r.mrr),
    services: r.services,
    tickets: r.tickets,
    ticketsPerDevice: num(r.tickets_per_device),
    billedHours: num0(r.billed_hours),
    slaMet: num(r.sla_met),
    csat: num(r.csat),
    managedDevices: r.devices,
    health: r.patched === null ? null : { av_ok: num0(r.av_ok), patched: num0(r.patched), backup_ok: num0(r.backup_ok), seen: num0(r.seen) },
  };
}
