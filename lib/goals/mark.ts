import { alertKpi } from "@/lib/alerts/kpis";
import { formatAlertValue } from "@/lib/alerts/message";
import type { Locale } from "@/lib/format/locale";
import type { Goal, GoalDirection } from "./goal-schema";
import { goalStatus, type GoalStatus } from "./status";

// What a card, bar or table row shows of a goal: the target as text ("≥ 75.0 %") and the status
// of the value beside it. Formatted on the server, so client components get plain strings.

export interface GoalMark {
  status: GoalStatus;
  /** "≥ 75.0 %", "≤ 0.25" */
  target: string;
  /** The target itself, in the figure's display unit (percent as 0–100), for drawing it. */
  targetValue: number;
}

export const directionSign = (direction: GoalDirection) => (direction === "at_least" ? "≥" : "≤");

export function formatGoalValue(metric: string, value: number | null, locale: Locale, currency: string): string {
  return formatAlertValue(value, alertKpi(metric).unit, locale, currency);
}

export function goalMark(goal: Goal | undefined, value: number | null, locale: Locale, currency: string): GoalMark | null {
  if (!goal) return null;
  return {
    status: goalStatus(value, goal),
    target: `${directionSign(goal.direction)}\u00a0${formatGoalValue(goal.metric, goal.target, locale, currency)}`,
    targetValue: goal.target,
  };
}
