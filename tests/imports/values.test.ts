import { describe, expect, it } from "vitest";
import { normalizeHeader } from "@/lib/imports";
import { dateOrderEvidence, localDate, NO_DATE, parseDate, parseInstant } from "@/lib/imports/values/dates";
import { parseBillCycle, parseBool, parseCsat, parseDeviceKind, parsePriority, type PriorityValue } from "@/lib/imports/values/enums";
import { stableId } from "@/lib/imports/values/hash";
import { decimalSeparatorEvidence, parseDecimal, parseDuration, secondsToHours } from "@/lib/imports/values/numbers";

describe("header normalisation", () => {
  it("folds case, spaces, underscores, dots, slashes and camelCase to one key", () => {
    const variants = ["Date Opened", "date_opened", "dateOpened", "DATE-OPENED", " date.opened "];
    expect(new Set(variants.map(normalizeHeader))).toEqual(new Set(["dateopened"]));
    expect(normalizeHeader("company/name")).toBe(normalizeHeader("company.name"));
    expect(normalizeHeader("Straße Nr.")).toBe("straßenr");
  });
});

describe("decimals", () => {
  it.each([
    ["1.5", false, "1.5"],
    ["1,5", true, "1.5"],
    ["1.234,56", true, "1234.56"],
    ["1,234.56", false, "1234.56"],
    ["12,345,678.9", false, "12345678.9"],
    ["0095.500", false, "95.5"],
    [".5", false, "0.5"],
    ["-0.00", false, "0"],
    ["€ 1 234,50", true, "1234.5"],
    ["240,00 €", true, "240"],
    ["1'234.50", false, "1234.5"],
    ["(12.50)", false, "-12.5"],
    ["+3", false, "3"],
    ["120", false, "120"],
  ])("%j (decimal comma %s) -> %j", (raw, comma, want) => {
    expect(parseDecimal(raw, comma)).toBe(want);
  });

  it.each([
    ["1,5", false],
    ["1.5.5", false],
    ["12,34.5", false],
    ["abc", false],
    ["-", false],
    ["1.234.5", true],
  ])("%j (decimal comma %s) is not a number", (raw, comma) => {
    expect(parseDecimal(raw, comma)).toBeNull();
  });

  it("reads the separator from sample values, leaving 1,234 undecided", () => {
    expect(decimalSeparatorEvidence("1,5")).toBe("comma");
    expect(decimalSeparatorEvidence("1.234,56")).toBe("comma");
    expect(decimalSeparatorEvidence("1,234.56")).toBe("dot");
    expect(decimalSeparatorEvidence("0.75")).toBe("dot");
    expect(decimalSeparatorEvidence("1,234")).toBeNull();
    expect(decimalSeparatorEvidence("42")).toBeNull();
  });

  it("durations and seconds become exact decimal hours", () => {
    expect(parseDuration("01:30:00")).toBe("1.5");
    expect(parseDuration("1:30")).toBe("1.5");
    expect(parseDuration("00:20:00")).toBe("0.33333333333333333333");
    expect(parseDuration("26:45:36")).toBe("26.76");
    expect(parseDuration("1:75")).toBeNull();
    expect(secondsToHours("5400")).toBe("1.5");
    expect(secondsToHours("2430")).toBe("0.675");
  });
});

