import { TZDate } from "@date-fns/tz";
import { addDays, isoWeekday, isoWeekKey } from "@/lib/dates/calendar-date";
import { localDate } from "@/lib/kpi/instant";
import type { Period } from "@/lib/kpi/period";
import { resolvePeriodPreset } from "@/lib/kpi/presets";

/** When a member's digest goes out: an ISO weekday (1 = Monday) and an hour, in the org's time zone. */
export interface DigestSlot {
  weekday: number;
  hour: number;
}

export const DEFAULT_DIGEST_SLOT: DigestSlot = { weekday: 1, hour: 7 };

/** The first slot strictly after `after`: Monday 07:00 local after Monday 07:00 is next Monday's. */
export function nextDigestDue(after: Date, slot: DigestSlot, timeZone: string): Date {
  const today = localDate(after, timeZone);
  for (let offset = 0; offset <= 7; offset++) {
    const day = addDays(today, offset);
    if (isoWeekday(day) !== slot.weekday) continue;
    const [y, m, d] = day.split("-").map(Number) as [number, number, number];
    const due = new Date(new TZDate(y, m - 1, d, slot.hour, 0, 0, timeZone).getTime());
    if (due > after) return due;
  }
  throw new Error("unreachable: a weekday recurs within 8 days");
}

/** The week a digest sent at `now` covers: the last full ISO week in the org's time zone. */
export function digestWeek(now: Date, timeZone: string): { period: Period; week: string } {
  const period = resolvePeriodPreset("last-week", now, timeZone);
  return { period, week: isoWeekKey(period.from) };
}
