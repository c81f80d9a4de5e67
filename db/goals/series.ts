import "server-only";
import type { Goal } from "@/lib/goals/goal-schema";
import { goalValue } from "@/lib/goals/metrics";
import { projectionMonths, type MonthlyValue } from "@/lib/goals/projection";
import type { Role } from "@/lib/auth/roles";
import { sectionsForRole } from "@/lib/kpi/served-report";
import type { KpiSettings } from "@/lib/records/settings";
import type { SqlRunner } from "../client";
import { computeKpiSectionsSql, ensureKpiRollups } from "../queries/kpi";

/**
 * Each goal's figure in each of the last six full months before today, for its projection: one KPI
 * report per month, shared by all goals, read as `role` may (a viewer gets no cost figures). Only
 * worth it for goals with a due date.
 */
export async function monthlyGoalValues(
  db: SqlRunner,
  orgId: number,
  goals: readonly Goal[],
  { today, settings, role }: { today: string; settings: KpiSettings; role: Role },
): Promise<MonthlyValue[][]> {
  if (goals.length === 0) return [];
  await ensureKpiRollups(db, orgId, settings);
  const months = projectionMonths(today);
  const reports = await Promise.all(months.map(async (m) => sectionsForRole(await computeKpiSectionsSql(db, orgId, { from: m.from, to: m.to }, settings), role)));
  return goals.map((g) => months.map((m, i) => ({ month: m.month, value: goalValue(reports[i]!, g.metric, g.subject) })));
}
