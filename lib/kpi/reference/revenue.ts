import type Big from "big.js";
import { dayNumber } from "@/lib/dates/calendar-date";
import type { KpiContract, KpiDataset, KpiTimeEntry } from "./dataset";
import { mapToRecord } from "../maps";
import { activeOn, computeMrrBridge, mrrByClient, mrrByClientService } from "./mrr";
import { inPeriod, type Period } from "../period";
import type { RevenueSection } from "../report-schema";
import { dec, fraction, moneyRatio, ratio, roundMoney, sum, ZERO, type Fraction } from "../round";
import { billedAmount, entriesIn } from "./time-entries";

/** Days of P on which the contract is active (its [start_date, end_date] overlapping P). */
export function activeDaysInPeriod(contract: Pick<KpiContract, "start_date" | "end_date">, period: Period): number {
  const first = Math.max(dayNumber(contract.start_date), dayNumber(period.from));
  const last = Math.min(contract.end_date === null ? Infinity : dayNumber(contract.end_date), dayNumber(period.to));
  return Math.max(0, last - first + 1);
}

/**
 * Revenue earned in P: Σ monthly_value × 12 / 365 × active days. Kept as the exact fraction
 * Σ(monthly_value × 12 × active days) / 365 — one division, at the end.
 */
export function recurringRevenue(contracts: readonly KpiContract[], period: Period): Fraction {
  const num = sum(contracts.map((c) => dec(c.monthly_value).times(12).times(activeDaysInPeriod(c, period))));
  return fraction(num, 365);
}

/** Σ billed amount of the time entries with work_date in P. */
export function billedTimeRevenue(entries: readonly KpiTimeEntry[], period: Period): Big {
  return sum(entriesIn(entries, period).map(billedAmount));
}

/** recurring_revenue + billed_time_revenue, exact: what revenue_per_technician divides. */
export function revenueEarned(data: Pick<KpiDataset, "contracts" | "timeEntries">, period: Period): Fraction {
  const recurring = recurringRevenue(data.contracts, period);
  return fraction(recurring.num.plus(billedTimeRevenue(data.timeEntries, period).times(recurring.den)), recurring.den);
}

/** Per salesperson: Σ monthly_value of their contracts starting in P and active on E. */
export function bookedMrr(contracts: readonly KpiContract[], period: Period): Map<string, Big> {
  const booked = new Map<string, Big>();
  for (const c of contracts) {
    if (c.salesperson === null || !inPeriod(c.start_date, period) || !activeOn(c, period.to)) continue;
    booked.set(c.salesperson, (booked.get(c.salesperson) ?? ZERO).plus(c.monthly_value));
  }
  return booked;
}

/** Per service with a contract active on day d: Σ MRR(c, s, d), and how many clients have MRR(c, s, d) > 0. */
export function serviceMrr(contracts: readonly KpiContract[], day: string): Map<string, { mrr: Big; clients: number }> {
  const byService = new Map<string, { mrr: Big; clients: number }>();
  for (const services of mrrByClientService(contracts, day).values()) {
    for (const [service, mrr] of services) {
      const seen = byService.get(service) ?? { mrr: ZERO, clients: 0 };
      byService.set(service, { mrr: seen.mrr.plus(mrr), clients: seen.clients + (mrr.gt(0) ? 1 : 0) });
    }
  }
  return byService;
}

export function computeRevenue(data: Pick<KpiDataset, "contracts" | "timeEntries">, period: Period): RevenueSection {
  const E = period.to;
  const bridge = computeMrrBridge(data.contracts, period);
  const activeContracts = data.contracts.filter((c) => activeOn(c, E));
  const activeClients = [...mrrByClient(data.contracts, E).values()].filter((m) => m.gt(0)).length;
  const newClients = new Set(bridge.newClients);
  const newClientContracts = activeContracts.filter((c) => newClients.has(c.client)).length;
  const recurring = recurringRevenue(data.contracts, period);
  const services = serviceMrr(data.contracts, E);
  return {
    mrr: roundMoney(bridge.mrr),
    mrr_start: roundMoney(bridge.mrrStart),
    active_contracts: activeContracts.length,
    active_clients: activeClients,
    average_contract_value: moneyRatio(bridge.mrr, dec(activeContracts.length)),
    revenue_per_client: moneyRatio(bridge.mrr, dec(activeClients)),
    new_clients: newClients.size,
    new_mrr: roundMoney(bridge.newMrr),
    new_client_average_contract_value: moneyRatio(bridge.newMrr, dec(newClientContracts)),
    upsell_mrr: roundMoney(bridge.upsellMrr),
    cross_sell_mrr: roundMoney(bridge.crossSellMrr),
    contraction_mrr: roundMoney(bridge.contractionMrr),
    churned_mrr: roundMoney(bridge.churnedMrr),
    churned_clients: bridge.churnedClients.length,
    reactivated_mrr: roundMoney(bridge.reactivatedMrr),
    net_new_mrr: roundMoney(bridge.netNewMrr),
    service_mrr: mapToRecord(services, (s) => roundMoney(s.mrr)),
    service_coverage: mapToRecord(services, (s) => ratio(dec(s.clients), dec(activeClients))),
    recurring_revenue: moneyRatio(recurring.num, recurring.den) ?? 0,
    billed_time_revenue: roundMoney(billedTimeRevenue(data.timeEntries, period)),
    booked_mrr: mapToRecord(bookedMrr(data.contracts, period), roundMoney),
  };
}
