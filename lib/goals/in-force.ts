import { BENCHMARK_GOALS, benchmarkAsGoal } from "./defaults";
import type { Goal } from "./goal-schema";

// Which goals hold for an org: its stored goals, plus each benchmark default no stored goal
// overrides. A removed goal still overrides its default (that is how a default stays removed).

export interface StoredGoal extends Goal {
  id: number;
  removed: boolean;
}

export function goalsInForce(stored: readonly StoredGoal[]): Goal[] {
  const overridden = new Set(stored.flatMap((g) => (g.defaultKey ? [g.defaultKey] : [])));
  const live = stored.filter((g) => !g.removed).map(({ removed: _removed, ...g }) => g);
  const defaults = BENCHMARK_GOALS.filter((b) => !overridden.has(b.key)).map(benchmarkAsGoal);
  return [...defaults, ...live].sort((a, b) => a.metric.localeCompare(b.metric) || (a.subject ?? "").localeCompare(b.subject ?? ""));
}

/** The goal for a figure of one technician or client: their own, else the one for every one of them. */
export function goalFor(goals: readonly Goal[], metric: string, subject: string | null = null): Goal | undefined {
  return goals.find((g) => g.metric === metric && g.subject === subject) ?? goals.find((g) => g.metric === metric && g.subject === null);
}

/** Which default a new goal on the same figure (for everyone) takes over, so there is one goal per figure and subject. */
export function defaultKeyFor(goals: readonly Goal[], metric: string, subject: string | null): string | null {
  return goals.find((g) => g.id === null && g.metric === metric && g.subject === subject)?.defaultKey ?? null;
}
