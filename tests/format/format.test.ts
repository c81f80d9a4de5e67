import { describe, expect, it } from "vitest";
import {
  NO_DATA,
  formatDate,
  formatDateTime,
  formatDelta,
  formatHours,
  formatMoney,
  formatMonth,
  formatShortMonth,
  formatNumber,
  formatPercent,
  relativeChange,
  resolveLocale,
  trendOf,
} from "@/lib/format";
import { dateTimeFormat } from "@/lib/format/date";

// Intl puts no-break spaces (U+00A0, and U+202F in some patterns) where a space appears; compare on plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("resolveLocale", () => {
  it("prefers the cookie over Accept-Language", () => {
    expect(resolveLocale("de", "en-US,en;q=0.9")).toBe("de");
    expect(resolveLocale("en", "de-DE,de;q=0.9")).toBe("en");
  });

  it("ignores an unsupported cookie and falls back to the header", () => {
    expect(resolveLocale("fr", "de-DE")).toBe("de");
  });

  it("takes the highest-q supported language from Accept-Language", () => {
    expect(resolveLocale(undefined, "de-DE,de;q=0.9,en;q=0.8")).toBe("de");
    expect(resolveLocale(undefined, "fr-FR,fr;q=0.9,de;q=0.8,en;q=0.5")).toBe("de");
    expect(resolveLocale(undefined, "en;q=0.4, de;q=0.7")).toBe("de");
    expect(resolveLocale(undefined, "de-AT")).toBe("de");
  });

  it("skips q=0 and falls back to English", () => {
    expect(resolveLocale(undefined, "de;q=0, fr")).toBe("en");
    expect(resolveLocale(undefined, "*")).toBe("en");
    expect(resolveLocale(undefined, "")).toBe("en");
    expect(resolveLocale(null, null)).toBe("en");
  });
});

describe("number formatting", () => {
  it("formats a ratio as a percent with one decimal and a space before the sign", () => {
    expect(plain(formatPercent(0.8125, "en"))).toBe("81.3 %");
    expect(plain(formatPercent(0.8125, "de"))).toBe("81,3 %");
    expect(plain(formatPercent(1, "en", { digits: 0 }))).toBe("100 %");
    expect(formatPercent(0.5, "en")).toBe("50.0\u00a0%");
  });

  it("formats money in the given currency", () => {
    expect(formatMoney(1234.5, "EUR", "en")).toBe("€1,234.50");
    expect(plain(formatMoney(1234.5, "EUR", "de"))).toBe("1.234,50 €");
    expect(formatMoney("99.9", "USD", "en", { digits: 0 })).toBe("$100");
  });

  it("formats plain numbers and hours", () => {
    expect(formatNumber(1234.567, "en")).toBe("1,234.57");
    expect(formatNumber(1234.567, "de")).toBe("1.234,57");
    expect(formatNumber(3, "en", { digits: 1 })).toBe("3.0");
    expect(plain(formatHours(12.54, "de"))).toBe("12,5 h");
    expect(plain(formatHours(8, "en"))).toBe("8 h");
  });

  it('shows "—" for no data, never 0', () => {
    for (const missing of [null, undefined, "", "abc", Number.NaN]) {
      expect(formatPercent(missing, "en")).toBe(NO_DATA);
      expect(formatMoney(missing, "EUR", "en")).toBe(NO_DATA);
      expect(formatNumber(missing, "de")).toBe(NO_DATA);
      expect(formatHours(missing, "de")).toBe(NO_DATA);
      expect(formatDelta(missing, "en")).toBe(NO_DATA);
    }
    expect(formatNumber(0, "en")).toBe("0");
  });
});

