import { describe, expect, it } from "vitest";
import { projectGoal, projectionMonths, type DatedGoal, type MonthlyValue } from "@/lib/goals/projection";

const TODAY = "2026-12-03";
const months = (first: string, values: (number | null)[]): MonthlyValue[] => {
  const [y, m] = first.split("-").map(Number) as [number, number];
  return values.map((value, i) => {
    const index = y * 12 + m - 1 + i;
    return { month: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`, value };
  });
};
// MRR June–November 2026: 50,000 rising by 1,000 a month; November's value is the level on 2026-11-30.
const MRR = months("2026-06", [50_000, 51_000, 52_000, 53_000, 54_000, 55_000]);
const mrrGoal = (target: number, dueDate: string | null = "2027-06-30"): DatedGoal => ({ direction: "at_least", target, warn: null, dueDate });

describe("projectGoal", () => {
  it("on track: 55,000 on 2026-11-30 + 7 months × 1,000 = 62,000 expected by 2027-06-30", () => {
    expect(projectGoal(MRR, mrrGoal(60_000), TODAY)).toEqual({ kind: "on_track", expected: 62_000, perMonth: 1_000 });
  });

  it("exactly on the target is on track", () => {
    expect(projectGoal(MRR, mrrGoal(62_000), TODAY)).toMatchObject({ kind: "on_track", expected: 62_000 });
  });

  it("behind: 69,000 needs (69,000 − 55,000) ÷ 7 = 2,000 a month, the trend gives 1,000: 1,000 a month short", () => {
    expect(projectGoal(MRR, mrrGoal(69_000), TODAY)).toEqual({ kind: "behind", expected: 62_000, perMonth: 1_000, shortPerMonth: 1_000 });
  });

  it("fits only the last 6 months: older values do not bend the line", () => {
    const withOutliers = [...months("2026-04", [900_000, 0]), ...MRR];
    expect(projectGoal(withOutliers, mrrGoal(60_000), TODAY)).toEqual({ kind: "on_track", expected: 62_000, perMonth: 1_000 });
  });

  it("least squares over noisy values: slope 11 ÷ 17.5 per month through the mean 12 at month 3.5", () => {
    // x = 1…6 (month ends), y = 10 12 11 13 12 14: slope 0.628571, due one month after the last point (x = 7).
    const series = months("2026-06", [10, 12, 11, 13, 12, 14]);
    const projection = projectGoal(series, { direction: "at_least", target: 14, warn: null, dueDate: "2026-12-31" }, TODAY);
    expect(projection).toMatchObject({ kind: "on_track", perMonth: 0.628571 });
    if (projection?.kind !== "on_track") throw new Error("expected on track");
    expect(projection.expected).toBeCloseTo(12 + 0.628571 * 3.5, 5);
  });

  it("skips months without a value; fewer than two values is no data", () => {
    const gappy = months("2026-06", [50_000, null, 52_000, null, 54_000, 55_000]);
    expect(projectGoal(gappy, mrrGoal(60_000), TODAY)).toMatchObject({ kind: "on_track" });
    expect(projectGoal(months("2026-06", [null, null, null, null, null, 55_000]), mrrGoal(60_000), TODAY)).toEqual({ kind: "no_data" });
    expect(projectGoal([], mrrGoal(60_000), TODAY)).toEqual({ kind: "no_data" });
  });

  it("a due date in the past is judged on the latest value; a due date of today is still projected", () => {
    expect(projectGoal(MRR, mrrGoal(50_000, "2026-11-30"), TODAY)).toEqual({ kind: "past", latest: 55_000, status: "met" });
    expect(projectGoal(MRR, mrrGoal(70_000, "2026-11-30"), TODAY)).toEqual({ kind: "past", latest: 55_000, status: "missed" });
    expect(projectGoal(months("2026-06", [null, null]), mrrGoal(1, "2026-01-31"), TODAY)).toEqual({ kind: "past", latest: null, status: "no_data" });
    expect(projectGoal(MRR, mrrGoal(50_000, TODAY), TODAY)).toMatchObject({ kind: "on_track" });
  });

  it("at most: tickets per device falling 0.1 a month reach 0.7 by 2027-02-28; a target of 0.5 is 0.5 ÷ 3 − 0.1 a month short", () => {
    const series = months("2026-06", [1.5, 1.4, 1.3, 1.2, 1.1, 1]);
    const goal = (target: number): DatedGoal => ({ direction: "at_most", target, warn: null, dueDate: "2027-02-28" });
    expect(projectGoal(series, goal(0.8), TODAY)).toEqual({ kind: "on_track", expected: 0.7, perMonth: -0.1 });
    expect(projectGoal(series, goal(0.5), TODAY)).toEqual({ kind: "behind", expected: 0.7, perMonth: -0.1, shortPerMonth: 0.066667 });
  });

  it("a goal without a due date has no projection", () => {
    expect(projectGoal(MRR, mrrGoal(60_000, null), TODAY)).toBeNull();
  });
});

describe("projectionMonths", () => {
  it("is the six full months before today's month, across a year end and February", () => {
    expect(projectionMonths("2027-01-15").map((m) => [m.month, m.from, m.to])).toEqual([
      ["2026-07", "2026-07-01", "2026-07-31"],
      ["2026-08", "2026-08-01", "2026-08-31"],
      ["2026-09", "2026-09-01", "2026-09-30"],
      ["2026-10", "2026-10-01", "2026-10-31"],
      ["2026-11", "2026-11-01", "2026-11-30"],
      ["2026-12", "2026-12-01", "2026-12-31"],
    ]);
    expect(projectionMonths("2028-08-01").at(-2)).toEqual({ month: "2028-06", from: "2028-06-01", to: "2028-06-30" });
    expect(projectionMonths("2028-03-31").at(-1)).toEqual({ month: "2028-02", from: "2028-02-01", to: "2028-02-29" });
  });
});
