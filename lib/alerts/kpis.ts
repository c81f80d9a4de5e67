import type { ClientProfitability, KpiSections, SalespersonScorecard, TechnicianScorecard } from "@/lib/kpi/report-schema";

// Every figure of the KPI report an alert rule can watch, at the scope it exists in the report:
// the whole business, one client, one technician, one service or one salesperson. Values are read in display
// units (shares and utilizations as percent), so a threshold reads like the figure on screen.

export const ALERT_SCOPES = ["business", "client", "technician", "service", "salesperson"] as const;
export type AlertScope = (typeof ALERT_SCOPES)[number];

export type AlertUnit = "money" | "count" | "percent" | "hours" | "minutes" | "score" | "number";

export interface AlertKpi {
  key: string;
  scope: AlertScope;
  label: string;
  unit: AlertUnit;
  /** Summed over time (tickets, hours, revenue): an 8-week figure is averaged per week before comparing. */
  additive: boolean;
  read: (s: KpiSections, subject: string) => number | null;
  /** The subjects this figure has values for (client, technician, service or salesperson names); none at business scope. */
  subjects?: (s: KpiSections) => string[];
}

// Rounded to 9 decimals so 0.55 reads as 55, not 55.00000000000001, and never crosses a threshold of 55.
export const pct = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(v * 100 * 1e9) / 1e9);
const num = (v: number | null | undefined) => (v === undefined ? null : v);

function business(key: string, label: string, unit: AlertUnit, additive: boolean, read: (s: KpiSections) => number | null): AlertKpi {
  return { key, scope: "business", label, unit, additive, read: (s) => read(s) };
}

const clientKeys = (s: KpiSections) => Object.keys(s.tickets.by_client);
const healthKeys = (s: KpiSections) => Object.keys(s.devices.health);
const technicianKeys = (s: KpiSections) => Object.keys(s.technicians.by_technician);
const serviceKeys = (s: KpiSections) => Object.keys(s.revenue.service_mrr);
const profitClientKeys = (s: KpiSections) => Object.keys(s.profitability?.by_client ?? {});
const costedTechnicianKeys = (s: KpiSections) => Object.keys(s.profitability?.by_technician ?? {});

type ProfitFigure = keyof ClientProfitability;
/** The profitability figures a rule can watch for the business and per client: [figure, label, unit, additive]. */
const PROFIT_FIGURES: [ProfitFigure, string, AlertUnit, boolean][] = [
  ["revenue_earned", "Revenue earned", "money", true],
  ["hard_cost", "Hard cost", "money", true],
  ["labour_cost", "Labour cost", "money", true],
  ["gross_profit", "Gross profit", "money", true],
  ["gross_margin", "Gross margin", "percent", false],
  ["effective_hourly_rate", "Effective hourly rate", "money", false],
  ["logged_hours", "Logged hours", "hours", true],
  ["costed_hours_share", "Costed hours", "percent", false],
  ["reactive_hours", "Reactive hours", "hours", true],
  ["reactive_hours_per_endpoint", "Reactive hours per endpoint and month", "number", false],
];
const PERCENT_FIGURES = new Set<ProfitFigure>(["gross_margin", "costed_hours_share"]);
const profitValue = (figures: ClientProfitability | undefined, key: ProfitFigure) =>
  PERCENT_FIGURES.has(key) ? pct(figures?.[key]) : num(figures?.[key]);

const PROFIT_KPIS: AlertKpi[] = [
  ...PROFIT_FIGURES.map(([key, label, unit, additive]) => business(key, label, unit, additive, (s) => profitValue(s.profitability, key))),
  business("hard_cost_coverage", "Hard-cost coverage", "percent", false, (s) => pct(s.profitability?.hard_cost_coverage)),
  business("unlogged_capacity_cost", "Unlogged capacity cost", "money", true, (s) => num(s.profitability?.unlogged_capacity_cost)),
  ...PROFIT_FIGURES.map(([key, label, unit, additive]): AlertKpi => ({
    key: `client.${key}`, scope: "client", label, unit, additive, read: (s, c) => profitValue(s.profitability?.by_client[c], key), subjects: profitClientKeys,
  })),
  { key: "technician.cost_rate", scope: "technician", label: "Cost rate", unit: "money", additive: false, read: (s, t) => num(s.profitability?.by_technician?.[t]?.cost_rate), subjects: costedTechnicianKeys },
  { key: "technician.labour_cost", scope: "technician", label: "Labour cost", unit: "money", additive: true, read: (s, t) => num(s.profitability?.by_technician?.[t]?.labour_cost), subjects: costedTechnicianKeys },
];

