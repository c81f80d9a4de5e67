import "server-only";
import { addDays, type Period } from "@/lib/kpi/period";

// Shared pieces of the KPI SQL. Every figure is summed exactly in `numeric` and, when it needs a
// division, divided once and rounded half-up straight to its precision (docs/kpis.md "Matching
// these figures exactly"), the same way lib/kpi/round.ts does it with big.js.

export const MONEY_DP = 2;
export const FIGURE_DP = 4;

/**
 * n / d rounded half-up (away from zero) to dp decimals, exactly: div() is PostgreSQL's exact
 * truncating integer division, so nothing is rounded before the final digit. null when d = 0.
 * n and d should be plain column names or cheap expressions: each appears more than once.
 */
export function roundDiv(n: string, d: string, dp: number): string {
  const scale = 10 ** dp;
  const [a, b] = [`(${n})::numeric`, `(${d})::numeric`];
  return `(case when ${b} = 0 then null else sign(${a}) * sign(${b}) * div(2 * abs(${a}) * ${scale} + abs(${b}), 2 * abs(${b})) / ${scale} end)::text`;
}

/** A sum rounded half-up to dp decimals, as text (PostgreSQL's round(numeric) rounds half away from zero, like big.js roundHalfUp). */
export function roundSum(x: string, dp: number): string {
  return `round(coalesce(${x}, 0), ${dp})::text`;
}

/** A numeric (or count) from the database as the plain number the report hands out; null stays null. */
export function num(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const n = Number(value);
  return n === 0 ? 0 : n;
}

/** Like num, for figures that are never null. */
export function num0(value: string | number | null | undefined): number {
  return num(value) ?? 0;
}

/**
 * The days a period reads from a rollup with daily ('d') and monthly ('m') rows: the whole months
 * inside P from the monthly rows, [monthsFrom, monthsTo), and the days at its edges from the daily
 * rows. A period without a whole month reads only daily rows (monthsFrom = monthsTo = to + 1).
 */
export interface GrainSpan {
  from: string;
  to: string;
  monthsFrom: string;
  monthsTo: string;
}

export function grainSpan(period: Period): GrainSpan {
  const firstOfNextMonth = (date: string) => {
    const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
    return m === 12 ? `${String(y + 1).padStart(4, "0")}-01-01` : `${date.slice(0, 5)}${String(m + 1).padStart(2, "0")}-01`;
  };
  const monthsFrom = period.from.endsWith("-01") ? period.from : firstOfNextMonth(period.from);
  const afterTo = addDays(period.to, 1);
  const monthsTo = `${afterTo.slice(0, 7)}-01`;
  return monthsFrom < monthsTo ? { ...period, monthsFrom, monthsTo } : { ...period, monthsFrom: afterTo, monthsTo: afterTo };
}

type SpanPlaceholders = { from: string; to: string; monthsFrom: string; monthsTo: string };

/** A period's rows of a grain rollup, as three disjoint ranges: its whole months, the days before them, the days after them. */
const grainRanges = (p: SpanPlaceholders) => [
  `grain = 'm' and day >= ${p.monthsFrom}::date and day < ${p.monthsTo}::date`,
  `grain = 'd' and day >= ${p.from}::date and day < ${p.monthsFrom}::date`,
  `grain = 'd' and day >= ${p.monthsTo}::date and day <= ${p.to}::date`,
];

/**
 * The where-condition picking a period's rows of a grain rollup; `p` holds the placeholders of
 * from, to, monthsFrom and monthsTo (see grainParams).
 */
export function inGrainSpan(p: SpanPlaceholders): string {
  return `(${grainRanges(p).map((range) => `(${range})`).join(" or ")})`;
}

/**
 * The period's rows of a grain rollup, as inGrainSpan picks them, as a subquery of one range scan
 * per range. Unlike inGrainSpan's or-condition, each scan can be read from a covering index alone:
 * a histogram's rows lie all over its table, and reading them from the heap took most of a
 * scorecard's time. `where`: the scans' other conditions (default: the org's rows).
 */
export function grainSpanRows(table: string, columns: string, p: SpanPlaceholders, where = "org_id = $1"): string {
  return `(${grainRanges(p).map((range) => `select ${columns} from ${table} where ${where} and ${range}`).join(" union all ")})`;
}

/**
 * Base rows whose `column` (an instant) falls on a local date in P, over the placeholders $2 from,
 * $3 to and $7 time zone; the padded range lets an index on the column narrow the rows first.
 */
export const datedInPeriod = (column: string) => `${column} >= ($2::date::timestamp at time zone $7) - interval '1 day'
  and ${column} < (($3::date + 1)::timestamp at time zone $7) + interval '1 day'
  and (${column} at time zone $7)::date between $2::date and $3::date`;

/** The placeholders of a span's grainParams when they follow the org ($1): $2 from, $3 to, $4/$5 whole months. */
export const SPAN_PARAMS = { from: "$2", to: "$3", monthsFrom: "$4", monthsTo: "$5" };

export function grainParams(span: GrainSpan): [string, string, string, string] {
  return [span.from, span.to, span.monthsFrom, span.monthsTo];
}

/**
 * Weekdays of P (Monday–Friday, less holidays) as a set-returning SQL fragment with a `day`
 * column; `from`, `to` and `holidays` (comma-separated dates) are placeholders.
 */
export function weekdaysOf(from: string, to: string, holidays: string): string {
  return `(select ${from}::date + i as day from generate_series(0, ${to}::date - ${from}::date) as i
    where extract(isodow from ${from}::date + i) <= 5
      and to_char(${from}::date + i, 'YYYY-MM-DD') <> all(string_to_array(${holidays}::text, ',')))`;
}

/** Days of P on which a contract (its start_date and end_date columns) is active; from/to are placeholders. */
export function activeDays(from: string, to: string): string {
  return `greatest(0, least(coalesce(end_date, ${to}::date), ${to}::date) - greatest(start_date, ${from}::date) + 1)`;
}

/** A contract active on day d (a placeholder or expression). */
export function activeOn(day: string): string {
  return `(start_date <= ${day}::date and (end_date is null or ${day}::date <= end_date))`;
}

