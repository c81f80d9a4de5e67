import Big from "big.js";
import { z } from "zod";
import { dec, roundMoney, sum } from "@/lib/kpi/round";

// A pay plan turns a person's scorecard into money, line by line (issue #19): a weight per figure
// (money per unit of the figure) and threshold bonuses (a fixed amount, or a percent of a money
// figure). Thresholds are in the figure's own unit: shares as fractions (0.4 = 40 %), CSAT and
// peer review 1–5, first response in minutes. A figure with no data (null) earns nothing.

export const TECHNICIAN_FIGURES = ["tickets_resolved", "csat", "csat_positive", "sla_met", "first_response_minutes", "peer_review"] as const;
export const SALESPERSON_FIGURES = ["booked_upsell_mrr", "booked_new_service_mrr", "new_service_share"] as const;
export const ScorecardFigure = z.enum([...TECHNICIAN_FIGURES, ...SALESPERSON_FIGURES]);
export type ScorecardFigure = z.infer<typeof ScorecardFigure>;

/** What the work was like rather than how much of it: the figures that keep a plan from rewarding volume alone. */
export const QUALITY_FIGURES: readonly ScorecardFigure[] = ["csat", "csat_positive", "sla_met", "first_response_minutes", "peer_review"];
const MoneyFigure = z.enum(["booked_upsell_mrr", "booked_new_service_mrr"]);

const Amount = z.number().finite().nonnegative().max(1e9);

export const Bonus = z.strictObject({
  figure: ScorecardFigure,
  direction: z.enum(["at-least", "at-most"]),
  threshold: z.number().finite(),
  reward: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("fixed"), amount: Amount }),
    z.strictObject({ kind: z.literal("percent"), percent: z.number().min(0).max(100), of: MoneyFigure }),
  ]),
});
export type Bonus = z.infer<typeof Bonus>;

export const PayPlan = z.strictObject({
  /** Money per unit of each figure, e.g. 2 per ticket resolved or 100 per CSAT point. */
  weights: z.partialRecord(ScorecardFigure, Amount).default({}),
  bonuses: z.array(Bonus).max(50).default([]),
});
export type PayPlan = z.infer<typeof PayPlan>;

/**
 * One person's figures for the period. A figure that is not there at all is not theirs (a
 * salesperson has no CSAT): its lines are left out. A figure that is null has no data: it earns
 * nothing, and its line says so.
 */
export type PersonFigures = Partial<Record<ScorecardFigure, number | null>>;

export type PayLine =
  | { kind: "weight"; figure: ScorecardFigure; value: number | null; weight: number; amount: number; outcome: "earned" | "no-data" }
  | {
      kind: "bonus"; figure: ScorecardFigure; value: number | null; direction: Bonus["direction"]; threshold: number; reward: Bonus["reward"];
      /** For a percent reward: the value of the figure it is a percent of. */
      base: number | null; amount: number; outcome: "earned" | "not-met" | "no-data";
    };

export interface PayResult {
  lines: PayLine[];
  /** Σ of the lines' amounts (each rounded to cents), so the lines add up to it. */
  total: number;
}

const has = (figures: PersonFigures, figure: ScorecardFigure) => Object.hasOwn(figures, figure);
const value = (figures: PersonFigures, figure: ScorecardFigure) => figures[figure] ?? null;

/** Exactly at the threshold counts as met, in both directions. */
function thresholdMet(v: number, bonus: Bonus): boolean {
  return bonus.direction === "at-least" ? dec(v).gte(dec(bonus.threshold)) : dec(v).lte(dec(bonus.threshold));
}

function bonusLine(bonus: Bonus, figures: PersonFigures): PayLine {
  const v = value(figures, bonus.figure);
  const base = bonus.reward.kind === "percent" ? value(figures, bonus.reward.of) : null;
  const line = { kind: "bonus" as const, figure: bonus.figure, value: v, direction: bonus.direction, threshold: bonus.threshold, reward: bonus.reward, base };
  if (v === null || (bonus.reward.kind === "percent" && base === null)) return { ...line, amount: 0, outcome: "no-data" };
  if (!thresholdMet(v, bonus)) return { ...line, amount: 0, outcome: "not-met" };
  const amount = bonus.reward.kind === "fixed" ? dec(bonus.reward.amount) : dec(base!).times(bonus.reward.percent).div(100);
  return { ...line, amount: roundMoney(amount), outcome: "earned" };
}

/** What a person earns under the plan, and how, line by line: weights first, then the bonuses in plan order. */
export function payResult(plan: PayPlan, figures: PersonFigures): PayResult {
  const lines: PayLine[] = [];
  for (const figure of ScorecardFigure.options) {
    const weight = plan.weights[figure];
    if (weight === undefined || !has(figures, figure)) continue;
    const v = value(figures, figure);
    lines.push(v === null
      ? { kind: "weight", figure, value: v, weight, amount: 0, outcome: "no-data" }
      : { kind: "weight", figure, value: v, weight, amount: roundMoney(dec(v).times(weight)), outcome: "earned" });
  }
  for (const bonus of plan.bonuses) if (has(figures, bonus.figure)) lines.push(bonusLine(bonus, figures));
  return { lines, total: roundMoney(sum(lines.map((l) => new Big(l.amount)))) };
}

/** Whether the plan pays for tickets resolved without rewarding any quality figure, the incentive the whitepaper warns about. */
export function rewardsOnlyVolume(plan: PayPlan): boolean {
  const rewarded = new Set<ScorecardFigure>([
    ...Object.entries(plan.weights).flatMap(([f, w]) => (w! > 0 ? [f as ScorecardFigure] : [])),
    ...plan.bonuses.filter((b) => b.reward.kind === "percent" ? b.reward.percent > 0 : b.reward.amount > 0).map((b) => b.figure),
  ]);
  return rewarded.has("tickets_resolved") && !QUALITY_FIGURES.some((f) => rewarded.has(f));
}
