import { dec, divRound, MONEY_DP, FIGURE_DP } from "@/lib/kpi/round";
import type { ExplainedFigure, RatioTerm } from "./figures";

// The formula of a figure with this period's numbers put in: its terms from the records the
// drill-down counts (db/queries/explain/), its result the figure as the KPI engine computed it for
// the card. recompute() works the result out from the terms again, the way the engine rounds, so
// the tests can hold the records to the figure.

/** What the counted records add up to, per term (met / missed, ok / not ok, …), as exact decimals. */
export interface RecordTotals {
  byTerm: Record<string, { count: number; sum: string }>;
  /** Σ available hours of the capacity rows, for utilization. */
  capacity: string | null;
  /** The median of the counted rows' values (median figures only). */
  median: string | null;
}

export interface FormulaTerm {
  label: string;
  value: number;
  unit: "count" | ExplainedFigure["valueUnit"];
}

export interface Formula {
  op: ExplainedFigure["formula"]["op"];
  /** count: the rows; sum/mean/median: the sum and the rows; ratio: numerator and denominator. */
  terms: FormulaTerm[];
  /** The figure as the card shows it (shares as fractions); null: no data. */
  result: number | null;
  /** A ratio's numerator is multiplied by this (days a month, for a figure per month). */
  scale?: number;
}

const counted = (totals: RecordTotals, terms: RatioTerm["terms"]) =>
  Object.entries(totals.byTerm).filter(([term]) => terms === "all" || terms.includes(term)).map(([, t]) => t);
const rows = (totals: RecordTotals) => counted(totals, "all").reduce((n, t) => n + t.count, 0);
const total = (totals: RecordTotals) => counted(totals, "all").reduce((s, t) => s.plus(dec(t.sum)), dec(0));

function ratioTerm(totals: RecordTotals, term: RatioTerm) {
  if (term.kind === "capacity") return dec(totals.capacity ?? 0);
  const parts = counted(totals, term.terms);
  return term.measure === "count" ? dec(parts.reduce((n, t) => n + t.count, 0)) : parts.reduce((s, t) => s.plus(dec(t.sum)), dec(0));
}

export function assembleFormula(figure: ExplainedFigure, totals: RecordTotals, result: number | null): Formula {
  const f = figure.formula;
  const n: FormulaTerm = { label: "rows", value: rows(totals), unit: "count" };
  const sum: FormulaTerm = { label: "sum", value: total(totals).toNumber(), unit: figure.valueUnit };
  switch (f.op) {
    case "count":
    case "median":
      return { op: f.op, terms: [n], result };
    case "sum":
    case "mean":
      return { op: f.op, terms: [sum, n], result };
    case "ratio": {
      const unit = (t: RatioTerm) => (t.measure === "count" ? "count" : ((t.terms !== "all" && figure.termUnits?.[t.terms[0] ?? ""]) || figure.valueUnit));
      return {
        op: "ratio",
        terms: [
          { label: f.numerator.label, value: ratioTerm(totals, f.numerator).toNumber(), unit: unit(f.numerator) },
          { label: f.denominator.label, value: ratioTerm(totals, f.denominator).toNumber(), unit: unit(f.denominator) },
        ],
        result,
        ...(f.scale === undefined ? {} : { scale: f.scale }),
      };
    }
  }
}

/** The figure worked out from the records alone, rounded as the engine rounds it (shares and figures to 4 decimals, money to cents). */
export function recompute(figure: ExplainedFigure, totals: RecordTotals): number | null {
  const f = figure.formula;
  const money = figure.valueUnit === "money";
  if (figure.emptyUnless && !figure.emptyUnless.some((term) => totals.byTerm[term])) return null;
  switch (f.op) {
    case "count":
      return rows(totals);
    case "sum":
      return divRound(total(totals), dec(1), money ? MONEY_DP : FIGURE_DP);
    case "mean":
      return divRound(total(totals), dec(rows(totals)), FIGURE_DP);
    case "median":
      return totals.median === null ? null : divRound(dec(totals.median), dec(1), FIGURE_DP);
    case "ratio":
      return divRound(ratioTerm(totals, f.numerator).times(f.scale ?? 1), ratioTerm(totals, f.denominator), figure.ratioResult === "money" ? MONEY_DP : FIGURE_DP);
  }
}
