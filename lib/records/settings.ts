import { z } from "zod";
import { CalendarDate } from "@/lib/dates/calendar-date-schema";

// Org settings that change figures; defaults are those of docs/kpis.md.
export const KpiSettings = z.object({
  timeZone: z.string().min(1).default("UTC"),
  currency: z.string().length(3).default("EUR"),
  holidays: z.array(CalendarDate).default([]),
  slaTargetMinutes: z
    .object({ P1: z.number().positive(), P2: z.number().positive(), P3: z.number().positive(), P4: z.number().positive() })
    .default({ P1: 60, P2: 240, P3: 480, P4: 1440 }),
  workloadUpper: z.number().min(0).default(0.9),
  workloadLower: z.number().min(0).default(0.5),
  /** Cost of one working hour for technicians without their own hourly_cost; null = none. */
  defaultHourlyCost: z.number().min(0).nullable().default(null),
});
export type KpiSettings = z.infer<typeof KpiSettings>;
export const DEFAULT_KPI_SETTINGS: KpiSettings = KpiSettings.parse({});
