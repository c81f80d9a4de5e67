import { describe, expect, it } from "vitest";
import { applyMoves, loadFigures, planRebalancing, proposeMoves, type ClientWork, type TechnicianLoad } from "@/lib/rebalancing";

// Hand-made numbers; default thresholds: overloaded above 90 % logged, idle below 50 % billable.
const thresholds = { workloadUpper: 0.9, workloadLower: 0.5 };
let nextClient = 100;
const work = (client: string, loggedHours: number, billableHours = loggedHours, openTickets = 0): ClientWork => ({
  clientId: nextClient++,
  client,
  loggedHours,
  billableHours,
  openTickets,
});
function tech(technicianId: number, technician: string, availableHours: number, clients: ClientWork[], extra = { logged: 0, billable: 0 }): TechnicianLoad {
  return {
    technicianId,
    technician,
    confirmed: true,
    availableHours,
    loggedHours: clients.reduce((s, c) => s + c.loggedHours, extra.logged),
    billableHours: clients.reduce((s, c) => s + c.billableHours, extra.billable),
    clients,
  };
}

describe("proposeMoves", () => {
  it("A 38 h logged of 40 (95 %) hands X (6 h) to idle B 15 h of 40: A 95 % → 80 %, B 37.5 % → 52.5 %", () => {
    const x = work("X", 6, 6, 3);
    const a = tech(1, "A", 40, [x, work("Y", 12), work("Z", 20)]);
    const b = tech(2, "B", 40, [work("W", 15)]);
    const [move, ...rest] = proposeMoves([a, b], thresholds);
    expect(rest).toEqual([]);
    // Excess 38 − 0.9 × 40 = 2 h: X (6 h) is the smallest client that covers it.
    expect(move).toMatchObject({ client: "X", clientId: x.clientId, from: "A", to: "B", hours: 6, billableHours: 6, openTickets: 3 });
    expect(move?.fromBefore).toEqual({ utilization: 0.95, loggedUtilization: 0.95, workload: "overloaded" });
    expect(move?.fromAfter).toEqual({ utilization: 0.8, loggedUtilization: 0.8, workload: "balanced" });
    expect(move?.toBefore).toEqual({ utilization: 0.375, loggedUtilization: 0.375, workload: "idle" });
    expect(move?.toAfter).toEqual({ utilization: 0.525, loggedUtilization: 0.525, workload: "balanced" });
  });

  it("A 44 h logged of 40 (110 %): X (6 h) alone would leave A at 95 %, so Y (10 h) goes: 110 % → 85 %", () => {
    const a = tech(1, "A", 40, [work("X", 6), work("Y", 10), work("Z", 28, 20)]);
    const b = tech(2, "B", 40, [work("W", 15)]);
    const moves = proposeMoves([a, b], thresholds);
    expect(moves.map((m) => [m.client, m.from, m.to, m.hours])).toEqual([["Y", "A", "B", 10]]);
    expect(moves[0]?.fromAfter.loggedUtilization).toBe(0.85);
    expect(moves[0]?.toAfter.loggedUtilization).toBe(0.625);
  });

  it("no single client covers the excess: the biggest that fits goes first, then the next", () => {
    // A: 48 h of 40, excess 12 h; clients 7 h and 6 h (+35 h of internal work with no client to move).
    const a = tech(1, "A", 40, [work("P", 7), work("Q", 6)], { logged: 35, billable: 30 });
    const b = tech(2, "B", 40, [work("W", 10)]);
    const moves = proposeMoves([a, b], thresholds);
    expect(moves.map((m) => m.client)).toEqual(["P", "Q"]);
    expect(moves.map((m) => m.fromAfter.loggedUtilization)).toEqual([1.025, 0.875]);
    expect(moves[1]?.toAfter.loggedUtilization).toBe(0.575);
  });

  it("never hands work to a technician who is not confirmed, however idle: the next idle confirmed one gets it", () => {
    const a = tech(1, "A", 40, [work("X", 6), work("Y", 32)]);
    const former = { ...tech(2, "Former", 40, []), confirmed: false };
    expect(proposeMoves([a, former], thresholds)).toEqual([]);
    const c = tech(3, "C", 40, [work("W", 15)]);
    expect(proposeMoves([a, former, c], thresholds).map((m) => [m.client, m.to])).toEqual([["X", "C"]]);
  });

  it("proposes nothing when nobody is idle", () => {
    const a = tech(1, "A", 40, [work("X", 6), work("Y", 32)]);
    const balanced = tech(2, "B", 40, [work("W", 24)]); // 60 %: neither idle nor overloaded
    expect(loadFigures(balanced, thresholds).workload).toBe("balanced");
    expect(proposeMoves([a, balanced], thresholds)).toEqual([]);
  });

  it("never pushes the receiver over the upper threshold", () => {
    // B is idle on billable hours (10 of 40) but has 30 h logged: room for 36 − 30 = 6 h only.
    const a = tech(1, "A", 40, [work("Big", 20), work("Small", 5)], { logged: 15, billable: 15 }); // 40 h, excess 4
    const b = tech(2, "B", 40, [work("W", 30, 10)]);
    const moves = proposeMoves([a, b], thresholds);
    expect(moves.map((m) => [m.client, m.hours])).toEqual([["Small", 5]]);
    expect(moves[0]?.toAfter.loggedUtilization).toBe(0.875);
    for (const m of moves) expect(m.toAfter.workload).not.toBe("overloaded");
    // Nothing at all fits: no proposal.
    const c = tech(3, "C", 40, [work("W2", 34, 10)]);
    expect(proposeMoves([tech(1, "A", 40, [work("Big", 20), work("Mid", 20)]), c], thresholds)).toEqual([]);
  });

  it("picks the least loaded idle receiver, and stops giving to one that is no longer idle", () => {
    const a = tech(1, "A", 40, [work("X", 8), work("Y", 8)], { logged: 26, billable: 26 }); // 42 h, excess 6
    const c = tech(3, "C", 20, [work("V", 16, 3)]); // 80 % logged, 15 % billable: idle
    const b = tech(2, "B", 40, [work("W", 4)]); // 10 %: the lowest
    const moves = proposeMoves([a, c, b], thresholds);
    expect(moves.map((m) => [m.client, m.to])).toEqual([["X", "B"]]);
  });

  it("leaves locked clients (moved already this period) where they are", () => {
    const x = work("X", 6);
    const a = tech(1, "A", 40, [x, work("Y", 12), work("Z", 20)]);
    const b = tech(2, "B", 40, [work("W", 15)]);
    expect(proposeMoves([a, b], thresholds, { locked: [x.clientId] }).map((m) => m.client)).toEqual(["Y"]);
  });
});

