import { isCalendarDate } from "@/lib/dates/calendar-date";
import { intlTag, type Locale } from "./locale";
import { NO_DATA } from "./number";

export type DateStyle = "short" | "medium" | "long";

/** The calendar day a date or timestamp string starts with, at midnight UTC; null when it is not a real date. */
function dayOf(isoDate: string | null | undefined): Date | null {
  const day = isoDate?.slice(0, 10);
  return day && isCalendarDate(day) ? new Date(`${day}T00:00:00Z`) : null;
}

/**
 * formatDate("2026-03-01", "en") → "Mar 1, 2026"; "de" → "01.03.2026".
 * A calendar date has no time zone: it is read and printed in UTC so it never shifts a day.
 * 2026-02-31 and friends print as no data instead of rolling over into March.
 */
export function formatDate(isoDate: string | null | undefined, locale: Locale, style: DateStyle = "medium"): string {
  const day = dayOf(isoDate);
  return day ? new Intl.DateTimeFormat(intlTag(locale), { dateStyle: style, timeZone: "UTC" }).format(day) : NO_DATA;
}

/** formatMonth("2026-03-01", "de") → "März 2026": for monthly KPI periods. */
export function formatMonth(isoDate: string | null | undefined, locale: Locale): string {
  const month = dayOf(isoDate && `${isoDate.slice(0, 7)}-01`);
  return month ? new Intl.DateTimeFormat(intlTag(locale), { month: "long", year: "numeric", timeZone: "UTC" }).format(month) : NO_DATA;
}

/** An instant in the org's time zone (so server and browser print the same): "Mar 1, 2026, 14:05". */
export function formatDateTime(iso: string | null | undefined, locale: Locale, timeZone: string): string {
  if (!iso) return NO_DATA;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return NO_DATA;
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
}
