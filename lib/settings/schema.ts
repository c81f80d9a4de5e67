import { z } from "zod";
import { isCalendarDate } from "@/lib/dates/calendar-date";

// The settings form as the server action receives it (strings from FormData) and what it becomes:
// the values db/queries/org-settings.ts stores. Issue messages are codes (see SETTINGS_ERROR_CODES), so
// the form can show them in the reader's language.

export const SETTINGS_ERROR_CODES = [
  "time_zone",
  "currency",
  "holiday",
  "sla_hours",
  "percent",
  "thresholds_order",
  "capacity",
] as const;
export type SettingsErrorCode = (typeof SETTINGS_ERROR_CODES)[number];

export const PRIORITIES = ["P1", "P2", "P3", "P4"] as const;
export type Priority = (typeof PRIORITIES)[number];

/** SLA targets may be half an hour up to 30 days. */
export const SLA_HOURS_MAX = 720;
/** Thresholds are percentages of available hours; utilization may exceed 100 %. */
export const THRESHOLD_PERCENT_MAX = 200;
export const WEEKLY_CAPACITY_MAX = 168;

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Every IANA zone this runtime knows, UTC first (Intl leaves UTC out of its list). */
export function timeZoneOptions(current?: string): string[] {
  const zones = new Set(["UTC", ...Intl.supportedValuesOf("timeZone")]);
  if (current) zones.add(current);
  return [...zones];
}

const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

/** "7,5" (a German keyboard) and "7.5" both read as 7.5; "", "abc" and "1e3" do not. */
function decimal(code: SettingsErrorCode, min: number, max: number, options: { exclusiveMin?: boolean } = {}) {
  return z
    .string({ error: code })
    .trim()
    .transform((v) => v.replace(",", "."))
    .refine((v) => /^\d+(\.\d+)?$/.test(v), { error: code })
    .transform(Number)
    .refine((n) => (options.exclusiveMin ? n > min : n >= min) && n <= max, { error: code });
}

export const SettingsForm = z
  .object({
    timeZone: z.string({ error: "time_zone" }).trim().refine(isTimeZone, { error: "time_zone" }),
    currency: z
      .string({ error: "currency" })
      .trim()
      .toUpperCase()
      .refine((c) => /^[A-Z]{3}$/.test(c) && CURRENCIES.has(c), { error: "currency" }),
    holidays: z
      .array(z.string().trim().refine(isCalendarDate, { error: "holiday" }))
      .max(366, { error: "holiday" })
      .transform((days) => [...new Set(days)].sort()),
    sla: z.object({
      P1: decimal("sla_hours", 0, SLA_HOURS_MAX, { exclusiveMin: true }),
      P2: decimal("sla_hours", 0, SLA_HOURS_MAX, { exclusiveMin: true }),
      P3: decimal("sla_hours", 0, SLA_HOURS_MAX, { exclusiveMin: true }),
      P4: decimal("sla_hours", 0, SLA_HOURS_MAX, { exclusiveMin: true }),
    }),
    workloadUpper: decimal("percent", 0, THRESHOLD_PERCENT_MAX),
    workloadLower: decimal("percent", 0, THRESHOLD_PERCENT_MAX),
    /** weekly_capacity_hours by technician id. */
    capacities: z.record(z.string().regex(/^\d+$/), decimal("capacity", 0, WEEKLY_CAPACITY_MAX)),
  })
  .refine((f) => f.workloadLower < f.workloadUpper, { error: "thresholds_order", path: ["workloadLower"] });
export type SettingsFormInput = z.input<typeof SettingsForm>;
export type SettingsFormOutput = z.output<typeof SettingsForm>;

/** What gets stored: SLA targets in minutes, thresholds as fractions, capacities as decimal strings. */
export interface SettingsUpdate {
  timeZone: string;
  currency: string;
  holidays: string[];
  slaTargetMinutes: Record<Priority, number>;
  workloadUpper: number;
  workloadLower: number;
  capacities: { technicianId: number; weeklyCapacityHours: string }[];
}

const round = (n: number, dp: number) => Math.round(n * 10 ** dp) / 10 ** dp;

export function toSettingsUpdate(form: SettingsFormOutput): SettingsUpdate {
  return {
    timeZone: form.timeZone,
    currency: form.currency,
    holidays: form.holidays,
    slaTargetMinutes: {
      P1: Math.round(form.sla.P1 * 60),
      P2: Math.round(form.sla.P2 * 60),
      P3: Math.round(form.sla.P3 * 60),
      P4: Math.round(form.sla.P4 * 60),
    },
    // 90 (%) → 0.9; kept to 4 decimals like every other ratio.
    workloadUpper: round(form.workloadUpper / 100, 4),
    workloadLower: round(form.workloadLower / 100, 4),
    capacities: Object.entries(form.capacities)
      .map(([id, hours]) => ({ technicianId: Number(id), weeklyCapacityHours: String(round(hours, 2)) }))
      .sort((a, b) => a.technicianId - b.technicianId),
  };
}

/** The FormData the settings form posts, as the plain object SettingsForm parses. */
export function settingsFormInput(data: FormData): Record<string, unknown> {
  const text = (name: string) => {
    const v = data.get(name);
    return typeof v === "string" ? v : undefined;
  };
  const capacities: Record<string, string> = {};
  for (const [name, value] of data.entries()) {
    const m = /^capacity\.(\d+)$/.exec(name);
    if (m?.[1] && typeof value === "string") capacities[m[1]] = value;
  }
  return {
    timeZone: text("timeZone"),
    currency: text("currency"),
    holidays: data.getAll("holidays").filter((v): v is string => typeof v === "string" && v !== ""),
    sla: Object.fromEntries(PRIORITIES.map((p) => [p, text(`sla.${p}`)])),
    workloadUpper: text("workloadUpper"),
    workloadLower: text("workloadLower"),
    capacities,
  };
}

/** Field name (as the form names its inputs) → error code, first issue per field. */
export function settingsFieldErrors(error: z.ZodError): Record<string, SettingsErrorCode> {
  const out: Record<string, SettingsErrorCode> = {};
  for (const issue of error.issues) {
    const [head, key] = issue.path.map(String);
    const field =
      head === "sla" ? `sla.${key}` : head === "capacities" ? `capacity.${key}` : head === "holidays" ? "holidays" : (head ?? "form");
    const code = (SETTINGS_ERROR_CODES as readonly string[]).includes(issue.message) ? (issue.message as SettingsErrorCode) : null;
    if (code && !(field in out)) out[field] = code;
  }
  return out;
}
