import { ALERT_KPI_KEYS, alertKpi, type AlertUnit } from "@/lib/alerts/kpis";
import { figureParts, type KpiPart } from "@/lib/kpi/figure-parts";
import type { Period } from "@/lib/kpi/period";
import type { KpiSections } from "@/lib/kpi/report-schema";
import { FILTER_PREFIX } from "@/lib/tables/table-query";
import { REVENUE_FIGURES } from "./figures-revenue";
import { PROFIT_EXPLAINED } from "./figures-profit";
import { SERVICE_FIGURES } from "./figures-service";

// The figures the explanation view (/explain/<metric>) lists the records of: for each, which kind
// of record makes it up and how its formula is put together from those records. Keys are those of
// lib/alerts/kpis.ts (goals use the same). Selecting the records is SQL (db/queries/explain/).

/** The kinds of record behind a figure; each has its own columns. */
export const RECORD_KINDS = ["tickets", "entries", "capacity", "contracts", "movements", "devices", "clients", "revenue", "profit"] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/**
 * How the figure follows from its records: a count or sum of the counted rows, the mean or median
 * of their values, or a ratio of two terms (a count or sum each; `capacity` sums the technicians'
 * available hours), times `scale` when given.
 */
export type FormulaShape =
  | { op: "count" }
  | { op: "sum" }
  | { op: "mean" }
  | { op: "median" }
  | { op: "ratio"; numerator: RatioTerm; denominator: RatioTerm; result?: "money" | "number"; scale?: number };

/**
 * A ratio's term: the counted rows with one of these terms, counted or summed; or the capacity rows
 * summed, the full-time hours of P (8 h × its weekdays), or the full-time equivalents (capacity ÷ full-time hours).
 */
export interface RatioTerm {
  label: string;
  terms: readonly string[] | "all";
  measure: "count" | "sum";
  kind?: "capacity" | "full_time" | "fte";
}

export interface ExplainedFigure {
  metric: string;
  /** The records whose rows are counted (the first table) and, for ratios over two kinds, the second. */
  kind: RecordKind;
  second?: "capacity";
  /** How a record's value reads: a count, hours, money, minutes or a score. */
  valueUnit: "count" | "hours" | "money" | "minutes" | "score";
  formula: FormulaShape;
  /** Whether the figure needs a subject (a client, technician, service or salesperson). */
  subject: "client" | "technician" | "service" | "salesperson" | null;
  /** Rows whose value reads in another unit than valueUnit, by term (hours beside money). */
  termUnits?: Readonly<Record<string, ExplainedFigure["valueUnit"]>>;
  /** The figure is empty unless a counted row has one of these terms (a cost without a cost rate). */
  emptyUnless?: readonly string[];
  /**
   * Set on a figure the KPI report does not hold (so no alert rule or goal watches it): its value
   * is its formula over its records (recompute), read in this unit.
   */
  ownValue?: AlertUnit;
}

const share = (numerator: string, terms: readonly string[], denominator: string): FormulaShape => ({
  op: "ratio",
  numerator: { label: numerator, terms, measure: "count" },
  denominator: { label: denominator, terms: "all", measure: "count" },
});
const utilization: FormulaShape = {
  op: "ratio",
  numerator: { label: "billable", terms: "all", measure: "sum" },
  denominator: { label: "available", terms: "all", measure: "sum", kind: "capacity" },
};
const bridge = (metric: string): ExplainedFigure => ({ metric, kind: "movements", valueUnit: "money", formula: { op: "sum" }, subject: null });
const health = (metric: string): ExplainedFigure => ({
  metric, kind: "devices", valueUnit: "count", formula: share("ok", ["ok"], "managed"), subject: "client",
});

