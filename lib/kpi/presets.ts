import { addDays, daysInMonth, isoWeekday } from "./calendar";
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

const pad = (n: number) => String(n).padStart(2, "0");
const date = (y: number, m: number, d: number) => `${String(y).padStart(4, "0")}-${pad(m)}-${pad(d)}`;

/**
 * The period a preset stands for, seen from `today` in the organisation's time zone.
 * "this-…" runs from the start of the current week/month/quarter/year up to and including today
 * (figures for days that have not happened yet would be projections); "last-…" is the whole
 * previous week/month/quarter/year. Weeks are ISO weeks (Monday first).
 * `today` is an instant (Date or ISO string), or a "YYYY-MM-DD" already in local time.
 */
export function resolvePeriodPreset(preset: PeriodPreset, today: Date | string, timeZone: string): Period {
  const local = typeof today === "string" && /^\d{4}-\d{2}-\d{2}$/.test(today) ? today : localDate(today, timeZone);
  const y = Number(local.slice(0, 4));
  const m = Number(local.slice(5, 7));
  const quarterStart = m - ((m - 1) % 3);
  switch (preset) {
    case "this-week":
      return { from: addDays(local, 1 - isoWeekday(local)), to: local };
    case "last-week": {
      const monday = addDays(local, 1 - isoWeekday(local) - 7);
      return { from: monday, to: addDays(monday, 6) };
    }
    case "this-month":
      return { from: date(y, m, 1), to: local };
    case "last-month": {
      const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1];
      return { from: date(py, pm, 1), to: date(py, pm, daysInMonth(py, pm)) };
    }
    case "this-quarter":
      return { from: date(y, quarterStart, 1), to: local };
    case "last-quarter": {
      const [py, pm] = quarterStart === 1 ? [y - 1, 10] : [y, quarterStart - 3];
      return { from: date(py, pm, 1), to: date(py, pm + 2, daysInMonth(py, pm + 2)) };
    }
    case "this-year":
      return { from: date(y, 1, 1), to: local };
    case "last-year":
      return { from: date(y - 1, 1, 1), to: date(y - 1, 12, 31) };
  }
}
