import { describe, expect, it } from "vitest";
import { CalendarDate } from "@/lib/dates/calendar-date-schema";
import { daysBetween, isCalendarDate, isoWeekKey, isoWeekRanges, monthRanges } from "@/lib/dates/calendar-date";
import { recentQuarters } from "@/lib/qbr/quarters";

describe("CalendarDate", () => {
  it("accepts real YYYY-MM-DD dates only, saying what is wrong once", () => {
    expect(CalendarDate.parse("2024-02-29")).toBe("2024-02-29");
    const message = (value: unknown) => CalendarDate.safeParse(value).error?.issues.map((i) => i.message);
    expect(message("2026-02-29")).toEqual(["not a calendar date"]);
    expect(message("2026-1-1")).toEqual(["expected a date YYYY-MM-DD"]);
    expect(message("2026-01-01T00:00:00Z")).toEqual(["expected a date YYYY-MM-DD"]);
    expect(message(20260101)).toEqual(["expected a date YYYY-MM-DD"]);
    expect(message(undefined)).toEqual(["is required (YYYY-MM-DD)"]);
  });

  it("agrees with isCalendarDate", () => {
    for (const value of ["2026-04-31", "2026-13-01", "2026-00-10", "0999-12-31", "2026-12-31"]) {
      expect(CalendarDate.safeParse(value).success, value).toBe(isCalendarDate(value));
    }
  });
});

describe("calendar arithmetic", () => {
  it("counts days between two dates across month, year and leap-day ends", () => {
    expect(daysBetween("2026-03-01", "2026-03-01")).toBe(0);
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2025-12-31", "2026-01-01")).toBe(1);
    expect(daysBetween("2026-03-29", "2026-03-30")).toBe(1);
    expect(daysBetween("2026-01-10", "2026-01-01")).toBe(-9);
    expect(daysBetween("2023-01-01", "2026-01-01")).toBe(1096);
  });

  it("names ISO weeks by the year their Thursday lies in", () => {
    expect(isoWeekKey("2026-01-01")).toBe("2026-W01");
    expect(isoWeekKey("2021-01-03")).toBe("2020-W53");
    expect(isoWeekKey("2020-12-31")).toBe("2020-W53");
    expect(isoWeekKey("2024-12-30")).toBe("2025-W01");
    expect(isoWeekKey("2026-03-15")).toBe("2026-W11");
  });

  it("splits a range into its ISO weeks, the first and last cut to the range", () => {
    // 2025-12-31 is a Wednesday of 2026-W01; 2026-01-12 the Monday of W03.
    expect([...isoWeekRanges("2025-12-31", "2026-01-12")]).toEqual([
      ["2026-W01", { from: "2025-12-31", to: "2026-01-04" }],
      ["2026-W02", { from: "2026-01-05", to: "2026-01-11" }],
      ["2026-W03", { from: "2026-01-12", to: "2026-01-12" }],
    ]);
    expect([...isoWeekRanges("2026-03-15", "2026-03-15")]).toEqual([["2026-W11", { from: "2026-03-15", to: "2026-03-15" }]]);
  });

  it("splits a range into its calendar months, the first and last cut to the range, February of a leap year whole", () => {
    expect([...monthRanges("2027-12-15", "2028-03-02")]).toEqual([
      ["2027-12", { from: "2027-12-15", to: "2027-12-31" }],
      ["2028-01", { from: "2028-01-01", to: "2028-01-31" }],
      ["2028-02", { from: "2028-02-01", to: "2028-02-29" }],
      ["2028-03", { from: "2028-03-01", to: "2028-03-02" }],
    ]);
  });

  it("lists recent full quarters across a year end, ending on the quarter's last day", () => {
    expect(recentQuarters("2026-01-15", 2)).toEqual([
      { key: "2025-Q4", from: "2025-10-01", to: "2025-12-31" },
      { key: "2025-Q3", from: "2025-07-01", to: "2025-09-30" },
    ]);
    expect(recentQuarters("2024-05-31", 1)).toEqual([{ key: "2024-Q1", from: "2024-01-01", to: "2024-03-31" }]);
  });
});
