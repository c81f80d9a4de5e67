import "server-only";
import { sortedRecord } from "@/lib/kpi/maps";
import type { Period } from "@/lib/kpi/period";
import type { TicketsSection } from "@/lib/kpi/report-schema";
import type { SqlRunner } from "../../client";
import { medianDuration } from "./durations";
import { FIGURE_DP, grainParams, grainSpan, grainSpanRows, num, num0, roundDiv, roundSum, SPAN_PARAMS } from "./sql";

// Ticket and service KPIs (docs/kpis.md "Tickets and service") from the ticket rollups, whose days
// are local dates in the org's time zone. $1 org, $2 from, $3 to (, $4/$5 whole months).
// tickets_per_device needs the managed devices on E, so the device query works it out (devices.ts).

interface TicketTotals {
  created: number; sla_met: string | null; csat: string | null; csat_positive: string | null;
  by_week: [string, number][]; by_month: [string, number][];
}

const TOTALS = `with days as (
    select * from kpi_ticket_days where org_id = $1 and day between $2::date and $3::date
  ), totals as (
    select coalesce(sum(created), 0) as created, coalesce(sum(sla_met), 0) as met,
      coalesce(sum(sla_missed), 0) + (select coalesce(sum(tickets), 0) from kpi_ticket_pending
        where org_id = $1 and day between $2::date and $3::date and deadline_day <= $3::date) as missed,
      coalesce(sum(csat_count), 0) as csat_n, coalesce(sum(csat_sum), 0) as csat_sum, coalesce(sum(csat_positive), 0) as csat_pos
    from days
  ), calendar as (
    select g.day, coalesce(d.created, 0) as created
    from (select $2::date + i as day from generate_series(0, $3::date - $2::date) as i) as g left join days d using (day)
  )
  select created::int,
    ${roundDiv("met", "met + missed", FIGURE_DP)} as sla_met,
    ${roundDiv("csat_sum", "csat_n", FIGURE_DP)} as csat,
    ${roundDiv("csat_pos", "csat_n", FIGURE_DP)} as csat_positive,
    (select json_agg(json_build_array(k, n)) from (select to_char(day, 'IYYY-"W"IW') as k, sum(created)::int as n from calendar group by 1) as w) as by_week,
    (select json_agg(json_build_array(k, n)) from (select to_char(day, 'YYYY-MM') as k, sum(created)::int as n from calendar group by 1) as m) as by_month
  from totals`;

const BY_CLIENT = `with t as (
    select client_id, sum(created) as created from ${grainSpanRows("kpi_ticket_client_days", "client_id, created", SPAN_PARAMS)} as d group by client_id
  ), e as (
    select client_id, sum(entries) as entries, sum(hours) as hours from ${grainSpanRows("kpi_time_client_days", "client_id, entries, hours", SPAN_PARAMS)} as d
    group by client_id
  )
  select c.name, coalesce(t.created, 0)::int as tickets_created, ${roundSum("e.hours", FIGURE_DP)} as billed_hours
  from t full join e using (client_id) join clients c on c.org_id = $1 and c.id = client_id
  where coalesce(t.created, 0) > 0 or coalesce(e.entries, 0) > 0`;

export type TicketsWithoutDevices = Omit<TicketsSection, "tickets_per_device">;

export async function computeTicketsSql(db: SqlRunner, orgId: number, period: Period, timeZone: string): Promise<TicketsWithoutDevices> {
  const span = grainSpan(period);
  const [[totals], clients, firstResponse, resolution] = await Promise.all([
    db.query<TicketTotals>(TOTALS, [orgId, period.from, period.to]),
    db.query<{ name: string; tickets_created: number; billed_hours: string }>(BY_CLIENT, [orgId, ...grainParams(span)]),
    medianDuration(db, orgId, span, timeZone, "response"),
    medianDuration(db, orgId, span, timeZone, "resolution"),
  ]);
  if (!totals) throw new Error("tickets query returned no row");
  return {
    tickets_created: totals.created,
    first_response_minutes: firstResponse,
    resolution_hours: resolution,
    sla_met: num(totals.sla_met),
    csat: num(totals.csat),
    csat_positive: num(totals.csat_positive),
    by_client: sortedRecord(clients.map((c) => [c.name, { tickets_created: c.tickets_created, billed_hours: num0(c.billed_hours) }] as const)),
    by_week: sortedRecord(totals.by_week),
    by_month: sortedRecord(totals.by_month),
  };
}
