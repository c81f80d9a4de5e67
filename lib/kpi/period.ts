import { addDays, dayNumber, daysBetween, eachDay, isoWeekday } from "@/lib/dates/calendar-date";

export { addDays, eachDay, isoWeekKey, isoWeekday, monthKey } from "@/lib/dates/calendar-date";
export { localDate } from "./instant";

/** P = [from, to]: two calendar dates, both inclusive, in the organisation's time zone. */
export interface Period {
  from: string;
  to: string;
}

/** Checks both dates and their order; returns the period unchanged. */
export function assertPeriod(period: Period): Period {
  if (dayNumber(period.from) > dayNumber(period.to)) {
    throw new RangeError(`period starts after it ends: ${period.from} > ${period.to}`);
  }
  return period;
}

/** Days in P, both ends included. */
export function daysInPeriod(period: Period): number {
  return daysBetween(period.from, period.to) + 1;
}

/** S = from − 1 day: the day the MRR bridge starts from. */
export function startDay(period: Period): string {
  return addDays(period.from, -1);
}

/** The same number of days immediately before `from`. */
export function previousPeriod(period: Period): Period {
  const days = daysInPeriod(assertPeriod(period));
  return { from: addDays(period.from, -days), to: addDays(period.from, -1) };
}

/** Whether a date lies in P (string comparison is safe for YYYY-MM-DD). */
export function inPeriod(date: string, period: Period): boolean {
  return period.from <= date && date <= period.to;
}

/** Monday–Friday, less the organisation's holidays. */
function isWorkday(date: string, holidays: ReadonlySet<string>): boolean {
  return isoWeekday(date) <= 5 && !holidays.has(date);
}

/** The weekdays of P (Monday–Friday, less holidays), in order. */
export function weekdayDates(period: Period, holidays: Iterable<string> = []): string[] {
  const off = holidays instanceof Set ? (holidays as ReadonlySet<string>) : new Set(holidays);
  return eachDay(period.from, period.to).filter((d) => isWorkday(d, off));
}

/** How many weekdays P has (Monday–Friday, less holidays). */
export function weekdaysInPeriod(from: string, to: string, holidays: Iterable<string> = []): number {
  return weekdayDates({ from, to }, holidays).length;
}
