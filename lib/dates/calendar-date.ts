// Calendar dates as "YYYY-MM-DD" strings: the one place that checks them and does their arithmetic.
// A calendar date has no time zone, so nothing here depends on the machine's. Days and ISO weeks
// go through day numbers (days since 1970-01-01): the KPIs count them per record, and date-fns in
// UTC (a TZDate) is about a hundred times slower. Period boundaries (start of a week, month,
// quarter, year; a month back) go through date-fns on utcDay.
import { tz, type TZDate } from "@date-fns/tz";

const MS_PER_DAY = 86_400_000;
/** "YYYY-MM-DD" in shape; whether the day exists is dayNumber's check. */
export const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const inUtc = tz("UTC");

/** Days since 1970-01-01 for a real calendar date; throws on "2026-02-30" or a malformed string. */
export function dayNumber(date: string): number {
  const m = DATE_SHAPE.exec(date);
  if (!m) throw new RangeError(`expected a date YYYY-MM-DD, got "${date}"`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new RangeError(`not a calendar date: "${date}"`);
  }
  return ms / MS_PER_DAY;
}

/** True for a real "YYYY-MM-DD" date: false for "2026-02-30" or anything malformed. */
export function isCalendarDate(value: string): boolean {
  try {
    dayNumber(value);
    return true;
  } catch {
    return false;
  }
}

export function dateFromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The date as a date-fns date at midnight UTC, for week, month and quarter arithmetic. */
export function utcDay(date: string): TZDate {
  return inUtc(dayNumber(date) * MS_PER_DAY);
}

/** The calendar date a UTC date-fns date falls on. */
export function calendarDateOf(day: Date): string {
  return dateFromDayNumber(Math.floor(day.getTime() / MS_PER_DAY));
}

export function addDays(date: string, days: number): string {
  return dateFromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to`: 0 for the same day, negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** ISO day of week: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** Every date from `from` to `to`, both inclusive. */
export function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = dayNumber(from), end = dayNumber(to); d <= end; d++) days.push(dateFromDayNumber(d));
  return days;
}

/** The ISO week (Monday first; week 1 holds the year's first Thursday), as "2026-W03". */
export function isoWeekKey(date: string): string {
  const day = dayNumber(date);
  const thursday = day - isoWeekday(date) + 4; // the Thursday of the same ISO week decides the year
  const weekYear = new Date(thursday * MS_PER_DAY).getUTCFullYear();
  const week = Math.floor((thursday - dayNumber(`${weekYear}-01-01`)) / 7) + 1;
  return `${weekYear}-W${String(week).padStart(2, "0")}`;
}

/** The days from `from` to `to` grouped by `keyOf`, each group as its first and last day. */
function rangesBy(from: string, to: string, keyOf: (day: string) => string): Map<string, { from: string; to: string }> {
  const ranges = new Map<string, { from: string; to: string }>();
  for (const day of eachDay(from, to)) {
    const key = keyOf(day);
    const range = ranges.get(key);
    if (range) range.to = day;
    else ranges.set(key, { from: day, to: day });
  }
  return ranges;
}

/** The days from `from` to `to` in each ISO week they touch, keyed by isoWeekKey (partial weeks at the ends). */
export function isoWeekRanges(from: string, to: string): Map<string, { from: string; to: string }> {
  return rangesBy(from, to, isoWeekKey);
}

/** The days from `from` to `to` in each calendar month they touch, keyed by monthKey (partial months at the ends). */
export function monthRanges(from: string, to: string): Map<string, { from: string; to: string }> {
  return rangesBy(from, to, monthKey);
}

/** The calendar month, as "2026-01". */
export function monthKey(date: string): string {
  dayNumber(date);
  return date.slice(0, 7);
}