describe("dates", () => {
  it.each([
    ["2026-03-04", "ymd", "2026-03-04"],
    ["2026/03/04", "ymd", "2026-03-04"],
    ["2026-03-04T23:30:00Z", "ymd", "2026-03-04"], // date fields keep the date as written
    ["04.03.2026", "dmy", "2026-03-04"],
    ["4.3.26", "dmy", "2026-03-04"],
    ["04/03/2026", "dmy", "2026-03-04"],
    ["03/04/2026", "mdy", "2026-03-04"],
    ["03/04/2026", "ymd", "2026-03-04"], // no order given: slashes read month first
    ["04.03.2026", "ymd", "2026-03-04"], // no order given: dots read day first
    ["29.02.2028", "dmy", "2028-02-29"],
  ] as const)("%j (%s) -> %j", (raw, order, want) => {
    expect(parseDate(raw, order)).toBe(want);
  });

  it("rejects impossible dates and non-dates; year 0001 means none", () => {
    expect(parseDate("2026-02-29", "ymd")).toBe("invalid");
    expect(parseDate("31.04.2026", "dmy")).toBe("invalid");
    expect(parseDate("13/13/2026", "mdy")).toBe("invalid");
    expect(parseDate("next monday", "ymd")).toBe("bad");
    expect(parseDate("0001-01-01T00:00:00", "ymd")).toBe(NO_DATE);
  });

  it("decides day/month order only from a value above 12", () => {
    expect(dateOrderEvidence("13.03.2026")).toBe("dmy");
    expect(dateOrderEvidence("01/15/2026")).toBe("mdy");
    expect(dateOrderEvidence("03/04/2026")).toBeNull();
    expect(dateOrderEvidence("2026-03-13")).toBeNull();
  });
});

describe("instants", () => {
  it.each([
    ["2026-03-04T10:15:00Z", "2026-03-04T10:15:00.000Z"],
    ["2026-03-04T10:15:00.123Z", "2026-03-04T10:15:00.123Z"],
    ["2026-03-04T10:15:00+01:00", "2026-03-04T09:15:00.000Z"],
    ["2026-03-04T10:15:00-0500", "2026-03-04T15:15:00.000Z"],
    ["2025-03-04 10:15:22.841112+00:00", "2025-03-04T10:15:22.841Z"], // Tactical RMM str(datetime)
    ["1703123456.789", "2023-12-21T01:50:56.789Z"], // NinjaOne epoch seconds with fraction
    ["1703123456789", "2023-12-21T01:50:56.789Z"], // Datto epoch milliseconds
  ])("%j -> %j whatever the zone", (raw, want) => {
    expect(parseInstant(raw, "ymd", "Europe/Berlin")).toBe(want);
    expect(parseInstant(raw, "ymd", "America/New_York")).toBe(want);
  });

  it("reads zone-less timestamps in the given zone, across DST", () => {
    expect(parseInstant("2026-03-04 10:15:00", "ymd", "Europe/Berlin")).toBe("2026-03-04T09:15:00.000Z");
    expect(parseInstant("2026-07-04 10:15:00", "ymd", "Europe/Berlin")).toBe("2026-07-04T08:15:00.000Z");
    expect(parseInstant("2026-03-04T10:15:00", "ymd", "America/New_York")).toBe("2026-03-04T15:15:00.000Z");
    expect(parseInstant("2026-03-04 10:15:00", "ymd", "UTC")).toBe("2026-03-04T10:15:00.000Z");
    expect(parseInstant("04.03.2026 10:15", "dmy", "Europe/Berlin")).toBe("2026-03-04T09:15:00.000Z");
    expect(parseInstant("03/04/2026 10:15 PM", "mdy", "America/New_York")).toBe("2026-03-05T03:15:00.000Z");
    expect(parseInstant("03/04/2026 12:05 AM", "mdy", "UTC")).toBe("2026-03-04T00:05:00.000Z");
    // a date alone is midnight in the zone
    expect(parseInstant("2026-03-04", "ymd", "Europe/Berlin")).toBe("2026-03-03T23:00:00.000Z");
  });

  it("rejects impossible times; HaloPSA's 0001-01-01 is none", () => {
    expect(parseInstant("2026-02-30T10:00:00Z", "ymd", "UTC")).toBe("invalid");
    expect(parseInstant("2026-03-04 25:00", "ymd", "UTC")).toBe("invalid");
    expect(parseInstant("13:00 PM 2026", "ymd", "UTC")).toBe("bad");
    expect(parseInstant("0001-01-01T00:00:00", "ymd", "UTC")).toBe(NO_DATE);
  });

  it("gives an instant's calendar date in a zone", () => {
    expect(localDate("2026-03-04T23:30:00.000Z", "Europe/Berlin")).toBe("2026-03-05");
    expect(localDate("2026-03-04T23:30:00.000Z", "America/New_York")).toBe("2026-03-04");
  });
});

