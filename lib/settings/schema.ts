import { z } from "zod";
import type { Role } from "@/lib/auth/roles";
import { isCalendarDate } from "@/lib/dates/calendar-date";
import { AppError } from "@/lib/errors";

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
  "hourly_cost",
] as const;
export type SettingsErrorCode = (typeof SETTINGS_ERROR_CODES)[number];

export const PRIORITIES = ["P1", "P2", "P3", "P4"] as const;
export type Priority = (typeof PRIORITIES)[number];

/** SLA targets may be half an hour up to 30 days. */
export const SLA_HOURS_MAX = 720;
/** Thresholds are percentages of available hours; utilization may exceed 100 %. */
export const THRESHOLD_PERCENT_MAX = 200;
export const WEEKLY_CAPACITY_MAX = 168;
export const HOURLY_COST_MAX = 10_000;

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

/** Like decimal(), but an empty field is null: an hourly cost left empty is unknown, not 0. */
function optionalDecimal(code: SettingsErrorCode, max: number) {
  return z
    .string({ error: code })
    .trim()
    .transform((v) => v.replace(",", "."))
    .refine((v) => v === "" || (/^\d+(\.\d+)?$/.test(v) && Number(v) <= max), { error: code })
    .transform((v) => (v === "" ? null : Number(v)));
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
    /** Owners only (see toSettingsUpdate); absent when the form carries no costs. */
    defaultHourlyCost: optionalDecimal("hourly_cost", HOURLY_COST_MAX).optional(),
    /** hourly_cost by technician id; absent when the form carries no costs. */
    hourlyCosts: z.record(z.string().regex(/^\d+$/), optionalDecimal("hourly_cost", HOURLY_COST_MAX)).optional(),
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
  /** null = the form carried no costs: the stored ones stay. A null cost is unknown. */
  hourlyCosts: {
    defaultHourlyCost: string | null;
    technicians: { technicianId: number; hourlyCost: string | null }[];
  } | null;
}

const round = (n: number, dp: number) => Math.round(n * 10 ** dp) / 10 ** dp;

const money = (n: number | null) => (n === null ? null : String(round(n, 2)));

/** Hourly costs are close to salaries: a form from anyone but an owner that carries them is refused (forbidden). */
export function toSettingsUpdate(form: SettingsFormOutput, role: Role): SettingsUpdate {
  const postsCosts = form.defaultHourlyCost !== undefined || form.hourlyCosts !== undefined;
  if (postsCosts && role !== "owner") throw new AppError("forbidden", "Only owners may change hourly costs.");
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
    hourlyCosts: postsCosts
      ? {
          defaultHourlyCost: money(form.defaultHourlyCost ?? null),
          technicians: Object.entries(form.hourlyCosts ?? {})
            .map(([id, cost]) => ({ technicianId: Number(id), hourlyCost: money(cost) }))
            .sort((a, b) => a.technicianId - b.technicianId),
        }
      : null,
  };
}

/** The FormData the settings form posts, as the plain object SettingsForm parses. */
export function settingsFormInput(data: FormData): Record<string, unknown> {
  const text = (name: string) => {
    const v = data.get(name);
    return typeof v === "string" ? v : undefined;
  };
  const capacities = byTechnician(data, "capacity");
  const hourlyCosts = byTechnician(data, "hourlyCost");
  return {
    timeZone: text("timeZone"),
    currency: text("currency"),
    holidays: data.getAll("holidays").filter((v): v is string => typeof v === "string" && v !== ""),
    sla: Object.fromEntries(PRIORITIES.map((p) => [p, text(`sla.${p}`)])),
    workloadUpper: text("workloadUpper"),
    workloadLower: text("workloadLower"),
    capacities,
    defaultHourlyCost: text("defaultHourlyCost"),
    hourlyCosts: Object.keys(hourlyCosts).length > 0 ? hourlyCosts : undefined,
  };
}

/** The values of inputs named `<prefix>.<technician id>`, by id. */
function byTechnician(data: FormData, prefix: string): Record<string, string> {
  const pattern = new RegExp(`^${prefix}\\.(\\d+)$`);
  const out: Record<string, string> = {};
  for (const [name, value] of data.entries()) {
    const id = pattern.exec(name)?.[1];
    if (id && typeof value === "string") out[id] = value;
  }
  return out;
}

/** Field name (as the form names its inputs) → error code, first issue per field. */
export function settingsFieldErrors(error: z.ZodError): Record<string, SettingsErrorCode> {
  const out: Record<string, SettingsErrorCode> = {};
  for (const issue of error.issues) {
    const [head, key] = issue.path.map(String);
    const field =
      head === "sla" ? `sla.${key}` : head === "capacities" ? `capacity.${key}` : head === "hourlyCosts" ? `hourlyCost.${key}` : head === "holidays" ? "holidays" : (head ?? "form");
    const code = (SETTINGS_ERROR_CODES as readonly string[]).includes(issue.message) ? (issue.message as SettingsErrorCode) : null;
    if (code && !(field in out)) out[field] = code;
  }
  return out;
}
