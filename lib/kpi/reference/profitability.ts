import type Big from "big.js";
import type { KpiContract, KpiDataset } from "./dataset";
import { costRates, entryCategory, type CostRateSettings } from "./cost-rates";
import { managedDevicesOn } from "./devices";
import { mapToRecord } from "../maps";
import { activeOn } from "./mrr";
import { daysInPeriod, type Period } from "../period";
import type { ClientProfitability, ProfitabilitySection } from "../report-schema";
import { dec, figureRatio, moneyRatio, ratio, roundFigure, roundMoney, sum, ZERO } from "../round";
import { activeDaysInPeriod } from "./revenue";
import { technicianLabour } from "./technician-labour";
import { billedAmount, entriesIn } from "./time-entries";

/**
 * The exact inputs of one client's (or the whole business's) profitability figures. Contract
 * money stays a numerator over 365 (× 12 × active days), so every figure divides once, at the end.
 */
export interface ProfitTotals {
  /** Σ monthly_value × 12 × active days of P (÷ 365 = recurring revenue earned). */
  recurring: Big;
  /** Σ monthly_cost × 12 × active days of P over contracts with a monthly_cost (÷ 365 = hard_cost). */
  hardCost: Big;
  billed: Big;
  logged: Big;
  /** Hours of the entries whose technician has a cost rate, and what they cost. */
  costed: Big;
  labour: Big;
  reactive: Big;
  /** Managed devices on E. */
  devices: number;
}

const emptyTotals = (): ProfitTotals => ({ recurring: ZERO, hardCost: ZERO, billed: ZERO, logged: ZERO, costed: ZERO, labour: ZERO, reactive: ZERO, devices: 0 });

/** revenue_earned × 365, exact. */
const earned365 = (t: ProfitTotals) => t.recurring.plus(t.billed.times(365));

/** Clients listed: revenue_earned > 0 or logged_hours > 0 in P. */
export const isListed = (t: ProfitTotals): boolean => earned365(t).gt(0) || t.logged.gt(0);

/** The ten figures of one client (or of the business) from its exact totals, over a period of `days` days. */
export function profitFigures(t: ProfitTotals, days: number): ClientProfitability {
  const earned = earned365(t);
  const afterHardCost = earned.minus(t.hardCost);
  const profit = afterHardCost.minus(t.labour.times(365));
  return {
    revenue_earned: moneyRatio(earned, dec(365)) ?? 0,
    hard_cost: moneyRatio(t.hardCost, dec(365)) ?? 0,
    labour_cost: roundMoney(t.labour),
    gross_profit: moneyRatio(profit, dec(365)) ?? 0,
    gross_margin: ratio(profit, earned),
    effective_hourly_rate: moneyRatio(afterHardCost, t.logged.times(365)),
    logged_hours: roundFigure(t.logged),
    costed_hours_share: ratio(t.costed, t.logged),
    reactive_hours: roundFigure(t.reactive),
    reactive_hours_per_endpoint: figureRatio(t.reactive.times("30.4375"), dec(t.devices).times(days)),
  };
}

/** Each client's exact totals for P (every client that has a contract, a time entry or a device). */
export function clientProfitTotals(data: Pick<KpiDataset, "contracts" | "technicians" | "timeEntries" | "devices">, period: Period, settings: CostRateSettings): Map<string, ProfitTotals> {
  const byClient = new Map<string, ProfitTotals>();
  const of = (client: string) => {
    let t = byClient.get(client);
    if (!t) byClient.set(client, (t = emptyTotals()));
    return t;
  };
  for (const c of data.contracts) {
    const t = of(c.client);
    const days = activeDaysInPeriod(c, period);
    t.recurring = t.recurring.plus(dec(c.monthly_value).times(12).times(days));
    if (c.monthly_cost !== null) t.hardCost = t.hardCost.plus(dec(c.monthly_cost).times(12).times(days));
  }
  const rates = costRates(data, settings);
  for (const e of entriesIn(data.timeEntries, period)) {
    const t = of(e.client);
    t.logged = t.logged.plus(e.hours);
    t.billed = t.billed.plus(billedAmount(e));
    if (entryCategory(e) === "reactive") t.reactive = t.reactive.plus(e.hours);
    const rate = rates.get(e.technician) ?? null;
    if (rate !== null) {
      t.costed = t.costed.plus(e.hours);
      t.labour = t.labour.plus(dec(e.hours).times(rate));
    }
  }
  for (const d of managedDevicesOn(data.devices, period.to)) of(d.client).devices++;
  return byClient;
}

/** The business totals: sums over the listed clients, with every managed device on E. */
export function businessProfitTotals(listed: readonly ProfitTotals[], managedDevices: number): ProfitTotals {
  const total = (pick: (t: ProfitTotals) => Big) => sum(listed.map(pick));
  return {
    recurring: total((t) => t.recurring),
    hardCost: total((t) => t.hardCost),
    billed: total((t) => t.billed),
    logged: total((t) => t.logged),
    costed: total((t) => t.costed),
    labour: total((t) => t.labour),
    reactive: total((t) => t.reactive),
    devices: managedDevices,
  };
}

/** Σ monthly_value of contracts active on E that have a monthly_cost ÷ mrr. */
export function hardCostCoverage(contracts: readonly KpiContract[], day: string): number | null {
  const active = contracts.filter((c) => activeOn(c, day));
  const covered = sum(active.filter((c) => c.monthly_cost !== null).map((c) => dec(c.monthly_value)));
  return ratio(covered, sum(active.map((c) => dec(c.monthly_value))));
}

export function computeProfitability(data: KpiDataset, period: Period, settings: CostRateSettings & { holidays: readonly string[] }): ProfitabilitySection {
  const days = daysInPeriod(period);
  const listed = new Map([...clientProfitTotals(data, period, settings)].filter(([, t]) => isListed(t)));
  const business = businessProfitTotals([...listed.values()], managedDevicesOn(data.devices, period.to).length);
  const labour = technicianLabour(data, period, settings);
  return {
    ...profitFigures(business, days),
    hard_cost_coverage: hardCostCoverage(data.contracts, period.to),
    unlogged_capacity_cost: labour.unloggedCapacityCost,
    by_client: mapToRecord(listed, (t) => profitFigures(t, days)),
    by_technician: labour.byTechnician,
  };
}
