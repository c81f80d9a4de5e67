import { describe, expect, it } from "vitest";
import { goalsInForce, type StoredGoal } from "@/lib/goals/in-force";
import { subjectGoals } from "@/lib/goals/summary";
import { computeKpiReport } from "@/lib/kpi/reference";
import { JAN, dataset, settings, ticket } from "../kpi/factories";

// January 2026: Acme creates 3 tickets, Beta 1.
const report = computeKpiReport(
  dataset({
    tickets: [
      ...[1, 2, 3].map((n) => ticket({ ticket_id: `A${n}`, client: "Acme", created_at: "2026-01-05T10:00:00Z" })),
      ticket({ ticket_id: "B1", client: "Beta", created_at: "2026-01-06T10:00:00Z" }),
    ],
  }),
  JAN,
  settings(),
);

const stored = (id: number, metric: string, subject: string | null, target: number): StoredGoal => ({
  id, metric, scope: "client", subject, direction: "at_most", target, warn: null, dueDate: null, source: null, defaultKey: null, removed: false,
});

describe("subjectGoals", () => {
  it("judges every client goal for one client, its own goal before the one for every client, worst first", () => {
    // Every client: at most 2 tickets (2.2 still at risk); Acme's own: at most 3. Patched devices ≥ 90 %: no devices, no data.
    const goals = goalsInForce([
      stored(1, "client.tickets_created", null, 2),
      stored(2, "client.tickets_created", "Acme", 3),
      { ...stored(3, "client.patched", null, 90), direction: "at_least" },
    ]);
    expect(subjectGoals(goals, "client", "Acme", report)).toEqual({ worst: "met", counts: [{ status: "met", count: 1 }, { status: "no_data", count: 1 }] });
    const strict = goalsInForce([stored(1, "client.tickets_created", null, 0.5)]);
    expect(subjectGoals(strict, "client", "Acme", report)).toEqual({ worst: "missed", counts: [{ status: "missed", count: 1 }] });
    expect(subjectGoals(strict, "client", "Beta", report)).toEqual({ worst: "missed", counts: [{ status: "missed", count: 1 }] });
    expect(subjectGoals(goalsInForce([stored(1, "client.tickets_created", null, 1)]), "client", "Beta", report).worst).toBe("met");
  });

  it("a client without client goals has none: the benchmark defaults are for the business and technicians", () => {
    expect(subjectGoals(goalsInForce([]), "client", "Acme", report)).toEqual({ worst: null, counts: [] });
  });
});
