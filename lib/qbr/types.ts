import type { Period } from "@/lib/kpi/period";

// The quarterly business review of one client: plain data, filled from the KPI engine by
// db/qbr/load-report.ts and shown by the page, the printable document, the CSV and the summary.

/** The rows of the service-performance table, in the order of the whitepaper's example. */
export const PERFORMANCE_MEASURES = ["monitored", "warranty", "av_ok", "patched", "backup_ok", "seen", "sla_met"] as const;
export type PerformanceMeasure = (typeof PERFORMANCE_MEASURES)[number];

/** The table's sections: device management, security monitoring, availability, service. */
export const PERFORMANCE_GROUPS = [
  ["devices", ["monitored", "warranty"]],
  ["security", ["av_ok", "patched", "backup_ok"]],
  ["availability", ["seen"]],
  ["service", ["sla_met"]],
] as const satisfies readonly (readonly [string, readonly PerformanceMeasure[]])[];
export type PerformanceGroup = (typeof PERFORMANCE_GROUPS)[number][0];

/** A share (0…1) on the period's end (devices) or over the period (SLA), and the same for the previous period; null = no data. */
export interface PerformanceRow {
  measure: PerformanceMeasure;
  current: number | null;
  previous: number | null;
}

export type Direction = "up" | "down" | "flat";

export interface QbrMonth {
  /** YYYY-MM; every month overlapping the period is listed. */
  month: string;
  tickets: number;
  billableHours: number;
  nonBillableHours: number;
}

export interface QbrContract {
  service: string;
  tier: string | null;
  units: string | null;
  /** Exact decimal as stored. */
  monthlyValue: string;
  startDate: string;
  endDate: string | null;
  status: "active" | "ended" | "future";
}

export interface Comparison<T> {
  current: T;
  previous: T;
}

export interface QbrReport {
  /** The MSP's name (the organisation), for the cover. */
  mspName: string;
  currency: string;
  client: { id: number; name: string; segment: string | null };
  period: Period;
  previousPeriod: Period;
  performance: PerformanceRow[];
  managedDevices: Comparison<number>;
  mrr: Comparison<number>;
  tickets: Comparison<number>;
  billedHours: Comparison<number>;
  csat: Comparison<number | null>;
  months: QbrMonth[];
  contracts: QbrContract[];
  /** Services with MRR on the period's end. */
  services: string[];
  /** Services other clients have and this one does not, most common first. */
  suggestions: { service: string; clients: number }[];
  /** The account manager's notes for this period; "" when none. */
  notes: string;
}