const scorecardTechnicianKeys = (s: KpiSections) => Object.keys(s.scorecards?.technicians ?? {});
const salespersonKeys = (s: KpiSections) => Object.keys(s.scorecards?.salespeople ?? {});

/** The scorecard figures per technician and per salesperson: [figure, label, unit, additive]. */
const TECHNICIAN_SCORES: [keyof TechnicianScorecard, string, AlertUnit, boolean][] = [
  ["tickets_resolved", "Tickets resolved", "count", true],
  ["csat", "CSAT", "score", false],
  ["csat_positive", "Positive CSAT", "percent", false],
  ["sla_met", "SLA met", "percent", false],
  ["first_response_minutes", "First response (median)", "minutes", false],
  ["peer_review", "Peer review", "score", false],
];
const SALES_SCORES: [keyof SalespersonScorecard, string, AlertUnit, boolean][] = [
  ["booked_upsell_mrr", "Booked upsell MRR", "money", true],
  ["booked_new_service_mrr", "Booked new-service MRR", "money", true],
  ["new_service_share", "New-service share", "percent", false],
];
const scoreValue = (v: number | null | undefined, unit: AlertUnit) => (unit === "percent" ? pct(v) : num(v));

const SCORECARD_KPIS: AlertKpi[] = [
  ...TECHNICIAN_SCORES.map(([key, label, unit, additive]): AlertKpi => ({
    key: `technician.${key}`, scope: "technician", label, unit, additive,
    read: (s, t) => scoreValue(s.scorecards?.technicians[t]?.[key], unit), subjects: scorecardTechnicianKeys,
  })),
  ...SALES_SCORES.map(([key, label, unit, additive]): AlertKpi => ({
    key: `salesperson.${key}`, scope: "salesperson", label, unit, additive,
    read: (s, p) => scoreValue(s.scorecards?.salespeople[p]?.[key], unit), subjects: salespersonKeys,
  })),
];

