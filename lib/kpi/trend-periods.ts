import { addMonths, differenceInCalendarMonths, endOfMonth, isFirstDayOfMonth, isLastDayOfMonth } from "date-fns";
import { addDays, calendarDateOf, utcDay } from "@/lib/dates/calendar-date";
import { assertPeriod, daysInPeriod, type Period } from "./period";

/** How many periods a trend shows: P and the ones before it. */
export const TREND_PERIODS = 12;

/** How many whole calendar months P spans (1 for a month, 3 for a quarter), or null when it does not start and end with a month. */
export function wholeMonths(period: Period): number | null {
  const from = utcDay(period.from);
  const to = utcDay(period.to);
  return isFirstDayOfMonth(from) && isLastDayOfMonth(to) ? differenceInCalendarMonths(to, from) + 1 : null;
}

/**
 * P and the `count − 1` periods of the same length before it, oldest first. A range of whole
 * calendar months (a month, a quarter, a year) steps back by that many months, so every period is
 * whole months too (February after January, whatever their days); any other range, an ISO week
 * included, steps back by its number of days.
 */
export function trendPeriods(period: Period, count: number = TREND_PERIODS): Period[] {
  assertPeriod(period);
  const from = utcDay(period.from);
  const months = wholeMonths(period);
  const days = daysInPeriod(period);
  const back = (steps: number): Period =>
    months === null
      ? { from: addDays(period.from, -steps * days), to: addDays(period.to, -steps * days) }
      : { from: calendarDateOf(addMonths(from, -steps * months)), to: calendarDateOf(endOfMonth(addMonths(from, -steps * months + months - 1))) };
  return Array.from({ length: count }, (_, i) => back(count - 1 - i));
}
