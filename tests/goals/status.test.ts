import { describe, expect, it } from "vitest";
import { goalStatus, type GoalLine } from "@/lib/goals/status";

const atLeast = (target: number, warn: number | null = null): GoalLine => ({ direction: "at_least", target, warn });
const atMost = (target: number, warn: number | null = null): GoalLine => ({ direction: "at_most", target, warn });

describe("goalStatus", () => {
  it("utilization ≥ 75 %, warn above 85 %: the upper warning is at risk, short by up to 10 % of 75 (7.5 points) too", () => {
    const goal = atLeast(75, 85);
    expect(goalStatus(75, goal)).toBe("met");
    expect(goalStatus(85, goal)).toBe("met");
    expect(goalStatus(85.1, goal)).toBe("at_risk");
    expect(goalStatus(74.9, goal)).toBe("at_risk");
    expect(goalStatus(67.5, goal)).toBe("at_risk");
    expect(goalStatus(67.4, goal)).toBe("missed");
  });

  it("no value, or not a number, is no data — never met or missed", () => {
    expect(goalStatus(null, atLeast(90))).toBe("no_data");
    expect(goalStatus(Number.NaN, atMost(1))).toBe("no_data");
  });

  it("SLA met ≥ 90 % without a warning: 81 (90 − 9) is at risk, 80.9 missed", () => {
    expect(goalStatus(90, atLeast(90))).toBe("met");
    expect(goalStatus(81, atLeast(90))).toBe("at_risk");
    expect(goalStatus(80.9, atLeast(90))).toBe("missed");
  });

  it("a warning below an at-least target is where at risk ends", () => {
    expect(goalStatus(89, atLeast(90, 85))).toBe("at_risk");
    expect(goalStatus(85, atLeast(90, 85))).toBe("at_risk");
    expect(goalStatus(84.9, atLeast(90, 85))).toBe("missed");
  });

  it("tickets per endpoint ≤ 1: 1.1 is at risk, 1.11 missed", () => {
    expect(goalStatus(1, atMost(1))).toBe("met");
    expect(goalStatus(0, atMost(1))).toBe("met");
    expect(goalStatus(1.1, atMost(1))).toBe("at_risk");
    expect(goalStatus(1.11, atMost(1))).toBe("missed");
  });

  it("at-most goals mirror the warnings: above the target up to the warning is at risk; below a lower warning too", () => {
    expect(goalStatus(0.3, atMost(0.25, 0.3))).toBe("at_risk");
    expect(goalStatus(0.31, atMost(0.25, 0.3))).toBe("missed");
    expect(goalStatus(0.4, atMost(1, 0.5))).toBe("at_risk");
    expect(goalStatus(0.5, atMost(1, 0.5))).toBe("met");
  });

  it("a target of 0 leaves no at-risk band", () => {
    expect(goalStatus(0, atMost(0))).toBe("met");
    expect(goalStatus(0.01, atMost(0))).toBe("missed");
  });
});