export const ALERT_KPIS: readonly AlertKpi[] = [
  business("mrr", "MRR", "money", false, (s) => s.revenue.mrr),
  business("active_contracts", "Active contracts", "count", false, (s) => s.revenue.active_contracts),
  business("active_clients", "Active clients", "count", false, (s) => s.revenue.active_clients),
  business("average_contract_value", "Average contract value", "money", false, (s) => s.revenue.average_contract_value),
  business("revenue_per_client", "Revenue per client", "money", false, (s) => s.revenue.revenue_per_client),
  business("new_clients", "New clients", "count", true, (s) => s.revenue.new_clients),
  business("new_mrr", "New MRR", "money", true, (s) => s.revenue.new_mrr),
  business("upsell_mrr", "Upsell MRR", "money", true, (s) => s.revenue.upsell_mrr),
  business("cross_sell_mrr", "Cross-sell MRR", "money", true, (s) => s.revenue.cross_sell_mrr),
  // Both are whole cents; their float sum is rounded back to cents.
  business("expansion_mrr", "Expansion MRR", "money", true, (s) => Math.round((s.revenue.upsell_mrr + s.revenue.cross_sell_mrr) * 100) / 100),
  business("contraction_mrr", "Contraction MRR", "money", true, (s) => s.revenue.contraction_mrr),
  business("churned_mrr", "Churned MRR", "money", true, (s) => s.revenue.churned_mrr),
  business("churned_clients", "Churned clients", "count", true, (s) => s.revenue.churned_clients),
  business("reactivated_mrr", "Reactivated MRR", "money", true, (s) => s.revenue.reactivated_mrr),
  business("net_new_mrr", "Net new MRR", "money", true, (s) => s.revenue.net_new_mrr),
  business("recurring_revenue", "Recurring revenue", "money", true, (s) => s.revenue.recurring_revenue),
  business("billed_time_revenue", "Billed time revenue", "money", true, (s) => s.revenue.billed_time_revenue),
  business("fte", "Full-time equivalents", "number", false, (s) => s.technicians.fte),
  business("team_utilization", "Team utilization", "percent", false, (s) => pct(s.technicians.team_utilization)),
  business("revenue_per_technician", "Revenue per technician", "money", false, (s) => s.technicians.revenue_per_technician),
  business("tickets_created", "Tickets created", "count", true, (s) => s.tickets.tickets_created),
  business("first_response_minutes", "First response (median)", "minutes", false, (s) => s.tickets.first_response_minutes),
  business("resolution_hours", "Resolution time (median)", "hours", false, (s) => s.tickets.resolution_hours),
  business("sla_met", "SLA met", "percent", false, (s) => pct(s.tickets.sla_met)),
  business("csat", "CSAT", "score", false, (s) => s.tickets.csat),
  business("csat_positive", "Positive CSAT", "percent", false, (s) => pct(s.tickets.csat_positive)),
  business("tickets_per_device", "Tickets per device and month", "number", false, (s) => s.tickets.tickets_per_device),
  business("managed_devices", "Managed devices", "count", false, (s) => s.devices.managed_devices),
  business("warranty_coverage", "Warranty coverage", "percent", false, (s) => pct(s.devices.warranty_coverage)),
  // A client with no tickets in the period is not in by_client: it created none.
  { key: "client.tickets_created", scope: "client", label: "Tickets created", unit: "count", additive: true, read: (s, c) => s.tickets.by_client[c]?.tickets_created ?? 0, subjects: clientKeys },
  { key: "client.billed_hours", scope: "client", label: "Billed hours", unit: "hours", additive: true, read: (s, c) => s.tickets.by_client[c]?.billed_hours ?? 0, subjects: clientKeys },
  { key: "client.av_ok", scope: "client", label: "Antivirus ok", unit: "percent", additive: false, read: (s, c) => pct(s.devices.health[c]?.av_ok), subjects: healthKeys },
  { key: "client.patched", scope: "client", label: "Patched devices", unit: "percent", additive: false, read: (s, c) => pct(s.devices.health[c]?.patched), subjects: healthKeys },
  { key: "client.backup_ok", scope: "client", label: "Backup ok", unit: "percent", additive: false, read: (s, c) => pct(s.devices.health[c]?.backup_ok), subjects: healthKeys },
  { key: "client.seen", scope: "client", label: "Devices seen in the last week", unit: "percent", additive: false, read: (s, c) => pct(s.devices.health[c]?.seen), subjects: healthKeys },
  { key: "technician.utilization", scope: "technician", label: "Utilization", unit: "percent", additive: false, read: (s, t) => pct(s.technicians.by_technician[t]?.utilization), subjects: technicianKeys },
  { key: "technician.logged_utilization", scope: "technician", label: "Logged utilization", unit: "percent", additive: false, read: (s, t) => pct(s.technicians.by_technician[t]?.logged_utilization), subjects: technicianKeys },
  { key: "technician.billable_hours", scope: "technician", label: "Billable hours", unit: "hours", additive: true, read: (s, t) => num(s.technicians.by_technician[t]?.billable_hours), subjects: technicianKeys },
  { key: "technician.logged_hours", scope: "technician", label: "Logged hours", unit: "hours", additive: true, read: (s, t) => num(s.technicians.by_technician[t]?.logged_hours), subjects: technicianKeys },
  { key: "technician.available_hours", scope: "technician", label: "Available hours", unit: "hours", additive: true, read: (s, t) => num(s.technicians.by_technician[t]?.available_hours), subjects: technicianKeys },
  { key: "technician.billed_revenue", scope: "technician", label: "Billed revenue", unit: "money", additive: true, read: (s, t) => num(s.technicians.by_technician[t]?.billed_revenue), subjects: technicianKeys },
  { key: "service.mrr", scope: "service", label: "Service MRR", unit: "money", additive: false, read: (s, v) => s.revenue.service_mrr[v] ?? 0, subjects: serviceKeys },
  { key: "service.coverage", scope: "service", label: "Service coverage", unit: "percent", additive: false, read: (s, v) => pct(s.revenue.service_coverage[v]), subjects: serviceKeys },
  ...PROFIT_KPIS,
  ...SCORECARD_KPIS,
];

export const ALERT_KPI_KEYS = ALERT_KPIS.map((k) => k.key) as [string, ...string[]];

const byKey = new Map(ALERT_KPIS.map((k) => [k.key, k]));

export function alertKpi(key: string): AlertKpi {
  const kpi = byKey.get(key);
  if (!kpi) throw new RangeError(`unknown alert KPI: ${key}`);
  return kpi;
}
