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

/** An instant in the org's time zone (so server and browser print the same): "Mar 1, 2026, 14:05". */
export function formatDateTime(iso: string | null | undefined, locale: Locale, timeZone: string): string {
  if (!iso) return NO_DATA;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return NO_DATA;
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
}
