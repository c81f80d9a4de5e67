import type { KpiSettings } from "@/lib/records/settings";
import type { KpiDataset } from "./dataset";
import { computeDevices } from "./devices";
import { assertPeriod, previousPeriod, type Period } from "../period";
import type { KpiReport, KpiSections } from "../report-schema";
import { computeProfitability } from "./profitability";
import { computeRevenue, revenueEarned } from "./revenue";
import { computeScorecards } from "./scorecards";
import { computeTechnicians } from "./technicians";
import { computeTickets } from "./tickets";

/** The sections of the report for one period. */
export function computeKpiSections(data: KpiDataset, period: Period, settings: KpiSettings): KpiSections {
  assertPeriod(period);
  return {
    revenue: computeRevenue(data, period),
    technicians: computeTechnicians(data, period, settings, revenueEarned(data, period)),
    tickets: computeTickets(data, period, settings),
    devices: computeDevices(data, period, settings.timeZone),
    profitability: computeProfitability(data, period, settings),
    scorecards: computeScorecards(data, period, settings),
  };
}

/** Every figure of docs/kpis.md for P, and the same figures for the previous period. */
export function computeKpiReport(data: KpiDataset, period: Period, settings: KpiSettings): KpiReport {
  const current = computeKpiSections(data, period, settings);
  return {
    period: { from: period.from, to: period.to },
    ...current,
    previous: computeKpiSections(data, previousPeriod(period), settings),
  };
}
