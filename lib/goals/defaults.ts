import type { Goal, GoalInput } from "./goal-schema";
import { goalScopeOf } from "./metrics";

// The goals every org starts with, from common MSP industry benchmarks. They are not stored: a
// stored goal with the same default key overrides one (changed, or removed), so an org sees its
// own version and a removed default stays removed. Their sources are worded on the Goals page
// (app/goals/messages.ts, keyed by `key`).

export interface BenchmarkGoal extends GoalInput {
  key: string;
}

const benchmark = (key: string, metric: string, direction: GoalInput["direction"], target: number, warn: number | null = null): BenchmarkGoal => ({
  key, metric, subject: null, direction, target, warn, dueDate: null, source: null,
});

export const BENCHMARK_GOALS: readonly BenchmarkGoal[] = [
  benchmark("team_utilization", "team_utilization", "at_least", 75, 85),
  benchmark("technician_utilization", "technician.utilization", "at_least", 75, 85),
  benchmark("sla_met", "sla_met", "at_least", 90),
  benchmark("reactive_hours_per_endpoint", "reactive_hours_per_endpoint", "at_most", 0.25),
  benchmark("tickets_per_device", "tickets_per_device", "at_most", 1),
  benchmark("csat", "csat", "at_least", 4.5),
  benchmark("gross_margin", "gross_margin", "at_least", 50),
];

export const BENCHMARK_KEYS = BENCHMARK_GOALS.map((g) => g.key) as [string, ...string[]];

export function benchmarkGoal(key: string): BenchmarkGoal | undefined {
  return BENCHMARK_GOALS.find((g) => g.key === key);
}

/** A benchmark as a goal in force (nobody changed it yet). */
export function benchmarkAsGoal({ key, ...input }: BenchmarkGoal): Goal {
  return { ...input, id: null, scope: goalScopeOf(input.metric), defaultKey: key };
}
