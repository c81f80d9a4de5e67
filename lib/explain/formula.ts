import type Big from "big.js";
import { pct } from "@/lib/alerts/kpis";
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
  /** The full-time hours of P (8 h × its weekdays), for FTE. */
  fullTime?: string | null;
  /** The median of the counted rows' values (median figures only). */
  median: string | null;
}

export interface FormulaTerm {
  label: string;
  value: number;
  unit: "count" | "number" | ExplainedFigure["valueUnit"];
}

export interface Formula {
  op: ExplainedFigure["formula"]["op"];
  /** count: the rows; sum/mean/median: the sum and the rows; ratio: numerator and denominator. */
  terms: FormulaTerm[];
  /** The figure as the card shows it (shares as fractions); null: no data. */
  result: number | null;
  /** How a ratio's result reads: a share (the default), money or a plain number. */
  resultUnit?: "share" | "money" | "number";
  /** A ratio's numerator is multiplied by this (days a month, for a figure per month). */
  scale?: number;
}

const counted = (totals: RecordTotals, terms: RatioTerm["terms"]) =>
  Object.entries(totals.byTerm).filter(([term]) => terms === "all" || terms.includes(term)).map(([, t]) => t);
const rows = (totals: RecordTotals) => counted(totals, "all").reduce((n, t) => n + t.count, 0);
const total = (totals: RecordTotals) => counted(totals, "all").reduce((s, t) => s.plus(dec(t.sum)), dec(0));

/** A ratio's term as an exact fraction (FTE is capacity ÷ full-time hours), so the ratio divides once. */
function ratioTerm(totals: RecordTotals, term: RatioTerm): { num: Big; den: Big } {
  const one = dec(1);
  switch (term.kind) {
    case "capacity":
      return { num: dec(totals.capacity ?? 0), den: one };
    case "full_time":
      return { num: dec(totals.fullTime ?? 0), den: one };
    case "fte":
      return { num: dec(totals.capacity ?? 0), den: dec(totals.fullTime ?? 0) };
    case undefined: {
      const parts = counted(totals, term.terms);
      const num = term.measure === "count" ? dec(parts.reduce((n, t) => n + t.count, 0)) : parts.reduce((s, t) => s.plus(dec(t.sum)), dec(0));
      return { num, den: one };
    }
  }
}

const termValue = ({ num, den }: { num: Big; den: Big }) => (den.eq(0) ? 0 : num.div(den).toNumber());

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
      const unit = (t: RatioTerm): FormulaTerm["unit"] =>
        t.kind === "fte" ? "number" : t.kind ? "hours" : t.measure === "count" ? "count" : (t.terms !== "all" && figure.termUnits?.[t.terms[0] ?? ""]) || figure.valueUnit;
      return {
        op: "ratio",
        terms: [
          { label: f.numerator.label, value: termValue(ratioTerm(totals, f.numerator)), unit: unit(f.numerator) },
          { label: f.denominator.label, value: termValue(ratioTerm(totals, f.denominator)), unit: unit(f.denominator) },
        ],
        result,
        resultUnit: f.result ?? "share",
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
    case "ratio": {
      const n = ratioTerm(totals, f.numerator);
      const d = ratioTerm(totals, f.denominator);
      return d.den.eq(0) ? null : divRound(n.num.times(d.den).times(f.scale ?? 1), n.den.times(d.num), f.result === "money" ? MONEY_DP : FIGURE_DP);
    }
  }
}

/** A figure the report does not hold (ownValue), worked out from its records, in its unit as a trend or card reads it (shares as percent). */
export function ownFigureValue(figure: ExplainedFigure, totals: RecordTotals): number | null {
  const value = recompute(figure, totals);
  return figure.ownValue === "percent" ? pct(value) : value;
}
