import { toCsv } from "@/lib/csv/export";
import type { ScorecardCard } from "./cards";
import { payResult, ScorecardFigure, type PayPlan } from "./pay-plan";

// The Scorecards page's CSV for payroll: one row per person with the period's figures (empty when a
// figure has no data or is not theirs) and the pay plan's total (empty without a plan).

export function payrollCsv(cards: readonly ScorecardCard[], plan: PayPlan | null, period: { from: string; to: string }): string {
  const figures = ScorecardFigure.options;
  const headers = ["person", "from", "to", ...figures, "pay_total"];
  const rows = cards.map((card) => [
    card.name,
    period.from,
    period.to,
    ...figures.map((f) => card.figures[f] ?? null),
    plan ? payResult(plan, card.figures).total : null,
  ]);
  return toCsv(headers, rows, { bom: true });
}
