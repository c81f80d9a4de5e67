import { describe, expect, it } from "vitest";
import { periodFromSearchParams, periodSearch } from "@/lib/kpi/url-period";

describe("period in the URL", () => {
  const today = "2026-11-23";
  it("reads a preset", () => {
    expect(periodFromSearchParams({ period: "last-quarter" }, today, "UTC")).toEqual({
      period: { from: "2026-07-01", to: "2026-09-30" },
      preset: "last-quarter",
    });
  });
  it("reads a custom range, which wins over a preset", () => {
    const resolved = periodFromSearchParams({ period: "this-week", from: "2026-01-05", to: "2026-02-01" }, today, "UTC");
    expect(resolved).toEqual({ period: { from: "2026-01-05", to: "2026-02-01" }, preset: "custom" });
    expect(periodSearch(resolved)).toBe("from=2026-01-05&to=2026-02-01");
  });
  it("falls back to last month for missing, reversed or unknown input", () => {
    const lastMonth = { period: { from: "2026-10-01", to: "2026-10-31" }, preset: "last-month" };
    expect(periodFromSearchParams({}, today, "UTC")).toEqual(lastMonth);
    expect(periodFromSearchParams({ from: "2026-03-01", to: "2026-02-01" }, today, "UTC")).toEqual(lastMonth);
    expect(periodFromSearchParams({ period: "next-decade" }, today, "UTC")).toEqual(lastMonth);
    expect(periodFromSearchParams({ from: "2020-01-01", to: "2026-01-01" }, today, "UTC")).toEqual(lastMonth);
  });
  it("falls back to last month for a date that is not on the calendar, instead of throwing", () => {
    const lastMonth = { period: { from: "2026-10-01", to: "2026-10-31" }, preset: "last-month" };
    expect(periodFromSearchParams({ from: "2026-02-30", to: "2026-03-31" }, today, "UTC")).toEqual(lastMonth);
    expect(periodFromSearchParams({ from: "2026-02-01", to: "2026-13-01" }, today, "UTC")).toEqual(lastMonth);
  });
});
