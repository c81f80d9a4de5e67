import { addDays } from "@/lib/dates/calendar-date";
import type { Period } from "@/lib/kpi/period";
import { resolvePeriodPreset } from "@/lib/kpi/presets";

// What msp-kpi's own data says about the statements it can speak to, gathered by
// db/assessment/evidence.ts. Shares are fractions in [0, 1]; null means "no data".

export interface AssessmentEvidence {
  /** The last full quarter, and the 12 months that end with it. */
  quarter: Period;
  year: Period;
  slaMet: number | null;
  slaMetPreviousQuarter: number | null;
  ticketsPerDevice: number | null;
  ticketsPerDevicePreviousQuarter: number | null;
  teamUtilization: number | null;
  /** Technicians with a workload band in the quarter, and how many of them were balanced. */
  technicians: number;
  balancedTechnicians: number;
  /** Clients with MRR at the quarter's end, and how many of them had managed devices. */
  activeClients: number;
  clientsWithDevices: number;
  /** Among all managed devices at the quarter's end. */
  managedDevices: number;
  patched: number | null;
  avOk: number | null;
  backupOk: number | null;
  seen: number | null;
  /** Tickets resolved in the quarter, and how many of them carry a CSAT rating. */
  ticketsResolved: number;
  csatRated: number;
  csat: number | null;
  mrr: number;
  /** Share of the quarter-end MRR on contracts with a tier. */
  tieredMrrShare: number | null;
  recurringRevenue: number;
  billedTimeRevenue: number;
  /** Over the 12 months. */
  mrrYearStart: number;
  upsellMrr: number;
  crossSellMrr: number;
  churnedClients: number;
  churnedMrr: number;
  revenuePerClient: number | null;
  /** Start of the latest contract that continued one of the same client, service and tier at another unit price. */
  lastPriceChange: string | null;
  today: string;
}

/** The last full quarter before `today` (org time zone) and the 12 months ending with it. */
export function evidencePeriods(today: string, timeZone: string): { quarter: Period; year: Period } {
  const quarter = resolvePeriodPreset("last-quarter", today, timeZone);
  const yearStart = `${Number(quarter.to.slice(0, 4)) - 1}${quarter.to.slice(4)}`;
  return { quarter, year: { from: addDays(yearStart, 1), to: quarter.to } };
}
