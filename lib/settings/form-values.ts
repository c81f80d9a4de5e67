import type { ActionState } from "@/lib/forms/action-result";
import type { KpiSettings } from "@/lib/records/settings";
import { PRIORITIES, type Priority, type SettingsErrorCode } from "./schema";

// What the settings form starts from (strings, as inputs hold them) and what the save action answers.

export interface SettingsFormValues {
  timeZone: string;
  currency: string;
  holidays: string[];
  /** Hours, e.g. "1", "0.5", "24". */
  sla: Record<Priority, string>;
  /** Percent, e.g. "90". */
  workloadUpper: string;
  workloadLower: string;
  /** weekly_capacity_hours by technician id. */
  capacities: Record<string, string>;
  /** Owners only; "" = unknown. Absent for anyone else, so the form neither shows nor posts costs. */
  hourlyCosts?: { defaultHourlyCost: string; technicians: Record<string, string> };
}

/** The stored hourly costs (null = unknown), as db/queries/settings.ts reads them. */
export interface StoredHourlyCosts {
  defaultHourlyCost: string | null;
  technicians: Record<string, string | null>;
}

const plain = (n: number, dp: number) => String(Math.round(n * 10 ** dp) / 10 ** dp);

const cost = (value: string | null | undefined) => (value == null ? "" : plain(Number(value), 2));

export function settingsFormValues(
  settings: KpiSettings,
  technicians: { id: number; weekly_capacity_hours: string }[],
  hourlyCosts: StoredHourlyCosts | null = null,
): SettingsFormValues {
  return {
    timeZone: settings.timeZone,
    currency: settings.currency,
    holidays: [...settings.holidays].sort(),
    sla: Object.fromEntries(PRIORITIES.map((p) => [p, plain(settings.slaTargetMinutes[p] / 60, 2)])) as Record<Priority, string>,
    workloadUpper: plain(settings.workloadUpper * 100, 2),
    workloadLower: plain(settings.workloadLower * 100, 2),
    capacities: Object.fromEntries(technicians.map((t) => [String(t.id), plain(Number(t.weekly_capacity_hours), 2)])),
    ...(hourlyCosts && {
      hourlyCosts: {
        defaultHourlyCost: cost(hourlyCosts.defaultHourlyCost),
        technicians: Object.fromEntries(technicians.map((t) => [String(t.id), cost(hourlyCosts.technicians[String(t.id)])])),
      },
    }),
  };
}

/** "invalid" comes with the codes of the fields to fix. */
export type SaveSettingsState = ActionState<{ savedAt: number }, "invalid" | "not_found" | "forbidden" | "unknown", SettingsErrorCode>;