describe("formatDelta", () => {
  it("signs relative changes, point changes and absolute changes", () => {
    expect(plain(formatDelta(0.042, "en"))).toBe("+4.2 %");
    expect(plain(formatDelta(-0.042, "de"))).toBe("-4,2 %");
    expect(plain(formatDelta(0.021, "en", { kind: "points" }))).toBe("+2.1 pp");
    expect(plain(formatDelta(0.021, "de", { kind: "points" }))).toBe("+2,1 Pp.");
    expect(formatDelta(12, "en", { kind: "number" })).toBe("+12");
    expect(plain(formatDelta(-1.5, "en", { kind: "hours" }))).toBe("-1.5 h");
    expect(formatDelta(300, "en", { kind: "money", currency: "EUR" })).toBe("+€300.00");
  });

  it("shows no sign for zero", () => {
    expect(plain(formatDelta(0, "en"))).toBe("0.0 %");
    expect(formatDelta(0, "en", { kind: "number" })).toBe("0");
  });

  it("relativeChange: (120 − 100) / 100 = +0.2; no base → null", () => {
    expect(relativeChange(120, 100)).toBeCloseTo(0.2);
    expect(relativeChange(-50, -100)).toBeCloseTo(0.5);
    expect(relativeChange(5, 0)).toBeNull();
    expect(relativeChange(null, 3)).toBeNull();
    expect(trendOf(0.2)).toBe("up");
    expect(trendOf(-0.2)).toBe("down");
    expect(trendOf(0)).toBe("flat");
    expect(trendOf(null)).toBeNull();
  });
});

describe("formatDate", () => {
  it("formats a calendar date without shifting it by a time zone", () => {
    expect(formatDate("2026-03-01", "en")).toBe("Mar 1, 2026");
    expect(formatDate("2026-03-01", "de")).toBe("01.03.2026");
    expect(formatDate("2026-12-31", "en", "long")).toBe("December 31, 2026");
    expect(formatMonth("2026-03-01", "de")).toBe("März 2026");
    expect(formatShortMonth("2026-06", "en")).toBe("Jun 26");
    expect(formatShortMonth("2026-03-01", "de")).toBe("März 26");
    expect(formatShortMonth("2026-13", "en")).toBe(NO_DATA);
  });

  it('rejects impossible or malformed dates with "—"', () => {
    expect(formatDate("2026-02-31", "en")).toBe(NO_DATA);
    expect(formatDate("01.03.2026", "de")).toBe(NO_DATA);
    expect(formatDate(null, "de")).toBe(NO_DATA);
  });
});

describe("formatDateTime", () => {
  const instant = "2026-03-01T23:30:00Z";

  it("prints an instant in the org's time zone, not the machine's", () => {
    expect(plain(formatDateTime(instant, "en", "UTC"))).toBe("Mar 1, 2026, 11:30 PM");
    expect(formatDateTime(instant, "de", "Europe/Berlin")).toBe("02.03.2026, 00:30");
    expect(formatDateTime(new Date(instant), "de", "Europe/Berlin")).toBe("02.03.2026, 00:30");
  });

  it("prints only the parts asked for", () => {
    expect(formatDateTime(instant, "de", "Europe/Berlin", { date: "short" })).toBe("02.03.26");
    expect(formatDateTime(instant, "de", "Europe/Berlin", { time: "short" })).toBe("00:30");
    expect(plain(formatDateTime(instant, "en", "UTC", { date: "medium", time: "long" }))).toBe("Mar 1, 2026, 11:30:00 PM UTC");
  });

  it('shows "—" for a missing or unreadable instant', () => {
    expect(formatDateTime(null, "en", "UTC")).toBe(NO_DATA);
    expect(formatDateTime("yesterday", "en", "UTC")).toBe(NO_DATA);
  });

  it("builds one formatter per locale, time zone and style, and reuses it", () => {
    const berlin = dateTimeFormat("de", { dateStyle: "short", timeZone: "Europe/Berlin" });
    expect(dateTimeFormat("de", { dateStyle: "short", timeZone: "Europe/Berlin" })).toBe(berlin);
    expect(dateTimeFormat("de", { dateStyle: "short", timeZone: "UTC" })).not.toBe(berlin);
    expect(dateTimeFormat("en", { dateStyle: "short", timeZone: "Europe/Berlin" })).not.toBe(berlin);
    expect(berlin.resolvedOptions()).toMatchObject({ locale: "de-DE", timeZone: "Europe/Berlin", dateStyle: "short" });
  });
});
