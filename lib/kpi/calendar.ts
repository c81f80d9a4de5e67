// Calendar dates as "YYYY-MM-DD" strings, handled through day numbers (days since 1970-01-01), so
// no date arithmetic ever depends on the machine's time zone.

const MS_PER_DAY = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a real calendar date; throws on "2026-02-30" or a malformed string. */
export function dayNumber(date: string): number {
  const m = DATE.exec(date);
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

function dateFromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dateFromDayNumber(dayNumber(date) + days);
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

/** The calendar month, as "2026-01". */
export function monthKey(date: string): string {
  dayNumber(date);
  return date.slice(0, 7);
}

/** Number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
