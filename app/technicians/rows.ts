import { componentMessages } from "@/components/messages";
import type { TechnicianRow } from "@/db/queries/technicians";
import type { Locale } from "@/lib/format/locale";
import type { Goal } from "@/lib/goals/goal-schema";
import { goalFor } from "@/lib/goals/in-force";
import { goalMark, type GoalMark } from "@/lib/goals/mark";
import { explainHref } from "@/lib/explain/figures";
import { goalValue } from "@/lib/goals/metrics";
import type { Period } from "@/lib/kpi/period";
import type { KpiSections, Workload } from "@/lib/kpi/report-schema";
import type { LoadFigures } from "@/lib/rebalancing/types";

/** A technician's row on the page: the period's figures, and the projection with accepted moves in place. */
export interface TechnicianTableRow extends TechnicianRow {
  projectedUtilization: number | null;
  projectedLoggedUtilization: number | null;
  projectedWorkload: Workload | null;
  /** The technician's utilization goal (their own, else the one for every technician) and its status. */
  goal: GoalMark | null;
  /** The goal as text for sorting, filtering and CSV: "Goal ≥ 75.0 % · Met". */
  goalText: string | null;
  /** The explanation view of the technician's utilization for the period. */
  explainHref: string;
}

export interface GoalContext {
  goals: readonly Goal[];
  report: KpiSections;
  locale: Locale;
  currency: string;
}

const UTILIZATION = "technician.utilization";

function utilizationGoal(name: string, { goals, report, locale, currency }: GoalContext) {
  const goal = goalMark(goalFor(goals, UTILIZATION, name), goalValue(report, UTILIZATION, name), locale, currency);
  const words = componentMessages(locale).goal;
  return { goal, goalText: goal ? `${words.target(goal.target)} · ${words.status[goal.status]}` : null };
}

export function technicianTableRows(
  rows: readonly TechnicianRow[],
  projected: ReadonlyMap<number, LoadFigures>,
  goals: GoalContext,
  period: Period,
): TechnicianTableRow[] {
  return rows.map((r) => {
    const p = projected.get(r.id);
    return {
      ...r,
      projectedUtilization: p ? p.utilization : r.utilization,
      projectedLoggedUtilization: p ? p.loggedUtilization : r.loggedUtilization,
      projectedWorkload: p ? p.workload : r.workload,
      ...utilizationGoal(r.name, goals),
      explainHref: explainHref(UTILIZATION, period, r.name),
    };
  });
}