export const EXPLAINED_FIGURES: readonly ExplainedFigure[] = [
  { metric: "tickets_created", kind: "tickets", valueUnit: "count", formula: { op: "count" }, subject: null },
  { metric: "client.tickets_created", kind: "tickets", valueUnit: "count", formula: { op: "count" }, subject: "client" },
  { metric: "sla_met", kind: "tickets", valueUnit: "minutes", formula: share("met", ["met"], "base"), subject: null },
  { metric: "first_response_minutes", kind: "tickets", valueUnit: "minutes", formula: { op: "median" }, subject: null },
  { metric: "csat", kind: "tickets", valueUnit: "score", formula: { op: "mean" }, subject: null },
  { metric: "team_utilization", kind: "entries", second: "capacity", valueUnit: "hours", formula: utilization, subject: null },
  { metric: "technician.utilization", kind: "entries", second: "capacity", valueUnit: "hours", formula: utilization, subject: "technician" },
  { metric: "client.billed_hours", kind: "entries", valueUnit: "hours", formula: { op: "sum" }, subject: "client" },
  { metric: "billed_time_revenue", kind: "entries", valueUnit: "money", formula: { op: "sum" }, subject: null },
  { metric: "mrr", kind: "contracts", valueUnit: "money", formula: { op: "sum" }, subject: null },
  ...["new_mrr", "upsell_mrr", "cross_sell_mrr", "expansion_mrr", "contraction_mrr", "churned_mrr", "reactivated_mrr", "net_new_mrr"].map(bridge),
  health("client.patched"),
  health("client.av_ok"),
  health("client.backup_ok"),
  health("client.seen"),
  // The client page's figures the report has no breakdown of (db/queries/clients.ts works them out).
  { metric: "client.mrr", kind: "contracts", valueUnit: "money", formula: { op: "sum" }, subject: "client", ownValue: "money" },
  { metric: "client.sla_met", kind: "tickets", valueUnit: "minutes", formula: share("met", ["met"], "base"), subject: "client", ownValue: "percent" },
  { metric: "client.csat", kind: "tickets", valueUnit: "score", formula: { op: "mean" }, subject: "client", ownValue: "score" },
  ...REVENUE_FIGURES,
  ...PROFIT_EXPLAINED,
  ...SERVICE_FIGURES,
];

const byMetric = new Map(EXPLAINED_FIGURES.map((f) => [f.metric, f]));

/** The figure's drill-down, or null when its records are not listed (yet). */
export function explainedFigure(metric: string): ExplainedFigure | null {
  return byMetric.get(metric) ?? null;
}

/** Whether /explain/<metric> exists: every alert KPI, and the figures only the explanation view works out. */
export function isFigure(metric: string): boolean {
  return ALERT_KPI_KEYS.includes(metric) || explainedFigure(metric)?.ownValue !== undefined;
}

/** The unit a figure reads in on its trend (percent as 0–100). */
export function figureUnit(metric: string): AlertUnit {
  return explainedFigure(metric)?.ownValue ?? alertKpi(metric).unit;
}

/** The parts of the KPI report a figure is read from: none for a figure worked out from its records. */
export function reportParts(metric: string): KpiPart[] {
  return explainedFigure(metric)?.ownValue ? [] : figureParts(metric);
}

/**
 * The explanation view of a figure for a period (and a client or technician), as a shareable URL;
 * `filters` narrow its record table (column id → value), e.g. a service's contracts of one tier.
 */
export function explainHref(metric: string, period: Period, subject: string | null = null, filters: Record<string, string> = {}): string {
  const search = new URLSearchParams({ from: period.from, to: period.to });
  if (subject !== null) search.set("subject", subject);
  for (const [id, value] of Object.entries(filters)) search.set(`${FILTER_PREFIX}${id}`, value);
  return `/explain/${encodeURIComponent(metric)}?${search.toString()}`;
}

/**
 * Whether a figure's records also filter on their tier (the extra column): contracts, as the
 * services page counts them by tier. Other kinds' extra is a timestamp or an amount, too many
 * values to list.
 */
export function filtersOnTier(figure: ExplainedFigure): boolean {
  return figure.kind === "contracts";
}

/** The record table a URL asks for: the counted rows (default), the rows left out, or the second kind's. */
export const RECORD_SETS = ["counted", "left-out", "capacity"] as const;
export type RecordSet = (typeof RECORD_SETS)[number];

export function recordSetOf(figure: ExplainedFigure, value: unknown): RecordSet {
  const wanted = Array.isArray(value) ? value[0] : value;
  if (wanted === "left-out") return wanted;
  if (wanted === "capacity" && figure.second === "capacity") return wanted;
  return "counted";
}

/** The figure's value in the report as the card shows it (shares as fractions, not percent). */
export function figureValue(sections: KpiSections, metric: string, subject: string | null): number | null {
  const kpi = alertKpi(metric);
  const value = kpi.read(sections, subject ?? "");
  return value !== null && kpi.unit === "percent" ? value / 100 : value;
}

/** The figure key of an /explain/<metric> path segment, however far the router decoded it. */
export function metricFromPath(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
