import type { KpiDataset } from "./dataset";
import { costRates, type CostRateSettings } from "./cost-rates";
import { mapToRecord } from "../maps";
import type { Period } from "../period";
import type { TechnicianCost } from "../report-schema";
import { roundMoney, ZERO } from "../round";
import { technicianHours } from "./technicians";

/**
 * Per listed technician: cost_rate and labour_cost = logged_hours × cost_rate (null without a rate);
 * and unlogged_capacity_cost = Σ cost_rate × max(0, available − logged) over those with a rate.
 */
export function technicianLabour(
  data: Pick<KpiDataset, "technicians" | "timeEntries">,
  period: Period,
  settings: CostRateSettings & { holidays: readonly string[] },
): { byTechnician: Record<string, TechnicianCost>; unloggedCapacityCost: number } {
  const rates = costRates(data, settings);
  const hours = technicianHours(data, period, settings.holidays);
  let unlogged = ZERO;
  for (const [name, h] of hours) {
    const rate = rates.get(name) ?? null;
    const idle = h.available.minus(h.logged);
    if (rate !== null && idle.gt(0)) unlogged = unlogged.plus(rate.times(idle));
  }
  return {
    byTechnician: mapToRecord(hours, (h, name) => {
      const rate = rates.get(name) ?? null;
      return { cost_rate: rate === null ? null : roundMoney(rate), labour_cost: rate === null ? null : roundMoney(h.logged.times(rate)) };
    }),
    unloggedCapacityCost: roundMoney(unlogged),
  };
}
