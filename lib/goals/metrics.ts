import { ALERT_KPIS, alertKpi } from "@/lib/alerts/kpis";
import type { KpiSections } from "@/lib/kpi/report-schema";
import type { GoalScope } from "./goal-schema";

// The figures a goal can be set on: every figure an alert rule can watch for the business, a
// technician or a client (lib/alerts/kpis.ts; not per service or salesperson), read in the same display units (percent as 0–100),
// so a goal becomes an alert rule without converting anything.

export const GOAL_METRIC_KEYS = ALERT_KPIS.filter((k) => k.scope !== "service" && k.scope !== "salesperson").map((k) => k.key) as [string, ...string[]];

export function goalScopeOf(metric: string): GoalScope {
  const { scope } = alertKpi(metric);
  if (scope === "service" || scope === "salesperson") throw new RangeError(`no goals on ${scope} figures: ${metric}`);
  return scope;
}

/** The figure's value in the report: the business's, or the named technician's or client's. */
export function goalValue(sections: KpiSections, metric: string, subject: string | null): number | null {
  return alertKpi(metric).read(sections, subject ?? "");
}
