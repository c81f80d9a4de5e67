import { ScorecardFigure, type PayPlan } from "./pay-plan";

// The pay plan editor's fields, turned into the shape PayPlan parses: `weight.<figure>` per figure
// (empty: no weight), and per bonus row `bonus.<i>.figure|direction|threshold|kind|amount|percent|of`
// (a row without a figure is left out). Numbers may use a decimal comma.

export const BONUS_FIELDS = ["figure", "direction", "threshold", "kind", "amount", "percent", "of"] as const;

const number = (text: string | undefined) => {
  const trimmed = (text ?? "").trim().replace(",", ".");
  return trimmed === "" ? undefined : Number(trimmed);
};

export function payPlanInput(fields: Record<string, string>): unknown {
  const weights = Object.fromEntries(
    ScorecardFigure.options.flatMap((figure) => {
      const weight = number(fields[`weight.${figure}`]);
      return weight === undefined ? [] : [[figure, weight]];
    }),
  );
  const rows = new Set(Object.keys(fields).flatMap((key) => /^bonus\.(\d+)\.figure$/.exec(key)?.[1] ?? []));
  const bonuses = [...rows]
    .sort((a, b) => Number(a) - Number(b))
    .map((i) => Object.fromEntries(BONUS_FIELDS.map((f) => [f, fields[`bonus.${i}.${f}`] ?? ""])))
    .filter((row) => row.figure !== "")
    .map((row) => ({
      figure: row.figure,
      direction: row.direction,
      threshold: number(row.threshold),
      reward: row.kind === "percent" ? { kind: "percent", percent: number(row.percent), of: row.of } : { kind: "fixed", amount: number(row.amount) },
    }));
  return { weights, bonuses };
}

/** The form's starting values for a stored plan (or none). */
export function payPlanFields(plan: PayPlan | null): Record<string, string> {
  if (!plan) return {};
  const fields: Record<string, string> = {};
  for (const [figure, weight] of Object.entries(plan.weights)) fields[`weight.${figure}`] = String(weight);
  plan.bonuses.forEach((bonus, i) => {
    fields[`bonus.${i}.figure`] = bonus.figure;
    fields[`bonus.${i}.direction`] = bonus.direction;
    fields[`bonus.${i}.threshold`] = String(bonus.threshold);
    fields[`bonus.${i}.kind`] = bonus.reward.kind;
    if (bonus.reward.kind === "fixed") fields[`bonus.${i}.amount`] = String(bonus.reward.amount);
    else {
      fields[`bonus.${i}.percent`] = String(bonus.reward.percent);
      fields[`bonus.${i}.of`] = bonus.reward.of;
    }
  });
  return fields;
}