describe("booleans, priorities, csat, bill cycles, device kinds", () => {
  it.each([
    ["true", true], ["TRUE", true], ["yes", true], ["Ja", true], ["x", true], ["1", true], ["Billable", true],
    ["false", false], ["no", false], ["nein", false], ["0", false], ["DoNotBill", false], ["NoCharge", false], ["NoDefault", false],
  ] as const)("%j -> %s", (raw, want) => {
    expect(parseBool(raw)).toBe(want);
  });

  it("empty is null, anything else undefined", () => {
    expect(parseBool("  ")).toBeNull();
    expect(parseBool("maybe")).toBeUndefined();
  });

  it("priorities: value map, words, ConnectWise labels, numbers", () => {
    const none = new Map<string, PriorityValue>();
    expect(["Low", "Medium", "High", "Urgent"].map((p) => parsePriority(p, none))).toEqual(["P4", "P3", "P2", "P1"]);
    expect(parsePriority("Priority 3 - Normal", none)).toBe("P3");
    expect(parsePriority("Priority 2 - Quick Response", none)).toBe("P2");
    expect(parsePriority("Priority 1 - Emergency Response", none)).toBe("P1");
    expect(parsePriority("Priority 5 - Next Time", none)).toBe("P4");
    expect(parsePriority("2 Normal", none)).toBe("P3"); // Syncro: the word wins over the 0-based number
    expect(parsePriority("p2", none)).toBe("P2");
    expect(parsePriority("4", new Map([["4", "P1"]]))).toBe("P1"); // Autotask Critical
    expect(parsePriority("whenever", none)).toBeUndefined();
  });

  it("csat 1–5 and ITFlow smileys", () => {
    expect(parseCsat("4")).toBe(4);
    expect(parseCsat("5.0")).toBe(5);
    expect(parseCsat("Good")).toBe(5);
    expect(parseCsat("Bad")).toBe(1);
    expect(parseCsat("6")).toBe("range");
    expect(parseCsat("0")).toBe("range");
    expect(parseCsat("great")).toBe("bad");
  });

  it("bill cycles in months", () => {
    expect(["Monthly", "quarterly", "Semi-Annual", "half-yearly", "Yearly", "annual", "jährlich", "12", "ContractYear"].map(parseBillCycle)).toEqual([1, 3, 6, 6, 12, 12, 12, 12, 12]);
    expect(parseBillCycle("fortnightly")).toBeUndefined();
  });

  it("device kinds from asset types", () => {
    expect(["Server", "Virtual Machine", "Laptop", "Desktop PC", "Firewall/Router", "Access Point", "Mobile Phone", "Tablet", "Printer"].map(parseDeviceKind)).toEqual([
      "server", "server", "workstation", "workstation", "network", "network", "mobile", "mobile", null,
    ]);
  });
});

describe("derived ids", () => {
  it("are stable (pinned: changing them would duplicate re-imported rows) and case/space-insensitive", () => {
    expect(stableId(["Anna Berg", "Lindenhof", "2026-03-02", "TCK-1", "1.5", null])).toBe("a1e6d632dd2cd36f");
    expect(stableId([" anna berg ", "LINDENHOF", "2026-03-02", "TCK-1", "1.5", ""])).toBe("a1e6d632dd2cd36f");
    expect(stableId(["Anna Berg", "Lindenhof", "2026-03-02", "TCK-1", "1.75", null])).not.toBe("a1e6d632dd2cd36f");
  });
});
