import "server-only";
import { z } from "zod";
import { CalendarDate } from "@/lib/dates/calendar-date-schema";
import { isCalendarDate } from "@/lib/dates/calendar-date";
import { daysInPeriod } from "@/lib/kpi/period";

// The period a KPI report is asked for, from a query string or CLI flags: two real calendar
// dates, from ≤ to, at most three years (the same limit as the dashboard's period in the URL).
const MAX_PERIOD_DAYS = 366 * 3;

export const KpiPeriodQuery = z
  .object({ from: CalendarDate, to: CalendarDate })
  .refine((p) => p.from <= p.to, { message: "must not be after to", path: ["from"] })
  // Refinements run even when a date failed above, so only real dates are measured.
  .refine((p) => !isCalendarDate(p.from) || !isCalendarDate(p.to) || daysInPeriod(p) <= MAX_PERIOD_DAYS, { message: `the period may span at most three years (${MAX_PERIOD_DAYS} days)`, path: ["to"] });

/** The period of a request's `?from=&to=`; a ZodError here is the caller's (400, naming the parameter). */
export function kpiPeriodOfUrl(url: string): z.infer<typeof KpiPeriodQuery> {
  const params = new URL(url).searchParams;
  return KpiPeriodQuery.parse({ from: params.get("from") ?? undefined, to: params.get("to") ?? undefined });
}

/** "from: must not be after to" — each problem prefixed by the parameter it is about. */
export function describePeriodIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join(".") || "period"}: ${i.message}`).join("; ");
}

export type KpiPeriodQuery = z.infer<typeof KpiPeriodQuery>;
