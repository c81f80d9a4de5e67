import type { GoalDirection } from "./goal-schema";

// Whether a value meets its goal. "At risk" means one of two things:
// - the value meets the target but went past an upper warning on the good side (utilization at
//   least 75 %, warn above 85 %: 90 % is at risk of burn-out), or
// - it falls short, but no further than the warning (when the warning lies on the bad side of the
//   target), or, without such a warning, no further than 10 % of the target.
// Exactly on the target is met; exactly on a warning is still the better side of it.

export const GOAL_STATUSES = ["met", "at_risk", "missed", "no_data"] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export interface GoalLine {
  direction: GoalDirection;
  target: number;
  warn: number | null;
}

/** The share of the target within which falling short is "at risk" rather than missed. */
export const AT_RISK_MARGIN = 0.1;

export function goalStatus(value: number | null, goal: GoalLine): GoalStatus {
  if (value === null || !Number.isFinite(value)) return "no_data";
  // Flip "at most" goals so that bigger is always better.
  const sign = goal.direction === "at_least" ? 1 : -1;
  const v = sign * value;
  const target = sign * goal.target;
  const warn = goal.warn === null ? null : sign * goal.warn;
  if (v >= target) return warn !== null && warn > target && v > warn ? "at_risk" : "met";
  const riskFloor = warn !== null && warn < target ? warn : target - AT_RISK_MARGIN * Math.abs(goal.target);
  return v >= riskFloor ? "at_risk" : "missed";
}
