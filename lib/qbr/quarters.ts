import { endOfQuarter, getQuarter, getYear, startOfQuarter, subQuarters } from "date-fns";
import { calendarDateOf, utcDay } from "@/lib/dates/calendar-date";
import type { Period } from "@/lib/kpi/period";

export interface Quarter extends Period {
  /** "2026-Q3" */
  key: string;
}

/** The last `count` full quarters before the one `today` (YYYY-MM-DD, local) lies in, newest first. */
export function recentQuarters(today: string, count: number): Quarter[] {
  return Array.from({ length: count }, (_, i) => {
    const day = subQuarters(utcDay(today), i + 1);
    return { key: `${getYear(day)}-Q${getQuarter(day)}`, from: calendarDateOf(startOfQuarter(day)), to: calendarDateOf(endOfQuarter(day)) };
  });
}
