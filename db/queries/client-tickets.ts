import "server-only";
import type Big from "big.js";
import { eachDay, isoWeekKey, type Period } from "@/lib/kpi/period";
import { dec, figureRatio, ratio, roundFigure, ZERO } from "@/lib/kpi/round";
import type { KpiSettings } from "@/lib/records/settings";
import type { SqlRunner } from "../client";

// Ticket figures per client, counted in SQL with the definitions of lib/kpi/reference/tickets.ts
// and lib/kpi/reference/sla.ts and divided with the same rounding helpers, so a client's SLA and CSAT are the
// figures the KPI engine would report for that client alone.

/**
 * The counts behind SLA met and CSAT per client (QualityRow). $1 org, $2 from, $3 to, $4 time zone,
 * $5…$8 the P1…P4 targets in minutes, $9 one client or null.
 * One pass over the tickets created or resolved around P, found through the (org_id, created_at)
 * and (org_id, resolved_at) indexes: the ranges are a day wider on each side than any time zone
 * needs, and the local dates decide. Only clients with a ticket created or rated in P get a row.
 */
export const QUALITY_BY_CLIENT = `select client_id,
            count(*) filter (where outcome = 'met')::int as met,
            count(*) filter (where outcome in ('met', 'missed'))::int as judged,
            count(*) filter (where rated)::int as rated,
            coalesce(sum(csat) filter (where rated), 0)::int as csat_sum,
            count(*) filter (where rated and csat >= 4)::int as positive
     from (
       select client_id, csat, rated,
              case when not created_in_p or target is null or not first_response_tracked then null
                   when first_response_at is not null then
                     case when first_response_at - created_at <= target then 'met' else 'missed' end
                   when ((created_at + target) at time zone $4::text)::date <= $3::date then 'missed'
                   else 'pending' end as outcome
       from (
         select client_id, created_at, first_response_at, first_response_tracked, csat,
                (created_at at time zone $4::text)::date between $2::date and $3::date as created_in_p,
                coalesce(csat is not null and (resolved_at at time zone $4::text)::date between $2::date and $3::date, false) as rated,
                (case priority when 'P1' then $5::float8 when 'P2' then $6::float8 when 'P3' then $7::float8 when 'P4' then $8::float8 end)
                  * interval '1 minute' as target
         from tickets
         where org_id = $1 and ($9::bigint is null or client_id = $9::bigint)
           and ((created_at >= ($2::date - 1)::timestamp at time zone 'UTC' and created_at < ($3::date + 2)::timestamp at time zone 'UTC')
             or (resolved_at >= ($2::date - 1)::timestamp at time zone 'UTC' and resolved_at < ($3::date + 2)::timestamp at time zone 'UTC'))
       ) t
       where created_in_p or rated
     ) x
     group by client_id`;

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
 * Per client, over tickets created in P (local dates in the org's time zone): SLA met ÷ (met +
 * missed), where a ticket with no first response whose target passed by the end of P is missed
 * and one whose target runs past P is left out; over tickets resolved in P with a csat: the mean
 * and the share ≥ 4. Only clients with such tickets are in the map.
 */
export async function ticketQualityByClient(
  db: SqlRunner,
  orgId: number,
  period: Period,
  settings: Pick<KpiSettings, "timeZone" | "slaTargetMinutes">,
  clientId?: number,
): Promise<Map<number, TicketQuality>> {
  const t = settings.slaTargetMinutes;
  const rows = await db.query<QualityRow>(
    QUALITY_BY_CLIENT,
    [orgId, period.from, period.to, settings.timeZone, t.P1, t.P2, t.P3, t.P4, clientId ?? null],
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
