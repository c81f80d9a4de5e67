import { z } from "zod";
import { CalendarDate } from "@/lib/dates/calendar-date-schema";
import { isCalendarDate } from "@/lib/dates/calendar-date";
import { daysInPeriod, type Period } from "./period";
import { PERIOD_PRESETS, resolvePeriodPreset, type PeriodPreset } from "./presets";

const DEFAULT_PERIOD_PRESET: PeriodPreset = "last-month";
const MAX_DAYS = 366 * 3;

// The period lives in the URL (?period=last-quarter, or ?from=…&to=…) so a view can be bookmarked.
const PeriodParams = z
  .object({
    period: z.enum([...PERIOD_PRESETS, "custom"]).optional(),
    from: CalendarDate.optional(),
    to: CalendarDate.optional(),
  })
  .refine((p) => (p.from === undefined) === (p.to === undefined), { message: "from and to go together", path: ["to"] })
  .refine((p) => !p.from || !p.to || p.from <= p.to, { message: "from must not be after to", path: ["from"] })
  // Refinements run even when a date failed above, so only real dates are measured.
  .refine((p) => !p.from || !p.to || !isCalendarDate(p.from) || !isCalendarDate(p.to) || daysInPeriod({ from: p.from, to: p.to }) <= MAX_DAYS, {
    message: "a period may span at most three years",
    path: ["to"],
  });

export interface ResolvedPeriod {
  period: Period;
  preset: PeriodPreset | "custom";
}

/** Reads the period from URL search params; anything unreadable falls back to the default preset. */
export function periodFromSearchParams(
  params: Record<string, string | string[] | undefined>,
  today: Date | string,
  timeZone: string,
): ResolvedPeriod {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const parsed = PeriodParams.safeParse({ period: first(params.period), from: first(params.from), to: first(params.to) });
  if (parsed.success && parsed.data.from && parsed.data.to) {
    return { period: { from: parsed.data.from, to: parsed.data.to }, preset: "custom" };
  }
  const preset = parsed.success && parsed.data.period && parsed.data.period !== "custom" ? parsed.data.period : DEFAULT_PERIOD_PRESET;
  return { period: resolvePeriodPreset(preset, today, timeZone), preset };
}

/** The query string for a period: a preset by name, a custom range by its dates. */
export function periodSearch(resolved: ResolvedPeriod): string {
  return resolved.preset === "custom"
    ? `from=${resolved.period.from}&to=${resolved.period.to}`
    : `period=${resolved.preset}`;
}