describe("applyMoves", () => {
  it("counts the from-technician's hours for the client towards the receiver, without touching the input", () => {
    const x = work("X", 6, 4, 2);
    const a = tech(1, "A", 40, [x, work("Y", 32)]);
    const shared = { ...x, loggedHours: 1, billableHours: 1, openTickets: 0 };
    const b = tech(2, "B", 40, [shared, work("W", 14)]);
    const [a2, b2] = applyMoves([a, b], [{ clientId: x.clientId, fromTechnicianId: 1, toTechnicianId: 2 }]);
    expect([a2?.loggedHours, a2?.billableHours, b2?.loggedHours, b2?.billableHours]).toEqual([32, 32, 21, 19]);
    expect(b2?.clients.find((c) => c.clientId === x.clientId)).toMatchObject({ loggedHours: 7, billableHours: 5, openTickets: 2 });
    expect(a.loggedHours).toBe(38);
    expect(a.clients).toHaveLength(2);
    // A move naming someone not listed changes nothing.
    expect(applyMoves([a, b], [{ clientId: x.clientId, fromTechnicianId: 1, toTechnicianId: 99 }])).toEqual([a, b]);
  });

  it("after the accepted move the proposal is gone: A is balanced", () => {
    const x = work("X", 6);
    const a = tech(1, "A", 40, [x, work("Y", 12), work("Z", 20)]);
    const b = tech(2, "B", 40, [work("W", 15)]);
    const [first] = proposeMoves([a, b], thresholds);
    const after = applyMoves([a, b], first ? [first] : []);
    expect(after.map((l) => loadFigures(l, thresholds))).toEqual([first?.fromAfter, first?.toAfter]);
    expect(proposeMoves(after, thresholds)).toEqual([]);
  });
});

describe("planRebalancing", () => {
  it("projects accepted moves, locks their clients, and proposes on top", () => {
    const x = work("X", 6);
    const y = work("Y", 10);
    // A: 50 h of 40 (125 %); B and C idle.
    const a = tech(1, "A", 40, [x, y, work("Z", 34, 30)]);
    const b = tech(2, "B", 40, [work("W", 10)]);
    const c = tech(3, "C", 40, [work("V", 12)]);
    const plan = planRebalancing([a, b, c], [{ clientId: x.clientId, fromTechnicianId: 1, toTechnicianId: 3 }], thresholds);
    // After X (6 h) went to C: A 44 h = 110 %, C 18 h = 45 %.
    expect(plan.projected.get(1)).toMatchObject({ loggedUtilization: 1.1, workload: "overloaded" });
    expect(plan.projected.get(3)).toMatchObject({ loggedUtilization: 0.45, workload: "idle" });
    // Excess 44 − 36 = 8 h: Y (10 h) covers it and goes to B, the least loaded idle technician.
    expect(plan.proposals.map((p) => [p.client, p.from, p.to])).toEqual([["Y", "A", "B"]]);
    expect(plan.overloaded).toBe(true);
  });

  it("says whether anyone is still overloaded when nothing can be proposed", () => {
    const a = tech(1, "A", 40, [work("Big", 40)]);
    const b = tech(2, "B", 40, [work("W", 10)]);
    const plan = planRebalancing([a, b], [], thresholds);
    expect([plan.proposals, plan.overloaded]).toEqual([[], true]);
    expect(planRebalancing([b], [], thresholds).overloaded).toBe(false);
  });
});
