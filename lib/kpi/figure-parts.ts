import { alertKpi } from "@/lib/alerts/kpis";
import type { KpiSections } from "./report-schema";

// Which parts of the KPI report a figure (lib/alerts/kpis.ts) is read from, so a view of one
// figure over many periods computes only those. tests/kpi/figure-parts.test.ts reads every figure
// from its parts alone and from the whole report and holds them equal.

export type KpiPart = keyof KpiSections;

const TICKETS = new Set(["tickets_created", "first_response_minutes", "resolution_hours", "sla_met", "csat", "csat_positive", "client.tickets_created", "client.billed_hours"]);
const DEVICES = new Set(["managed_devices", "warranty_coverage", "client.av_ok", "client.patched", "client.backup_ok", "client.seen"]);
const TECHNICIANS = new Set([
  "fte", "team_utilization", "revenue_per_technician", "technician.utilization", "technician.logged_utilization", "technician.billable_hours",
  "technician.logged_hours", "technician.available_hours", "technician.billed_revenue",
]);
const SCORECARDS = /^salesperson\.|^technician\.(tickets_resolved|csat|csat_positive|sla_met|first_response_minutes|peer_review)$/;
const PROFITABILITY =
  /^(client\.)?(revenue_earned|hard_cost|labour_cost|gross_profit|gross_margin|effective_hourly_rate|logged_hours|costed_hours_share|reactive_hours|reactive_hours_per_endpoint)$|^(hard_cost_coverage|unlogged_capacity_cost|technician\.cost_rate|technician\.labour_cost)$/;

export function figureParts(metric: string): KpiPart[] {
  const { key } = alertKpi(metric);
  // Tickets per device divides the period's tickets by the devices managed on its last day.
  if (key === "tickets_per_device") return ["tickets", "devices"];
  if (TICKETS.has(key)) return ["tickets"];
  if (DEVICES.has(key)) return ["devices"];
  if (TECHNICIANS.has(key)) return ["technicians"];
  if (SCORECARDS.test(key)) return ["scorecards"];
  if (PROFITABILITY.test(key)) return ["profitability"];
  return ["revenue"];
}
