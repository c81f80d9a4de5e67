import type { Workload } from "@/lib/kpi/report-schema";

// Who moved most from one week to the next, for the digest. Clients move by a ticket spike or an
// SLA drop, technicians by leaving or entering a utilization band. Each is scored by how far it
// moved relative to where it stood, so a spike and a drop compare; each name appears once, with its
// biggest move.

export const MOVERS_SHOWN = 3;

export type ClientMove =
  | { reason: "ticket-spike"; name: string; before: number; after: number; score: number }
  | { reason: "sla-drop"; name: string; before: number; after: number; score: number };

export interface TechnicianMove {
  reason: "band-change";
  name: string;
  before: { utilization: number | null; workload: Workload };
  after: { utilization: number | null; workload: Workload };
  score: number;
}

export interface ClientWeeks {
  tickets: { current: Record<string, number>; previous: Record<string, number> };
  /** SLA met per client (0–1); clients without judged tickets are missing or null. */
  sla: { current: Record<string, number | null>; previous: Record<string, number | null> };
}

const byScore = <T extends { score: number; name: string }>(a: T, b: T) => b.score - a.score || a.name.localeCompare(b.name);

function keepBiggest<T extends { name: string; score: number }>(moves: T[], limit: number): T[] {
  const best = new Map<string, T>();
  for (const move of moves) {
    const kept = best.get(move.name);
    if (!kept || byScore(move, kept) < 0) best.set(move.name, move);
  }
  return [...best.values()].sort(byScore).slice(0, limit);
}

/** Spike: more tickets than the week before, scored by the increase over max(before, 1). Drop: a lower SLA, scored by the fall over the SLA before. */
export function rankClientMovers(weeks: ClientWeeks, limit = MOVERS_SHOWN): ClientMove[] {
  const moves: ClientMove[] = [];
  for (const [name, after] of Object.entries(weeks.tickets.current)) {
    const before = weeks.tickets.previous[name] ?? 0;
    if (after > before) moves.push({ reason: "ticket-spike", name, before, after, score: (after - before) / Math.max(before, 1) });
  }
  for (const [name, after] of Object.entries(weeks.sla.current)) {
    const before = weeks.sla.previous[name];
    if (after === null || before === null || before === undefined || before === 0 || after >= before) continue;
    moves.push({ reason: "sla-drop", name, before, after, score: (before - after) / before });
  }
  return keepBiggest(moves, limit);
}

type TechnicianWeek = Record<string, { utilization: number | null; workload: Workload | null }>;

/** Technicians whose workload band changed, scored by how far their utilization moved. */
export function rankTechnicianMovers(weeks: { current: TechnicianWeek; previous: TechnicianWeek }, limit = MOVERS_SHOWN): TechnicianMove[] {
  const moves: TechnicianMove[] = [];
  for (const [name, after] of Object.entries(weeks.current)) {
    const before = weeks.previous[name];
    if (!before?.workload || !after.workload || before.workload === after.workload) continue;
    const score = after.utilization !== null && before.utilization !== null ? Math.abs(after.utilization - before.utilization) : 0;
    moves.push({
      reason: "band-change", name, score,
      before: { utilization: before.utilization, workload: before.workload },
      after: { utilization: after.utilization, workload: after.workload },
    });
  }
  return keepBiggest(moves, limit);
}
