import type Big from "big.js";
import type { KpiSettings } from "@/lib/records/settings";
import type { KpiDataset, KpiTimeEntry } from "./dataset";
import { dec } from "../round";

export type CostRateSettings = Pick<KpiSettings, "defaultHourlyCost">;

/**
 * cost_rate[t]: t's hourly_cost, else default_hourly_cost, else null. Someone named only in time
 * entries (no technician record) has no hourly_cost of their own, so the default applies.
 */
export function costRates(data: Pick<KpiDataset, "technicians" | "timeEntries">, settings: CostRateSettings): Map<string, Big | null> {
  const fallback = settings.defaultHourlyCost === null ? null : dec(settings.defaultHourlyCost);
  const rates = new Map<string, Big | null>();
  for (const t of data.technicians) if (!rates.has(t.technician)) rates.set(t.technician, t.hourly_cost === null ? fallback : dec(t.hourly_cost));
  for (const e of data.timeEntries) if (!rates.has(e.technician)) rates.set(e.technician, fallback);
  return rates;
}

/** A time entry's category, with the default for an empty one: reactive when it has a ticket, else internal. */
export function entryCategory(entry: Pick<KpiTimeEntry, "category" | "ticket_id">): NonNullable<KpiTimeEntry["category"]> {
  return entry.category ?? (entry.ticket_id === null ? "internal" : "reactive");
}
