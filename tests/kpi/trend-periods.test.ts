import { describe, expect, it } from "vitest";
import { trendPeriods, wholeMonths } from "@/lib/kpi/trend-periods";
import { trendReading } from "@/lib/kpi/trend-reading";

describe("the 12 periods of a trend", () => {
  it("steps a month back by calendar months, month ends and a leap February included, oldest first", () => {
    const periods = trendPeriods({ from: "2024-03-01", to: "2024-03-31" });
    expect(periods).toHaveLength(12);
    expect(periods.at(-1)).toEqual({ from: "2024-03-01", to: "2024-03-31" });
    expect(periods.at(-2)).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(periods.at(-3)).toEqual({ from: "2024-01-01", to: "2024-01-31" });
    expect(periods.at(-4)).toEqual({ from: "2023-12-01", to: "2023-12-31" });
    expect(periods.at(-5)).toEqual({ from: "2023-11-01", to: "2023-11-30" });
    expect(periods[0]).toEqual({ from: "2023-04-01", to: "2023-04-30" });
  });

  it("gives February 28 days outside a leap year", () => {
    expect(trendPeriods({ from: "2025-03-01", to: "2025-03-31" }).at(-2)).toEqual({ from: "2025-02-01", to: "2025-02-28" });
  });

  it("steps a quarter back by quarters, across the new year", () => {
    const periods = trendPeriods({ from: "2026-01-01", to: "2026-03-31" });
    expect(periods.at(-2)).toEqual({ from: "2025-10-01", to: "2025-12-31" });
    expect(periods.at(-3)).toEqual({ from: "2025-07-01", to: "2025-09-30" });
    expect(periods[0]).toEqual({ from: "2023-04-01", to: "2023-06-30" });
  });

  it("steps a year back by years", () => {
    const periods = trendPeriods({ from: "2025-01-01", to: "2025-12-31" });
    expect(periods.at(-2)).toEqual({ from: "2024-01-01", to: "2024-12-31" });
    expect(periods[0]).toEqual({ from: "2014-01-01", to: "2014-12-31" });
  });

  it("steps an ISO week back by weeks, Monday to Sunday, across the new year", () => {
    const periods = trendPeriods({ from: "2026-01-05", to: "2026-01-11" });
    expect(periods.at(-2)).toEqual({ from: "2025-12-29", to: "2026-01-04" });
    expect(periods[0]).toEqual({ from: "2025-10-20", to: "2025-10-26" });
  });

  it("steps an arbitrary 10-day range back by 10 days, through a leap day", () => {
    const periods = trendPeriods({ from: "2024-03-05", to: "2024-03-14" });
    expect(periods.at(-2)).toEqual({ from: "2024-02-24", to: "2024-03-04" });
    expect(periods.at(-3)).toEqual({ from: "2024-02-14", to: "2024-02-23" });
    expect(periods[0]).toEqual({ from: "2023-11-16", to: "2023-11-25" });
  });

  it("steps a month that is not whole (the 1st up to today) back by its days", () => {
    expect(trendPeriods({ from: "2026-11-01", to: "2026-11-23" }).at(-2)).toEqual({ from: "2026-10-09", to: "2026-10-31" });
  });

  it("steps two whole months back by two months", () => {
    expect(trendPeriods({ from: "2026-01-01", to: "2026-02-28" }).at(-2)).toEqual({ from: "2025-11-01", to: "2025-12-31" });
  });
});

describe("the reading of a trend", () => {
  it("compares this period with the median of the periods that have data, gaps left out", () => {
    expect(trendReading([1, null, 3, null, 10])).toEqual({ kind: "above", median: 3 });
    expect(trendReading([5, 6, null, 1])).toEqual({ kind: "below", median: 5 });
    expect(trendReading([2, 4, 3])).toEqual({ kind: "at", median: 3 });
    expect(trendReading([0, 0, 0])).toEqual({ kind: "at", median: 0 });
  });

  it("says so when this period has no data, or only it has", () => {
    expect(trendReading([1, 2, null])).toEqual({ kind: "no_data" });
    expect(trendReading([null, null, 7])).toEqual({ kind: "no_history" });
    expect(trendReading([])).toEqual({ kind: "no_data" });
  });
});

describe("whole months", () => {
  it("counts the months of a range from a first to a last day, and none otherwise", () => {
    expect(wholeMonths({ from: "2024-02-01", to: "2024-02-29" })).toBe(1);
    expect(wholeMonths({ from: "2026-01-01", to: "2026-12-31" })).toBe(12);
    expect(wholeMonths({ from: "2024-02-01", to: "2024-02-28" })).toBeNull();
    expect(wholeMonths({ from: "2024-02-02", to: "2024-03-31" })).toBeNull();
  });
});
