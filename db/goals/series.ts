import "server-only";
import type { Goal } from "@/lib/goals/goal-schema";
import { goalValue } from "@/lib/goals/metrics";
import { projectionMonths, type MonthlyValue } from "@/lib/goals/projection";
import type { KpiSettings } from "@/lib/records/settings";
import type { SqlRunner } from "../client";
import { computeKpiSectionsSql, ensureKpiRollups } from "../queries/kpi";

/**
 * Each goal's figure in each of the last six full months before today, for its projection: one KPI
 * report per month, shared by all goals. Only worth it for goals with a due date.
 */
export async function monthlyGoalValues(db: SqlRunner, orgId: number, goals: readonly Goal[], today: string, settings: KpiSettings): Promise<MonthlyValue[][]> {
  if (goals.length === 0) return [];
  await ensureKpiRollups(db, orgId, settings);
  const months = projectionMonths(today);
  const reports = await Promise.all(months.map((m) => computeKpiSectionsSql(db, orgId, { from: m.from, to: m.to }, settings)));
  return goals.map((g) => months.map((m, i) => ({ month: m.month, value: goalValue(reports[i]!, g.metric, g.subject) })));
}
