import { applyMoves, loadFigures, proposeMoves } from "./propose";
import type { LoadFigures, Move, ProposedMove, TechnicianLoad, Thresholds } from "./types";

export interface RebalancingPlan {
  /** Each technician's figures with the period's accepted moves in place. */
  projected: Map<number, LoadFigures>;
  /** Further moves proposed on top of the accepted ones. */
  proposals: ProposedMove[];
  /** Someone is still overloaded after the accepted moves (so "no proposal" means nobody can take the work). */
  overloaded: boolean;
}

/**
 * The period's picture: accepted moves applied (the moved clients' hours counted for their new
 * technician, and those clients not proposed again), then proposals for what is still uneven.
 */
export function planRebalancing(loads: readonly TechnicianLoad[], accepted: readonly Move[], thresholds: Thresholds): RebalancingPlan {
  const current = applyMoves(loads, accepted);
  const projected = new Map(current.map((l) => [l.technicianId, loadFigures(l, thresholds)]));
  return {
    projected,
    proposals: proposeMoves(current, thresholds, { locked: accepted.map((m) => m.clientId) }),
    overloaded: [...projected.values()].some((f) => f.workload === "overloaded"),
  };
}
