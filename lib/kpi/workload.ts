import type Big from "big.js";
import type { Workload } from "./report-schema";

export interface WorkloadThresholds {
  workloadUpper: number;
  workloadLower: number;
}

/**
 * overloaded when logged_utilization > upper; otherwise idle when utilization < lower; otherwise
 * balanced; null when there are no available hours. Compared exactly, before any rounding.
 */
export function workloadBand(hours: { available: Big; billable: Big; logged: Big }, thresholds: WorkloadThresholds): Workload | null {
  if (hours.available.eq(0)) return null;
  if (hours.logged.gt(hours.available.times(thresholds.workloadUpper))) return "overloaded";
  if (hours.billable.lt(hours.available.times(thresholds.workloadLower))) return "idle";
  return "balanced";
}
