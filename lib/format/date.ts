import { isCalendarDate } from "@/lib/dates/calendar-date";
import { cachedPerLocale } from "./intl-cache";
import type { Locale } from "./locale";
import { NO_DATA } from "./number";

export type DateStyle = "short" | "medium" | "long";

/** The calendar day a date or timestamp string starts with, at midnight UTC; null when it is not a real date. */
function dayOf(isoDate: string | null | undefined): Date | null {
  const day = isoDate?.slice(0, 10);
  return day && isCalendarDate(day) ? new Date(`${day}T00:00:00Z`) : null;
}

/** The locale's date formatter for these options, built once (see intl-cache.ts). */
export const dateTimeFormat = cachedPerLocale((tag, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, options));

/**
 * formatDate("2026-03-01", "en") → "Mar 1, 2026"; "de" → "01.03.2026".
 * A calendar date has no time zone: it is read and printed in UTC so it never shifts a day.
 * 2026-02-31 and friends print as no data instead of rolling over into March.
 */
export function formatDate(isoDate: string | null | undefined, locale: Locale, style: DateStyle = "medium"): string {
  const day = dayOf(isoDate);
  return day ? dateTimeFormat(locale, { dateStyle: style, timeZone: "UTC" }).format(day) : NO_DATA;
}

/** formatMonth("2026-03-01", "de") → "März 2026": for monthly KPI periods. */
export function formatMonth(isoDate: string | null | undefined, locale: Locale): string {
  const month = dayOf(isoDate && `${isoDate.slice(0, 7)}-01`);
  return month ? dateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(month) : NO_DATA;
}

/** formatShortMonth("2026-06-01", "en") → "Jun 26": a month on a chart's axis, where its whole name would not fit. */
export function formatShortMonth(isoDate: string | null | undefined, locale: Locale): string {
  const month = dayOf(isoDate && `${isoDate.slice(0, 7)}-01`);
  return month ? dateTimeFormat(locale, { month: "short", year: "2-digit", timeZone: "UTC" }).format(month) : NO_DATA;
}

/** Which parts of an instant to print, and how long; a part left out is not printed. */
export interface DateTimeStyle {
  date?: DateStyle;
  /** "long" names the zone ("10:15:22 AM UTC"). */
  time?: "short" | "medium" | "long";
}

/**
 * An instant in the org's time zone, so server and browser print the same:
 * formatDateTime("2026-03-01T13:05:00Z", "en", "UTC") → "Mar 1, 2026, 1:05 PM"; "de" → "01.03.2026, 13:05".
 * `{ date: "short" }` prints the day alone ("3/1/26"), `{ time: "short" }` the time alone ("1:05 PM").
 */
export function formatDateTime(
  instant: string | Date | null | undefined,
  locale: Locale,
  timeZone: string,
  style: DateTimeStyle = { date: "medium", time: "short" },
): string {
  if (!instant) return NO_DATA;
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return NO_DATA;
  return dateTimeFormat(locale, { dateStyle: style.date, timeStyle: style.time, timeZone }).format(date);
}
