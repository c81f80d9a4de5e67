import type { KpiSections } from "@/lib/kpi/report-schema";
import { alertKpi } from "./kpis";
import type { AlertComparator, AlertRuleInput } from "./rule-schema";
import { BASELINE_WEEKS, WINDOW_DAYS } from "./windows";

// A rule against the figures of its window: for each subject it watches, the figure's value, what
// it is compared with, and whether it is on the bad side of the threshold. Missing figures (no
// data, or no previous value to change from) never fire.

/** The report sections a rule needs: its window, the previous period, and the weeks before it. */
export interface AlertFigures {
  current: KpiSections;
  previous: KpiSections;
  /** The BASELINE_WEEKS weeks before the window; only "times-average" rules need it. */
  baseline: KpiSections | null;
}

export interface RuleResult {
  /** The client, technician or service; "" for a business-wide figure. */
  subject: string;
  value: number | null;
  /** The previous period's value, or the average for "times-average". */
  previous: number | null;
  /** What is held against the threshold: the value, the change (in % or absolute) or the multiple. */
  measured: number | null;
  crossed: boolean;
}

type RuleShape = Pick<AlertRuleInput, "kpi" | "subject" | "comparator" | "threshold" | "window">;

function measure(comparator: AlertComparator, value: number | null, previous: number | null): number | null {
  if (value === null) return null;
  switch (comparator) {
    case "above":
    case "below":
      return value;
    case "rise-abs":
      return previous === null ? null : value - previous;
    case "fall-abs":
      return previous === null ? null : previous - value;
    case "rise-pct":
      return previous === null || previous === 0 ? null : ((value - previous) / Math.abs(previous)) * 100;
    case "fall-pct":
      return previous === null || previous === 0 ? null : ((previous - value) / Math.abs(previous)) * 100;
    case "times-average":
      return previous === null || previous <= 0 ? null : value / previous;
  }
}

function isCrossed(comparator: AlertComparator, measured: number | null, threshold: number): boolean {
  if (measured === null) return false;
  return comparator === "below" ? measured < threshold : measured > threshold;
}

function subjectsOf(rule: RuleShape, figures: AlertFigures): string[] {
  const kpi = alertKpi(rule.kpi);
  if (kpi.scope === "business") return [""];
  if (rule.subject !== null) return [rule.subject];
  const names = new Set(kpi.subjects?.(figures.current) ?? []);
  for (const name of kpi.subjects?.(figures.previous) ?? []) names.add(name);
  return [...names].sort();
}

/** The comparison value: the previous period, or the per-window average of the baseline weeks. */
function comparedWith(rule: RuleShape, figures: AlertFigures, subject: string): number | null {
  const kpi = alertKpi(rule.kpi);
  if (rule.comparator !== "times-average") return kpi.read(figures.previous, subject);
  if (!figures.baseline) return null;
  const total = kpi.read(figures.baseline, subject);
  if (total === null || !kpi.additive) return total;
  return (total / BASELINE_WEEKS) * (WINDOW_DAYS[rule.window] / 7);
}

export function evaluateRule(rule: RuleShape, figures: AlertFigures): RuleResult[] {
  const kpi = alertKpi(rule.kpi);
  return subjectsOf(rule, figures).map((subject) => {
    const value = kpi.read(figures.current, subject);
    const previous = comparedWith(rule, figures, subject);
    const measured = measure(rule.comparator, value, previous);
    return { subject, value, previous, measured, crossed: isCrossed(rule.comparator, measured, rule.threshold) };
  });
}
