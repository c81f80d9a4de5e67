import type { GoalLine } from "./status";
import { goalStatus, type GoalStatus } from "./status";

// Where a level goal with a date ("MRR at least 60,000 by 2027-06-30") is heading: a straight line
// fitted by least squares through the last six monthly values, read off at the due date. Each
// monthly value counts as the level at the end of its month; the due date falls in its month by
// its day. A due date already past is judged on the latest value instead.

export const PROJECTION_MONTHS = 6;

export interface MonthlyValue {
  /** "YYYY-MM" */
  month: string;
  value: number | null;
}

export interface DatedGoal extends GoalLine {
  dueDate: string | null;
}

export type GoalProjection =
  /** The trend meets the target by the due date. */
  | { kind: "on_track"; expected: number; perMonth: number }
  /**
   * It does not: the figure has to gain `shortPerMonth` a month more than the trend (lose it, for an
   * "at most" goal) to reach the target; null when the last value already lies at the due date.
   */
  | { kind: "behind"; expected: number; perMonth: number; shortPerMonth: number | null }
  /** The due date has passed: the latest value decides. */
  | { kind: "past"; latest: number | null; status: GoalStatus }
  /** Fewer than two monthly values: no line to draw. */
  | { kind: "no_data" };

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthOf = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;

/** The last six full calendar months before today's: the months a projection fits, oldest first. */
export function projectionMonths(today: string): { month: string; from: string; to: string }[] {
  const current = monthIndex(today.slice(0, 7));
  return Array.from({ length: PROJECTION_MONTHS }, (_, i) => {
    const month = monthOf(current - PROJECTION_MONTHS + i);
    const [y, m] = month.split("-").map(Number) as [number, number];
    const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { month, from: `${month}-01`, to: `${month}-${String(lastDay).padStart(2, "0")}` };
  });
}
// Money and counts print with at most two decimals; the fit's float noise must not tip a boundary.
const tidy = (n: number) => Math.round(n * 1e6) / 1e6 + 0;

/** Where the due date lies on the month axis: a month's value sits at its end (index + 1). */
function dueIndex(dueDate: string): number {
  const [y, m, d] = dueDate.split("-").map(Number) as [number, number, number];
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return monthIndex(dueDate.slice(0, 7)) + d / daysInMonth;
}

function leastSquares(points: { x: number; y: number }[]): { slope: number; intercept: number } {
  const n = points.length;
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - meanX) ** 2, 0);
  const sxy = points.reduce((s, p) => s + (p.x - meanX) * (p.y - meanY), 0);
  const slope = sxy / sxx;
  return { slope, intercept: meanY - slope * meanX };
}

/** `series` in month order; `today` as "YYYY-MM-DD". null for a goal without a due date. */
export function projectGoal(series: readonly MonthlyValue[], goal: DatedGoal, today: string): GoalProjection | null {
  if (goal.dueDate === null) return null;
  const recent = series.slice(-PROJECTION_MONTHS);
  if (goal.dueDate < today) {
    const latest = recent.findLast((p) => p.value !== null)?.value ?? null;
    return { kind: "past", latest, status: goalStatus(latest, goal) };
  }
  const points = recent.flatMap((p) => (p.value === null ? [] : [{ x: monthIndex(p.month) + 1, y: p.value }]));
  if (points.length < 2) return { kind: "no_data" };
  const { slope, intercept } = leastSquares(points);
  const due = dueIndex(goal.dueDate);
  const expected = tidy(intercept + slope * due);
  const perMonth = tidy(slope);
  if (goalStatus(expected, { ...goal, warn: null }) === "met") return { kind: "on_track", expected, perMonth };
  // From the line's latest point to the target in the months left: how much faster than the trend.
  const last = points.at(-1)!.x;
  const fromNow = intercept + slope * last;
  const monthsLeft = due - last;
  const sign = goal.direction === "at_least" ? 1 : -1;
  const shortPerMonth = monthsLeft > 0 ? tidy((sign * (goal.target - fromNow)) / monthsLeft - sign * slope) : null;
  return { kind: "behind", expected, perMonth, shortPerMonth };
}
