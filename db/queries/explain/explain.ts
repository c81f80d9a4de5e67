import "server-only";
import { filtersOnTier, type ExplainedFigure, type RecordSet } from "@/lib/explain/figures";
import type { RecordTotals } from "@/lib/explain/formula";
import { weekdaysInPeriod, type Period } from "@/lib/kpi/period";
import { dec } from "@/lib/kpi/round";
import type { KpiSettings } from "@/lib/records/settings";
import type { Database, SqlRunner } from "../../client";
import { withoutJit, type KnownCounts, type SqlTableSource } from "../../tables/sql-table";
import { MEASURES } from "../kpi/durations";
import { FIGURE_DP, roundDiv } from "../kpi/sql";
import { figureRecords, type RecordSelect } from "./records";

// The drill-down of a figure as server-side tables (paged, sorted, searched in SQL) and the totals
// its formula puts in: both over the same record select (records.ts).

/** One record as the explanation view lists it; the columns' meaning depends on the record kind. */
export interface ExplainRow {
  id: string;
  ref: string;
  client: string | null;
  who: string | null;
  day: string | null;
  detail: string | null;
  extra: string | null;
  value: number | null;
  term: string;
  reason: string | null;
}

export interface ExplainTotals extends RecordTotals {
  leftOut: number;
  /** The left-out records per reason. */
  leftOutBy: Record<string, number>;
}

export interface ExplainScope {
  orgId: number;
  figure: ExplainedFigure;
  period: Period;
  /** With the time zone and SLA targets the rollups were built with (ensureKpiRollups). */
  settings: Pick<KpiSettings, "timeZone" | "slaTargetMinutes" | "holidays" | "defaultHourlyCost">;
  subject: string | null;
}

function select(scope: ExplainScope, kind: "records" | "capacity"): RecordSelect {
  const records = figureRecords(scope.orgId, scope.figure.metric, kind, scope.period, scope.settings, scope.subject);
  if (!records) throw new RangeError(`no drill-down for ${scope.figure.metric}`);
  return records;
}

const text = (v: unknown) => (v === null || v === undefined ? null : String(v));

/** The rows of one record set: those counted, those of the scope left out, or the technicians' capacity. */
export function explainSource(scope: ExplainScope, set: RecordSet): SqlTableSource<ExplainRow> {
  const records = select(scope, set === "capacity" ? "capacity" : "records");
  const from = set === "counted" ? records.countable ?? records.sql : records.sql;
  // Sorted by day, a page of tickets is read in the order of their creation index, not sorted whole.
  const dayOrder = records.dayOrder;
  return {
    sql: `select id, ref, client, who, day, detail, extra, value, term, reason${dayOrder ? `, ${dayOrder}` : ""} from (${from}) as r where counted = ${set === "left-out" ? "false" : "true"}`,
    params: records.params,
    sort: {
      ref: { expr: "ref", text: true },
      client: { expr: "client", text: true },
      who: { expr: "who", text: true },
      day: { expr: dayOrder ?? "day" },
      detail: { expr: "detail" },
      extra: { expr: "extra" },
      value: { expr: "value" },
      term: { expr: set === "left-out" ? "reason" : "term" },
    },
    search: ["ref", "client", "who"],
    filters: {
      term: { expr: set === "left-out" ? "reason" : "term", kind: "select" },
      ...(filtersOnTier(scope.figure) && set !== "capacity" ? { extra: { expr: "extra", kind: "select" as const } } : {}),
    },
    key: "id",
    toRow: (r) => ({
      id: String(r.id),
      ref: String(r.ref),
      client: text(r.client),
      who: text(r.who),
      day: text(r.day),
      detail: text(r.detail),
      extra: text(r.extra),
      value: r.value === null || r.value === undefined ? null : Number(r.value),
      term: String(r.term),
      reason: text(r.reason),
    }),
  };
}

/** What the counted records add up to, per term, and the left-out ones per reason; with the capacity and the median where the formula needs them. */
export async function explainTotals(database: Database, scope: ExplainScope): Promise<ExplainTotals> {
  const records = select(scope, "records");
  // One pass over the records, grouped: a CTE read for each total would be materialized, computing
  // every shown column of every record (twice as slow on a month of the bench MSP's tickets). JIT
  // off, as for the tables: compiling cost more than the statement.
  const db = { query: <R>(sql: string, params: unknown[]) => withoutJit(database, (tx) => tx.query<R>(sql, params)) };
  const grouped = db.query<{ term: string; counted: boolean; reason: string | null; n: number; s: string }>(
    `select term, counted, reason, count(*)::int as n, coalesce(sum(value), 0)::text as s from (${records.sql}) as r group by term, counted, reason`,
    records.params,
  );
  // Medians are of durations in microseconds (the rows' exact key): twice the unit, as the middle two are summed.
  const twiceUnit = 2 * MEASURES[scope.figure.valueUnit === "hours" ? "resolution" : "response"].unit;
  const median = scope.figure.formula.op === "median"
    ? db.query<{ median: string | null }>(
      `select case when n = 0 then null else ${roundDiv("a[((n + 1) / 2)::int] + a[(n / 2 + 1)::int]", `${twiceUnit}`, FIGURE_DP)} end as median
       from (select array_agg(exact order by exact) as a, count(*) as n from (${records.sql}) as r where counted) as o`,
      records.params,
    )
    : Promise.resolve([]);
  const capacity = scope.figure.second === "capacity" ? capacityHours(db, scope) : Promise.resolve(null);
  const [groups, [m], cap] = await Promise.all([grouped, median, capacity]);
  const byTerm: RecordTotals["byTerm"] = {};
  const leftOutBy: Record<string, number> = {};
  for (const g of groups) {
    if (g.counted) {
      const t = (byTerm[g.term] ??= { count: 0, sum: "0" });
      t.count += g.n;
      t.sum = dec(t.sum).plus(dec(g.s)).toFixed();
    } else leftOutBy[g.reason ?? ""] = (leftOutBy[g.reason ?? ""] ?? 0) + g.n;
  }
  const f = scope.figure.formula;
  const fullTime = f.op === "ratio" && [f.numerator.kind, f.denominator.kind].some((k) => k === "full_time" || k === "fte")
    ? String(8 * weekdaysInPeriod(scope.period.from, scope.period.to, scope.settings.holidays))
    : null;
  return { byTerm, capacity: cap, fullTime, median: m?.median ?? null, leftOut: Object.values(leftOutBy).reduce((a, b) => a + b, 0), leftOutBy };
}

async function capacityHours(db: Pick<SqlRunner, "query">, scope: ExplainScope): Promise<string> {
  const cap = select(scope, "capacity");
  const [c] = await db.query<{ s: string }>(`select coalesce(sum(value), 0)::text as s from (${cap.sql}) as r`, cap.params);
  return c?.s ?? "0";
}

/**
 * A record set's row count and filter values, known from the totals: with neither search nor
 * filter, the table's page needs no count of its own (queryTablePage's `known`). Null for the
 * capacity rows, which the totals do not count, and for contracts, whose tiers (a filter's values)
 * they do not hold: an MSP has thousands of contracts at most, counted with their page.
 */
export function knownCounts(totals: ExplainTotals, set: RecordSet, figure: ExplainedFigure): KnownCounts | null {
  if (set === "capacity" || filtersOnTier(figure)) return null;
  const terms = set === "counted" ? Object.entries(totals.byTerm).map(([term, t]) => [term, t.count] as const) : Object.entries(totals.leftOutBy);
  return { total: terms.reduce((n, [, count]) => n + count, 0), options: { term: terms.map(([term]) => term).sort() } };
}
