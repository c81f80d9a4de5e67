import "server-only";
import type { SqlRunner } from "../../client";
import { datedInPeriod, FIGURE_DP, grainParams, inGrainSpan, num, roundDiv, SPAN_PARAMS, type GrainSpan } from "./sql";

// Exact medians of ticket durations (microseconds) without sorting every ticket of the period:
// kpi_ticket_durations counts tickets per coarse duration bucket and day, which locates the bucket
// holding the middle position(s); then only that bucket's tickets are sorted, found through the
// tickets_org_*_bucket indexes. The bucket expressions below must stay identical to those indexes
// (db/schema/business.ts) for the planner to use them. Within the bucket tickets are sorted by the
// interval end − created_at (same order as its microseconds, cheaper to compare than numeric).

export type DurationMeasure = "response" | "resolution";

interface MeasureSql {
  /** The ticket timestamp that ends the duration (and dates it, for resolutions). */
  end: string;
  /** The timestamp whose local date puts the ticket in P. */
  dated: string;
  bucket: string;
  /** Microseconds per output unit: minutes for responses, hours for resolutions. */
  unit: number;
}

export const MEASURES: Record<DurationMeasure, MeasureSql> = {
  response: {
    end: "first_response_at",
    dated: "created_at",
    bucket: "floor(extract(epoch from (first_response_at - created_at)) / 300)",
    unit: 60_000_000,
  },
  resolution: {
    end: "resolved_at",
    dated: "resolved_at",
    bucket: "floor(extract(epoch from (resolved_at - created_at)) / 3600)",
    unit: 3_600_000_000,
  },
};

/** A duration in whole microseconds, exact (extract(epoch from interval) is numeric). */
export const durationMicros = (end: string) => `(extract(epoch from (${end} - created_at)) * 1000000)`;

/**
 * The median duration of the tickets dated in P, in minutes (response) or hours (resolution),
 * rounded to 4 decimals; null when there is none. Over an even count it is the mean of the two
 * middle values, (a + b) / (2 × unit), divided once; an odd count takes the middle value twice.
 */
export async function medianDuration(db: SqlRunner, orgId: number, span: GrainSpan, timeZone: string, measure: DurationMeasure): Promise<number | null> {
  const m = MEASURES[measure];
  const rows = await db.query<{ median: string | null }>(
    `with hist as (
       select bucket, sum(tickets)::bigint as n from kpi_ticket_durations
       where org_id = $1 and measure = $6 and ${inGrainSpan(SPAN_PARAMS)}
       group by bucket
     ), cum as (
       select bucket, (sum(n) over (order by bucket) - n)::bigint as before, (sum(n) over (order by bucket))::bigint as upto,
         (sum(n) over ())::bigint as total
       from hist
     ), positions as (
       select distinct k from (select max(total) as total from cum) t,
         unnest(array[(t.total + 1) / 2, t.total / 2 + 1]) as k
       where t.total > 0
     ), picked as (
       select p.k, (select extract(epoch from v.span) * 1000000 from (
           select ${m.end} - created_at as span from tickets
           where org_id = $1 and ${m.end} is not null and ${m.bucket} = c.bucket
             and ${datedInPeriod(m.dated)}
           order by 1 offset p.k - c.before - 1 limit 1) as v) as micros
       from positions p join cum c on p.k > c.before and p.k <= c.upto
     ), middle as (
       select case when count(*) = 1 then 2 * sum(micros) else sum(micros) end as twice, count(*) as n from picked
     )
     select case when n = 0 then null else ${roundDiv("twice", `${2 * m.unit}`, FIGURE_DP)} end as median from middle`,
    [orgId, ...grainParams(span), measure, timeZone],
  );
  return num(rows[0]?.median);
}
