import { describe, expect, it } from "vitest";
import {
  daysInPeriod,
  isoWeekKey,
  localDate,
  monthKey,
  previousPeriod,
  resolvePeriodPreset,
  startDay,
  weekdaysInPeriod,
} from "@/lib/kpi/reference";

describe("period arithmetic", () => {
  it("Q1 2026 has 31 + 28 + 31 = 90 days; S = 2025-12-31", () => {
    expect(daysInPeriod({ from: "2026-01-01", to: "2026-03-31" })).toBe(90);
    expect(startDay({ from: "2026-01-01", to: "2026-03-31" })).toBe("2025-12-31");
  });

  it("previous period of Q1 2026 = the 90 days before: 2025-10-03 … 2025-12-31", () => {
    expect(previousPeriod({ from: "2026-01-01", to: "2026-03-31" })).toEqual({ from: "2025-10-03", to: "2025-12-31" });
  });

  it("previous period of one day is the day before; leap day is a day", () => {
    expect(previousPeriod({ from: "2024-03-01", to: "2024-03-01" })).toEqual({ from: "2024-02-29", to: "2024-02-29" });
  });

  it("rejects a period that ends before it starts, and non-dates", () => {
    expect(() => previousPeriod({ from: "2026-02-01", to: "2026-01-31" })).toThrow(RangeError);
    expect(() => daysInPeriod({ from: "2026-02-30", to: "2026-03-01" })).toThrow(RangeError);
  });
});

describe("weekdays: Monday–Friday less holidays", () => {
  it("January 2026: Thu 1, Fri 2 + 4 full weeks × 5 = 22 weekdays", () => {
    expect(weekdaysInPeriod("2026-01-01", "2026-01-31")).toBe(22);
  });

  it("a holiday on a weekday removes it (22 − 1 = 21); one on a Saturday removes nothing", () => {
    expect(weekdaysInPeriod("2026-01-01", "2026-01-31", ["2026-01-01"])).toBe(21);
    expect(weekdaysInPeriod("2026-01-01", "2026-01-31", ["2026-01-03"])).toBe(22);
  });

  it("a weekend has no weekdays", () => {
    expect(weekdaysInPeriod("2026-01-03", "2026-01-04")).toBe(0);
  });
});

describe("ISO weeks and months", () => {
  it("2026-01-01 (Thursday) is in 2026-W01; 2025-12-29 (Monday) too", () => {
    expect(isoWeekKey("2026-01-01")).toBe("2026-W01");
    expect(isoWeekKey("2025-12-29")).toBe("2026-W01");
    expect(isoWeekKey("2025-12-28")).toBe("2025-W52");
  });

  it("2027-01-01 (Friday) belongs to 2026-W53; 2024-12-30 to 2025-W01", () => {
    expect(isoWeekKey("2027-01-01")).toBe("2026-W53");
    expect(isoWeekKey("2024-12-30")).toBe("2025-W01");
  });

  it("week keys are zero-padded and months are YYYY-MM", () => {
    expect(isoWeekKey("2026-01-19")).toBe("2026-W04");
    expect(monthKey("2026-01-19")).toBe("2026-01");
  });
});

describe("local dates", () => {
  it("23:30 UTC on 31 January is 1 February in Europe/Berlin (UTC+1), still 31 January in UTC", () => {
    expect(localDate("2026-01-31T23:30:00Z", "Europe/Berlin")).toBe("2026-02-01");
    expect(localDate("2026-01-31T23:30:00Z", "UTC")).toBe("2026-01-31");
  });

  it("03:00 UTC on 1 March is still 28 February in America/New_York (UTC−5)", () => {
    expect(localDate("2026-03-01T03:00:00Z", "America/New_York")).toBe("2026-02-28");
  });

  it("summer time: 22:30 UTC on 30 June is 1 July in Berlin (UTC+2)", () => {
    expect(localDate("2026-06-30T22:30:00.123456Z", "Europe/Berlin")).toBe("2026-07-01");
  });
});

describe("period presets, seen from Thursday 2026-05-14", () => {
  const today = "2026-05-14";
  const cases = [
    ["this-week", "2026-05-11", "2026-05-14"],
    ["last-week", "2026-05-04", "2026-05-10"],
    ["this-month", "2026-05-01", "2026-05-14"],
    ["last-month", "2026-04-01", "2026-04-30"],
    ["this-quarter", "2026-04-01", "2026-05-14"],
    ["last-quarter", "2026-01-01", "2026-03-31"],
    ["this-year", "2026-01-01", "2026-05-14"],
    ["last-year", "2025-01-01", "2025-12-31"],
  ] as const;
  it.each(cases)("%s = %s … %s", (preset, from, to) => {
    expect(resolvePeriodPreset(preset, today, "UTC")).toEqual({ from, to });
  });

  it("the instant 2026-01-31T23:30Z is already February in Berlin: last-month = January, last-quarter = Q4 2025", () => {
    const now = new Date("2026-01-31T23:30:00Z");
    expect(resolvePeriodPreset("this-month", now, "Europe/Berlin")).toEqual({ from: "2026-02-01", to: "2026-02-01" });
    expect(resolvePeriodPreset("last-month", now, "Europe/Berlin")).toEqual({ from: "2026-01-01", to: "2026-01-31" });
    expect(resolvePeriodPreset("last-quarter", now, "Europe/Berlin")).toEqual({ from: "2025-10-01", to: "2025-12-31" });
    expect(resolvePeriodPreset("last-month", now, "UTC")).toEqual({ from: "2025-12-01", to: "2025-12-31" });
  });

  it("last-month in March of a leap year ends on 29 February", () => {
    expect(resolvePeriodPreset("last-month", "2024-03-10", "UTC")).toEqual({ from: "2024-02-01", to: "2024-02-29" });
  });
});
