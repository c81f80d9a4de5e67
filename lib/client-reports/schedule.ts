import { TZDate } from "@date-fns/tz";
import { addMonths, startOfMonth, startOfQuarter } from "date-fns";
import { addDays, calendarDateOf, utcDay } from "@/lib/dates/calendar-date";
import { localDate } from "@/lib/kpi/instant";
import type { Period } from "@/lib/kpi/period";
import { resolvePeriodPreset } from "@/lib/kpi/presets";

export const CADENCES = ["monthly", "quarterly"] as const;
export type Cadence = (typeof CADENCES)[number];

/** The latest day after the period's end a report may wait: every month has it. */
export const MAX_DAYS_AFTER = 28;
/** Reports go out at this hour of their day, in the org's time zone. */
export const REPORT_HOUR = 7;

export interface ReportSlot {
  cadence: Cadence;
  daysAfter: number;
}

/** The period a report made at `now` covers: the last full month or quarter in the org's time zone. */
export function reportPeriod(now: Date, cadence: Cadence, timeZone: string): Period {
  return resolvePeriodPreset(cadence === "monthly" ? "last-month" : "last-quarter", now, timeZone);
}

/** When the next report is due strictly after `after`: day N after a period ends, 07:00 local. */
export function nextReportDue(after: Date, slot: ReportSlot, timeZone: string): Date {
  const today = utcDay(localDate(after, timeZone));
  const periodStart = slot.cadence === "monthly" ? startOfMonth(today) : startOfQuarter(today);
  const months = slot.cadence === "monthly" ? 1 : 3;
  for (const start of [periodStart, addMonths(periodStart, months)]) {
    const [y, m, d] = addDays(calendarDateOf(start), slot.daysAfter - 1).split("-").map(Number) as [number, number, number];
    const due = new Date(new TZDate(y, m - 1, d, REPORT_HOUR, 0, 0, timeZone).getTime());
    if (due > after) return due;
  }
  throw new Error("unreachable: a period's report day recurs within two periods");
}
