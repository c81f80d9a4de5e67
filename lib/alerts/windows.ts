import { addDays } from "@/lib/dates/calendar-date";
import { localDate } from "@/lib/kpi/instant";
import type { Period } from "@/lib/kpi/period";
import { resolvePeriodPreset } from "@/lib/kpi/presets";

// The windows a rule looks at, resolved in the org's time zone at evaluation time. "this-…"
// windows run up to today, so they grow during the week, month or quarter.

export const ALERT_WINDOWS = ["this-week", "last-7-days", "this-month", "last-30-days", "this-quarter"] as const;
export type AlertWindow = (typeof ALERT_WINDOWS)[number];

/** How many weeks the "times its average" comparator averages over, right before the window. */
export const BASELINE_WEEKS = 8;

/** The window's full length in days, to scale a weekly average to it (a partial "this-…" window counts in full). */
export const WINDOW_DAYS: Record<AlertWindow, number> = {
  "this-week": 7,
  "last-7-days": 7,
  "this-month": 30,
  "last-30-days": 30,
  "this-quarter": 91,
};

export function resolveAlertWindow(window: AlertWindow, now: Date, timeZone: string): Period {
  const today = localDate(now, timeZone);
  switch (window) {
    case "last-7-days":
      return { from: addDays(today, -6), to: today };
    case "last-30-days":
      return { from: addDays(today, -29), to: today };
    default:
      return resolvePeriodPreset(window, today, timeZone);
  }
}

/** The BASELINE_WEEKS whole weeks of days right before the window starts. */
export function baselinePeriod(period: Period): Period {
  return { from: addDays(period.from, -7 * BASELINE_WEEKS), to: addDays(period.from, -1) };
}
