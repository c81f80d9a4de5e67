import { intlTag, type Locale } from "./locale";
import { NO_DATA } from "./number";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

export type DateStyle = "short" | "medium" | "long";

/**
 * formatDate("2026-03-01", "en") → "Mar 1, 2026"; "de" → "01.03.2026".
 * A calendar date has no time zone: it is read and printed in UTC so it never shifts a day.
 */
export function formatDate(isoDate: string | null | undefined, locale: Locale, style: DateStyle = "medium"): string {
  if (!isoDate) return NO_DATA;
  const match = ISO_DATE.exec(isoDate);
  if (!match) return NO_DATA;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  // Reject 2026-02-31 and friends instead of rolling over into March.
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return NO_DATA;
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: style, timeZone: "UTC" }).format(date);
}

/** formatMonth("2026-03-01", "de") → "März 2026": for monthly KPI periods. */
export function formatMonth(isoDate: string | null | undefined, locale: Locale): string {
  if (!isoDate) return NO_DATA;
  const match = ISO_DATE.exec(isoDate);
  if (!match) return NO_DATA;
  const [, y, m] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, 1));
  return new Intl.DateTimeFormat(intlTag(locale), { month: "long", year: "numeric", timeZone: "UTC" }).format(date);
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
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: style.date, timeStyle: style.time, timeZone }).format(date);
}
