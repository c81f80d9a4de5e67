import type { KpiSections } from "@/lib/kpi/report-schema";
import type { Goal, GoalScope } from "./goal-schema";
import { goalFor } from "./in-force";
import { goalValue } from "./metrics";
import { goalStatus, type GoalStatus } from "./status";

// All goals that hold for one technician or client, judged at once: for each figure their own goal,
// else the one for every technician or client. For table rows that sum up a subject's goals.

/** Worst first: what a summary of several goals leads with. */
const ORDER: GoalStatus[] = ["missed", "at_risk", "met", "no_data"];

export interface SubjectGoals {
  /** The worst status among them; null when no goal holds for the subject. */
  worst: GoalStatus | null;
  /** How many goals have each status, worst first, statuses with none left out. */
  counts: { status: GoalStatus; count: number }[];
}

export function subjectGoals(goals: readonly Goal[], scope: GoalScope, subject: string, sections: KpiSections): SubjectGoals {
  const metrics = [...new Set(goals.filter((g) => g.scope === scope && (g.subject === null || g.subject === subject)).map((g) => g.metric))];
  const statuses = metrics.map((metric) => goalStatus(goalValue(sections, metric, subject), goalFor(goals, metric, subject)!));
  const counts = ORDER.map((status) => ({ status, count: statuses.filter((s) => s === status).length })).filter((c) => c.count > 0);
  return { worst: counts[0]?.status ?? null, counts };
}
