import "server-only";
import type Big from "big.js";
import { eachDay, isoWeekKey, type Period } from "@/lib/kpi/period";
import { dec, figureRatio, ratio, roundFigure, ZERO } from "@/lib/kpi/round";
import type { SqlRunner } from "../client";
import { grainParams, grainSpan, grainSpanRows, SPAN_PARAMS } from "./kpi/sql";

// Ticket figures per client, counted in SQL with the definitions of lib/kpi/reference/tickets.ts
// and lib/kpi/reference/sla.ts and divided with the same rounding helpers, so a client's SLA and CSAT are the
// figures the KPI engine would report for that client alone.

/**
 * The counts behind SLA met and CSAT per client (QualityRow), and the tickets created, from the
 * per-client ticket rollups (built with the time zone and SLA targets the caller's figures use:
 * ensureKpiRollups). `p` names the placeholders of the org, P's first and last day, its whole
 * months (grainParams) and one client or null. A ticket with no first response counts as missed
 * when it was created in P and its target passed by P's last day. Only clients with a ticket
 * created or rated in P get a row.
 */
export function qualityByClientSql(p: { org: string; from: string; to: string; monthsFrom: string; monthsTo: string; client: string }): string {
  const ofClient = `(${p.client}::bigint is null or client_id = ${p.client}::bigint)`;
  return `with days as (
      select client_id, sum(created) as created, sum(sla_met) as met, sum(sla_met) + sum(sla_missed) as judged,
        sum(csat_count) as rated, sum(csat_sum) as csat_sum, sum(csat_positive) as positive
      from ${grainSpanRows("kpi_ticket_client_days", "client_id, created, sla_met, sla_missed, csat_count, csat_sum, csat_positive", p, `org_id = ${p.org} and ${ofClient}`)} as d
      group by client_id
    ), pending as (
      select client_id, sum(tickets) as missed from kpi_client_ticket_pending
      where org_id = ${p.org} and ${ofClient} and day between ${p.from}::date and ${p.to}::date and deadline_day <= ${p.to}::date
      group by client_id
    )
    select client_id, coalesce(d.created, 0)::int as created, coalesce(d.met, 0)::int as met, (coalesce(d.judged, 0) + coalesce(x.missed, 0))::int as judged,
      coalesce(d.rated, 0)::int as rated, coalesce(d.csat_sum, 0)::int as csat_sum, coalesce(d.positive, 0)::int as positive
    from days d full join pending x using (client_id)`;
}

export interface TicketQuality {
  sla_met: number | null;
  csat: number | null;
  csat_positive: number | null;
}

interface QualityRow {
  client_id: number;
  met: number;
  judged: number;
  rated: number;
  csat_sum: number;
  positive: number;
}

/**
 * Per client, over tickets created in P (local dates, as the rollups were built): SLA met ÷ (met +
 * missed), where a ticket with no first response whose target passed by the end of P is missed
 * and one whose target runs past P is left out; over tickets resolved in P with a csat: the mean
 * and the share ≥ 4. Only clients with such tickets are in the map.
 */
export async function ticketQualityByClient(db: SqlRunner, orgId: number, period: Period, clientId?: number): Promise<Map<number, TicketQuality>> {
  const rows = await db.query<QualityRow>(
    qualityByClientSql({ ...SPAN_PARAMS, org: "$1", client: "$6" }),
    [orgId, ...grainParams(grainSpan(period)), clientId ?? null],
  );
  return new Map(
    rows.map((r) => [
      Number(r.client_id),
      {
        sla_met: ratio(dec(r.met), dec(r.judged)),
        csat: figureRatio(dec(r.csat_sum), dec(r.rated)),
        csat_positive: ratio(dec(r.positive), dec(r.rated)),
      },
    ]),
  );
}

export interface WeekCount {
  week: string;
  tickets: number;
}

/** Tickets of one client created in P per ISO week; every week overlapping P is listed, 0 when quiet. */
export async function clientTicketsByWeek(db: SqlRunner, orgId: number, clientId: number, period: Period, timeZone: string): Promise<WeekCount[]> {
  const rows = await db.query<{ day: string; n: number }>(
    `select (created_at at time zone $3::text)::date as day, count(*)::int as n
     from tickets where org_id = $1 and client_id = $2 and (created_at at time zone $3::text)::date between $4::date and $5::date
     group by 1`,
    [orgId, clientId, timeZone, period.from, period.to],
  );
  const weeks = new Map<string, number>();
  for (const day of eachDay(period.from, period.to)) weeks.set(isoWeekKey(day), 0);
  for (const r of rows) weeks.set(isoWeekKey(r.day), (weeks.get(isoWeekKey(r.day)) ?? 0) + r.n);
  return [...weeks].map(([week, tickets]) => ({ week, tickets }));
}

export interface WeekHours {
  week: string;
  billable: number;
  nonBillable: number;
}

/** One client's logged hours in P per ISO week, billable and not. */
export async function clientHoursByWeek(db: SqlRunner, orgId: number, clientId: number, period: Period): Promise<WeekHours[]> {
  const rows = await db.query<{ day: string; billable: string; non_billable: string }>(
    `select work_date as day,
            coalesce(sum(hours) filter (where billable), 0)::text as billable,
            coalesce(sum(hours) filter (where not billable), 0)::text as non_billable
     from time_entries where org_id = $1 and client_id = $2 and work_date between $3::date and $4::date
     group by 1`,
    [orgId, clientId, period.from, period.to],
  );
  const weeks = new Map<string, { billable: Big; nonBillable: Big }>();
  for (const day of eachDay(period.from, period.to)) weeks.set(isoWeekKey(day), { billable: ZERO, nonBillable: ZERO });
  for (const r of rows) {
    const w = weeks.get(isoWeekKey(r.day));
    if (!w) continue;
    w.billable = w.billable.plus(r.billable);
    w.nonBillable = w.nonBillable.plus(r.non_billable);
  }
  return [...weeks].map(([week, h]) => ({ week, billable: roundFigure(h.billable), nonBillable: roundFigure(h.nonBillable) }));
}
