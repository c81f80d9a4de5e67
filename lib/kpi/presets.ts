import {
  endOfISOWeek, endOfMonth, endOfQuarter, endOfYear, startOfISOWeek, startOfMonth, startOfQuarter, startOfYear, subMonths, subQuarters, subWeeks,
  subYears,
} from "date-fns";
import { calendarDateOf, isCalendarDate, utcDay } from "@/lib/dates/calendar-date";
import { localDate } from "./instant";
import type { Period } from "./period";

export const PERIOD_PRESETS = [
  "this-week",
  "last-week",
  "this-month",
  "last-month",
  "this-quarter",
  "last-quarter",
  "this-year",
  "last-year",
] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/**
 * The period a preset stands for, seen from `today` in the organisation's time zone.
 * "this-…" runs from the start of the current week/month/quarter/year up to and including today
 * (figures for days that have not happened yet would be projections); "last-…" is the whole
 * previous week/month/quarter/year. Weeks are ISO weeks (Monday first).
 * `today` is an instant (Date or ISO string), or a "YYYY-MM-DD" already in local time.
 */
export function resolvePeriodPreset(preset: PeriodPreset, today: Date | string, timeZone: string): Period {
  const local = typeof today === "string" && isCalendarDate(today) ? today : localDate(today, timeZone);
  const day = utcDay(local);
  /** The whole week, month, quarter or year a date-fns day lies in. */
  const around = (d: Date, start: (d: Date) => Date, end: (d: Date) => Date): Period => ({ from: calendarDateOf(start(d)), to: calendarDateOf(end(d)) });
  switch (preset) {
    case "this-week":
      return { from: calendarDateOf(startOfISOWeek(day)), to: local };
    case "last-week":
      return around(subWeeks(day, 1), startOfISOWeek, endOfISOWeek);
    case "this-month":
      return { from: calendarDateOf(startOfMonth(day)), to: local };
    case "last-month":
      return around(subMonths(day, 1), startOfMonth, endOfMonth);
    case "this-quarter":
      return { from: calendarDateOf(startOfQuarter(day)), to: local };
    case "last-quarter":
      return around(subQuarters(day, 1), startOfQuarter, endOfQuarter);
    case "this-year":
      return { from: calendarDateOf(startOfYear(day)), to: local };
    case "last-year":
      return around(subYears(day, 1), startOfYear, endOfYear);
  }
}
