import { describe, expect, it } from "vitest";
import { rankClientMovers, rankTechnicianMovers } from "@/lib/digest/movers";

describe("clients that moved most", () => {
  it("ranks ticket spikes and SLA drops by how far they moved relative to where they stood, each client once", () => {
    const moves = rankClientMovers({
      tickets: {
        current: { Acme: 12, Beta: 5, Gamma: 3, Delta: 2, Quiet: 4 },
        previous: { Acme: 4, Beta: 4, Gamma: 0, Delta: 2, Quiet: 5 },
      },
      sla: {
        current: { Acme: 0.5, Beta: 0.9, Delta: 0.25, Quiet: null },
        previous: { Acme: 0.6, Beta: 0.9, Delta: 1, Quiet: 1 },
      },
    });
    // Acme: spike 4 → 12 (+200 %) beats its SLA drop (−16.7 %); Gamma 0 → 3 (+300 % of max(0, 1)); Delta's SLA fell by 75 %.
    expect(moves).toEqual([
      { reason: "ticket-spike", name: "Gamma", before: 0, after: 3, score: 3 },
      { reason: "ticket-spike", name: "Acme", before: 4, after: 12, score: 2 },
      { reason: "sla-drop", name: "Delta", before: 1, after: 0.25, score: 0.75 },
    ]);
  });

  it("leaves out fewer tickets, a better SLA, and SLA without a figure in either week; ties go by name", () => {
    const moves = rankClientMovers({
      tickets: { current: { Zulu: 2, Alpha: 2, Down: 1 }, previous: { Zulu: 1, Alpha: 1, Down: 3 } },
      sla: { current: { Up: 1, New: 0.5, Gone: null }, previous: { Up: 0.5, Gone: 0.8 } },
    });
    expect(moves.map((m) => m.name)).toEqual(["Alpha", "Zulu"]);
  });

  it("shows at most three", () => {
    const current = { A: 5, B: 6, C: 7, D: 8 };
    expect(rankClientMovers({ tickets: { current, previous: {} }, sla: { current: {}, previous: {} } }).map((m) => m.name)).toEqual(["D", "C", "B"]);
  });
});

describe("technicians that moved most", () => {
  it("lists band changes only, by how far utilization moved", () => {
    const moves = rankTechnicianMovers({
      current: {
        Ann: { utilization: 0.95, workload: "overloaded" },
        Bob: { utilization: 0.45, workload: "idle" },
        Cy: { utilization: 0.7, workload: "balanced" },
        Dee: { utilization: 0.6, workload: "balanced" },
        New: { utilization: 0.2, workload: "idle" },
      },
      previous: {
        Ann: { utilization: 0.6, workload: "balanced" },
        Bob: { utilization: 0.55, workload: "balanced" },
        Cy: { utilization: 0.8, workload: "balanced" },
        Dee: { utilization: null, workload: null },
      },
    });
    expect(moves.map((m) => [m.name, m.before.workload, m.after.workload, Math.round(m.score * 100)])).toEqual([
      ["Ann", "balanced", "overloaded", 35],
      ["Bob", "balanced", "idle", 10],
    ]);
  });
});
