import { describe, expect, it } from "vitest";
import { PayPlan, payResult, rewardsOnlyVolume } from "@/lib/scorecards/pay-plan";

// The example plan: "CSAT ≥ 4.5: €150; new-service share ≥ 40 %: 5 % of booked new-service MRR".
const example = PayPlan.parse({
  bonuses: [
    { figure: "csat", direction: "at-least", threshold: 4.5, reward: { kind: "fixed", amount: 150 } },
    { figure: "new_service_share", direction: "at-least", threshold: 0.4, reward: { kind: "percent", percent: 5, of: "booked_new_service_mrr" } },
  ],
});
const salesperson = (share: number | null, fresh: number) => ({ booked_upsell_mrr: 800, booked_new_service_mrr: fresh, new_service_share: share });

describe("pay plan, threshold bonuses", () => {
  it("exactly at an at-least threshold is met: CSAT 4.5 earns 150, 4.4999 earns nothing", () => {
    expect(payResult(example, { csat: 4.5 })).toEqual({
      lines: [{ kind: "bonus", figure: "csat", value: 4.5, direction: "at-least", threshold: 4.5, reward: { kind: "fixed", amount: 150 }, base: null, amount: 150, outcome: "earned" }],
      total: 150,
    });
    expect(payResult(example, { csat: 4.4999 })).toMatchObject({ lines: [{ outcome: "not-met", amount: 0 }], total: 0 });
  });

  it("a percent of a money figure, rounded half-up to cents: share exactly 40 % earns 5 % of 1,234.50 = 61.73; 39.99 % earns nothing", () => {
    expect(payResult(example, salesperson(0.4, 1234.5))).toMatchObject({ lines: [{ figure: "new_service_share", base: 1234.5, amount: 61.73, outcome: "earned" }], total: 61.73 });
    expect(payResult(example, salesperson(0.3999, 1234.5)).total).toBe(0);
  });

  it("a missing figure (null) earns nothing and says so; a figure that is not the person's (a salesperson's CSAT) has no line", () => {
    expect(payResult(example, { csat: null, tickets_resolved: 3 })).toMatchObject({ lines: [{ figure: "csat", value: null, amount: 0, outcome: "no-data" }], total: 0 });
    expect(payResult(example, salesperson(null, 0)).lines.map((l) => [l.figure, l.outcome])).toEqual([["new_service_share", "no-data"]]);
    expect(payResult(example, { new_service_share: 0.5, booked_new_service_mrr: null }).lines[0]).toMatchObject({ outcome: "no-data", base: null, amount: 0 });
  });

  it("exactly at an at-most threshold is met too: first response 30 min ≤ 30 earns, 30.0001 does not", () => {
    const plan = PayPlan.parse({ bonuses: [{ figure: "first_response_minutes", direction: "at-most", threshold: 30, reward: { kind: "fixed", amount: 75.5 } }] });
    expect(payResult(plan, { first_response_minutes: 30 }).total).toBe(75.5);
    expect(payResult(plan, { first_response_minutes: 30.0001 }).lines[0]).toMatchObject({ outcome: "not-met", amount: 0 });
  });
});

describe("pay plan, weights", () => {
  it("pays each weighted figure's value × weight, one line each, and adds the bonuses; the lines add up to the total", () => {
    const plan = PayPlan.parse({ weights: { tickets_resolved: 2, sla_met: 500, peer_review: 25 }, bonuses: example.bonuses });
    const result = payResult(plan, { tickets_resolved: 37, csat: 4.6, csat_positive: 0.9, sla_met: 0.8333, first_response_minutes: 12, peer_review: null });
    expect(result.lines.map((l) => [l.kind, l.figure, l.amount, l.outcome])).toEqual([
      ["weight", "tickets_resolved", 74, "earned"],
      ["weight", "sla_met", 416.65, "earned"],
      ["weight", "peer_review", 0, "no-data"],
      ["bonus", "csat", 150, "earned"],
    ]);
    expect(result.total).toBe(640.65);
  });
});

describe("rewardsOnlyVolume", () => {
  it("warns when tickets resolved earn money and no quality figure does", () => {
    expect(rewardsOnlyVolume(PayPlan.parse({ weights: { tickets_resolved: 2 } }))).toBe(true);
    expect(rewardsOnlyVolume(PayPlan.parse({ weights: { tickets_resolved: 2, csat: 0 }, bonuses: [example.bonuses[1]] }))).toBe(true);
    expect(rewardsOnlyVolume(PayPlan.parse({ weights: { tickets_resolved: 2 }, bonuses: [example.bonuses[0]] }))).toBe(false);
    expect(rewardsOnlyVolume(PayPlan.parse({ weights: { tickets_resolved: 2, peer_review: 10 } }))).toBe(false);
    expect(rewardsOnlyVolume(example)).toBe(false);
    expect(rewardsOnlyVolume(PayPlan.parse({}))).toBe(false);
  });
});

describe("PayPlan schema", () => {
  it("refuses negative weights, unknown figures and a percent of a figure that is not money", () => {
    expect(PayPlan.safeParse({ weights: { tickets_resolved: -1 } }).success).toBe(false);
    expect(PayPlan.safeParse({ weights: { utilization: 1 } }).success).toBe(false);
    expect(PayPlan.safeParse({ bonuses: [{ figure: "csat", direction: "at-least", threshold: 4, reward: { kind: "percent", percent: 5, of: "csat" } }] }).success).toBe(false);
    expect(PayPlan.parse({})).toEqual({ weights: {}, bonuses: [] });
  });
});
