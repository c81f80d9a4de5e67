import "server-only";
import type { ExplainedFigure, RecordSet } from "@/lib/explain/figures";
import type { RecordTotals } from "@/lib/explain/formula";
import type { Period } from "@/lib/kpi/period";
import type { KpiSettings } from "@/lib/records/settings";
import type { SqlRunner } from "../../client";
import type { SqlTableSource } from "../../tables/sql-table";
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

export interface ExplainScope {
  orgId: number;
  figure: ExplainedFigure;
  period: Period;
  /** With the time zone and SLA targets the rollups were built with (ensureKpiRollups). */
  settings: Pick<KpiSettings, "timeZone" | "slaTargetMinutes" | "holidays">;
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
  return {
    sql: `select id, ref, client, who, day, detail, extra, value, term, reason from (${records.sql}) as r where counted = ${set === "left-out" ? "false" : "true"}`,
    params: records.params,
    sort: {
      ref: { expr: "ref", text: true },
      client: { expr: "client", text: true },
      who: { expr: "who", text: true },
      day: { expr: "day" },
      detail: { expr: "detail" },
      extra: { expr: "extra" },
      value: { expr: "value" },
      term: { expr: set === "left-out" ? "reason" : "term" },
    },
    search: ["ref", "client", "who"],
    filters: { term: { expr: set === "left-out" ? "reason" : "term", kind: "select" } },
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

/** What the counted records add up to, per term; with the capacity and the median where the formula needs them. */
export async function explainTotals(db: SqlRunner, scope: ExplainScope): Promise<RecordTotals & { leftOut: number }> {
  const records = select(scope, "records");
  // Medians are of durations in microseconds (the rows' exact key): twice the unit, as the middle two are summed.
  const twiceUnit = 2 * MEASURES[scope.figure.valueUnit === "hours" ? "resolution" : "response"].unit;
  const median = scope.figure.formula.op === "median"
    ? `(select case when n = 0 then null else ${roundDiv("a[((n + 1) / 2)::int] + a[(n / 2 + 1)::int]", `${twiceUnit}`, FIGURE_DP)} end
        from (select array_agg(exact order by exact) as a, count(*) as n from r where counted) as o)`
    : "null::text";
  const [row] = await db.query<{ terms: [string, number, string][] | null; left_out: number; median: string | null }>(
    `with r as materialized (${records.sql})
     select (select json_agg(json_build_array(term, n, s)) from (select term, count(*)::int as n, coalesce(sum(value), 0)::text as s from r where counted group by term) as t) as terms,
       (select count(*)::int from r where not counted) as left_out, ${median} as median`,
    records.params,
  );
  let capacity: string | null = null;
  if (scope.figure.second === "capacity") {
    const cap = select(scope, "capacity");
    const [c] = await db.query<{ s: string }>(`select coalesce(sum(value), 0)::text as s from (${cap.sql}) as r`, cap.params);
    capacity = c?.s ?? "0";
  }
  return {
    byTerm: Object.fromEntries((row?.terms ?? []).map(([term, count, sum]) => [term, { count, sum }])),
    capacity,
    median: row?.median ?? null,
    leftOut: row?.left_out ?? 0,
  };
}
