import { dec, ratio } from "@/lib/kpi/round";
import { workloadBand } from "@/lib/kpi/workload";
import type { ClientWork, LoadFigures, Move, ProposedMove, TechnicianLoad, Thresholds } from "./types";

// Rebalancing: hand whole clients from overloaded technicians to idle ones.
//
// For each overloaded technician (most overloaded first), while they are still overloaded:
// - the excess is logged − upper × available: the hours that must go for them to drop to the threshold;
// - a client can go to an idle technician only if the receiver's logged hours plus the client's
//   stay within upper × available (the receiver never ends up overloaded);
// - of the clients that can go, take the smallest one that covers the excess (this brings the
//   technician to just below the threshold and moves as little work as possible); when none covers
//   it on its own, take the biggest one and look again;
// - the receiver is the idle, confirmed technician with the lowest logged utilization that can take
//   it (someone known only from time entries or tickets may have left: they never receive work).
// Bands are recomputed after every move, so a receiver that is no longer idle stops receiving.

const round4 = (n: number) => Math.round(n * 1e4) / 1e4;

export function loadFigures(load: Pick<TechnicianLoad, "availableHours" | "billableHours" | "loggedHours">, thresholds: Thresholds): LoadFigures {
  const available = dec(load.availableHours);
  const billable = dec(load.billableHours);
  const logged = dec(load.loggedHours);
  return {
    utilization: ratio(billable, available),
    loggedUtilization: ratio(logged, available),
    workload: workloadBand({ available, billable, logged }, thresholds),
  };
}

function clone(loads: readonly TechnicianLoad[]): TechnicianLoad[] {
  return loads.map((l) => ({ ...l, clients: l.clients.map((c) => ({ ...c })) }));
}

/** Moves `client`'s work from `from` to `to` in place; returns the work moved (null when `from` had none). */
function transfer(from: TechnicianLoad, to: TechnicianLoad, clientId: number): ClientWork | null {
  const index = from.clients.findIndex((c) => c.clientId === clientId);
  const work = from.clients[index];
  if (!work) return null;
  from.clients.splice(index, 1);
  from.loggedHours = round4(from.loggedHours - work.loggedHours);
  from.billableHours = round4(from.billableHours - work.billableHours);
  to.loggedHours = round4(to.loggedHours + work.loggedHours);
  to.billableHours = round4(to.billableHours + work.billableHours);
  const existing = to.clients.find((c) => c.clientId === clientId);
  if (existing) {
    existing.loggedHours = round4(existing.loggedHours + work.loggedHours);
    existing.billableHours = round4(existing.billableHours + work.billableHours);
    existing.openTickets += work.openTickets;
  } else {
    to.clients.push({ ...work });
  }
  return work;
}

/**
 * The loads as if the accepted moves had been in place all period: the from-technician's hours
 * for the client count towards the receiver. Moves naming a technician not listed are skipped.
 */
export function applyMoves(loads: readonly TechnicianLoad[], moves: readonly Move[]): TechnicianLoad[] {
  const result = clone(loads);
  const byId = new Map(result.map((l) => [l.technicianId, l]));
  for (const move of moves) {
    const from = byId.get(move.fromTechnicianId);
    const to = byId.get(move.toTechnicianId);
    if (from && to && from !== to) transfer(from, to, move.clientId);
  }
  return result;
}

const byName = (a: { technician: string }, b: { technician: string }) => (a.technician < b.technician ? -1 : a.technician > b.technician ? 1 : 0);

interface Candidate {
  work: ClientWork;
  receiver: TechnicianLoad;
}

/** For each of the technician's movable clients, the idle confirmed receiver with the lowest logged utilization that can take it. */
function candidates(from: TechnicianLoad, all: readonly TechnicianLoad[], thresholds: Thresholds, locked: ReadonlySet<number>): Candidate[] {
  const receivers = all
    .filter((t) => t !== from && t.confirmed && loadFigures(t, thresholds).workload === "idle")
    .sort((a, b) => a.loggedHours / a.availableHours - b.loggedHours / b.availableHours || byName(a, b));
  const result: Candidate[] = [];
  for (const work of from.clients) {
    if (locked.has(work.clientId) || work.loggedHours <= 0) continue;
    const receiver = receivers.find((r) => r.loggedHours + work.loggedHours <= thresholds.workloadUpper * r.availableHours + 1e-9);
    if (receiver) result.push({ work, receiver });
  }
  return result;
}

/** Smallest client covering the excess; else the biggest. Ties: more open tickets, then client name. */
function pick(options: Candidate[], excess: number): Candidate | undefined {
  const tie = (a: Candidate, b: Candidate) => b.work.openTickets - a.work.openTickets || (a.work.client < b.work.client ? -1 : a.work.client > b.work.client ? 1 : 0);
  const covering = options.filter((o) => o.work.loggedHours >= excess - 1e-9).sort((a, b) => a.work.loggedHours - b.work.loggedHours || tie(a, b));
  if (covering[0]) return covering[0];
  return [...options].sort((a, b) => b.work.loggedHours - a.work.loggedHours || tie(a, b))[0];
}

export interface ProposeOptions {
  /** Clients that must not move (e.g. already moved this period). */
  locked?: Iterable<number>;
}

/** The proposed moves, in the order they should be taken; each shows both technicians before and after. */
export function proposeMoves(loads: readonly TechnicianLoad[], thresholds: Thresholds, options: ProposeOptions = {}): ProposedMove[] {
  const state = clone(loads);
  const locked = new Set(options.locked ?? []);
  const loggedUtil = (t: TechnicianLoad) => t.loggedHours / t.availableHours;
  const overloaded = state
    .filter((t) => loadFigures(t, thresholds).workload === "overloaded")
    .sort((a, b) => loggedUtil(b) - loggedUtil(a) || byName(a, b));
  const proposals: ProposedMove[] = [];
  for (const from of overloaded) {
    while (loadFigures(from, thresholds).workload === "overloaded") {
      const excess = from.loggedHours - thresholds.workloadUpper * from.availableHours;
      const choice = pick(candidates(from, state, thresholds, locked), excess);
      if (!choice) break;
      const { receiver } = choice;
      const fromBefore = loadFigures(from, thresholds);
      const toBefore = loadFigures(receiver, thresholds);
      const moved = { ...choice.work };
      transfer(from, receiver, moved.clientId);
      locked.add(moved.clientId);
      proposals.push({
        clientId: moved.clientId,
        client: moved.client,
        fromTechnicianId: from.technicianId,
        from: from.technician,
        toTechnicianId: receiver.technicianId,
        to: receiver.technician,
        hours: moved.loggedHours,
        billableHours: moved.billableHours,
        openTickets: moved.openTickets,
        fromBefore,
        fromAfter: loadFigures(from, thresholds),
        toBefore,
        toAfter: loadFigures(receiver, thresholds),
      });
    }
  }
  return proposals;
}
