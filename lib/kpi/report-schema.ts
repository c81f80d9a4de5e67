import { z } from "zod";
import { CalendarDate } from "@/lib/dates/calendar-date-schema";

// The exact JSON the KPI report has (names as in docs/kpis.md). The HTTP API validates its output with
// it, and the property tests check every random report against it. Maps are keyed by client,
// service, salesperson or technician name and built in sorted key order.

const money = z.number();
const figure = z.number();
const count = z.number().int().min(0);
/** A share of a whole: within [0, 1]. */
const share = z.number().min(0).max(1);
const nullable = <T extends z.ZodType>(t: T) => t.nullable();
const date = CalendarDate;

export const Workload = z.enum(["overloaded", "balanced", "idle"]);
export type Workload = z.infer<typeof Workload>;

export const RevenueSection = z.strictObject({
  mrr: money,
  mrr_start: money,
  active_contracts: count,
  active_clients: count,
  average_contract_value: nullable(money),
  revenue_per_client: nullable(money),
  new_clients: count,
  new_mrr: money,
  new_client_average_contract_value: nullable(money),
  upsell_mrr: money,
  cross_sell_mrr: money,
  contraction_mrr: money,
  churned_mrr: money,
  churned_clients: count,
  reactivated_mrr: money,
  net_new_mrr: money,
  service_mrr: z.record(z.string(), money),
  service_coverage: z.record(z.string(), nullable(share)),
  recurring_revenue: money,
  billed_time_revenue: money,
  booked_mrr: z.record(z.string(), money),
});
export type RevenueSection = z.infer<typeof RevenueSection>;

export const TechnicianFigures = z.strictObject({
  available_hours: figure,
  billable_hours: figure,
  logged_hours: figure,
  /** Not a share: billable hours can exceed available hours. */
  utilization: nullable(figure),
  logged_utilization: nullable(figure),
  billed_revenue: money,
  workload: Workload.nullable(),
});
export type TechnicianFigures = z.infer<typeof TechnicianFigures>;

export const TechniciansSection = z.strictObject({
  fte: nullable(figure),
  team_utilization: nullable(figure),
  revenue_per_technician: nullable(money),
  by_technician: z.record(z.string(), TechnicianFigures),
});
export type TechniciansSection = z.infer<typeof TechniciansSection>;

export const TicketsSection = z.strictObject({
  tickets_created: count,
  first_response_minutes: nullable(figure),
  resolution_hours: nullable(figure),
  sla_met: nullable(share),
  csat: nullable(z.number().min(1).max(5)),
  csat_positive: nullable(share),
  tickets_per_device: nullable(figure),
  by_client: z.record(z.string(), z.strictObject({ tickets_created: count, billed_hours: figure })),
  by_week: z.record(z.string().regex(/^\d{4}-W\d{2}$/), count),
  by_month: z.record(z.string().regex(/^\d{4}-\d{2}$/), count),
});
export type TicketsSection = z.infer<typeof TicketsSection>;

export const DeviceHealth = z.strictObject({ av_ok: share, patched: share, backup_ok: share, seen: share });
export type DeviceHealth = z.infer<typeof DeviceHealth>;

export const DevicesSection = z.strictObject({
  managed_devices: count,
  managed_devices_start: count,
  warranty_coverage: nullable(share),
  health: z.record(z.string(), DeviceHealth),
  health_start: z.record(z.string(), DeviceHealth),
});
export type DevicesSection = z.infer<typeof DevicesSection>;

/** One client's profitability, and the first ten figures of the business's. */
export const ClientProfitability = z.strictObject({
  revenue_earned: money,
  hard_cost: money,
  labour_cost: money,
  gross_profit: money,
  /** Not a share: a loss makes it negative. */
  gross_margin: nullable(figure),
  effective_hourly_rate: nullable(money),
  logged_hours: figure,
  costed_hours_share: nullable(share),
  reactive_hours: figure,
  reactive_hours_per_endpoint: nullable(figure),
});
export type ClientProfitability = z.infer<typeof ClientProfitability>;

export const TechnicianCost = z.strictObject({ cost_rate: nullable(money), labour_cost: nullable(money) });
export type TechnicianCost = z.infer<typeof TechnicianCost>;

export const ProfitabilitySection = ClientProfitability.extend({
  hard_cost_coverage: nullable(share),
  unlogged_capacity_cost: money,
  by_client: z.record(z.string(), ClientProfitability),
  /** Hourly costs are close to salaries: served to owners only (see servedReport). */
  by_technician: z.record(z.string(), TechnicianCost).optional(),
});
export type ProfitabilitySection = z.infer<typeof ProfitabilitySection>;

/** One technician's scorecard (KPIS.md "Scorecards"). */
export const TechnicianScorecard = z.strictObject({
  tickets_resolved: count,
  csat: nullable(z.number().min(1).max(5)),
  csat_positive: nullable(share),
  sla_met: nullable(share),
  first_response_minutes: nullable(figure),
  peer_review: nullable(z.number().min(1).max(5)),
});
export type TechnicianScorecard = z.infer<typeof TechnicianScorecard>;

/** One salesperson's scorecard: what they booked in P, split by whether the client had the service on S. */
export const SalespersonScorecard = z.strictObject({
  booked_upsell_mrr: money,
  booked_new_service_mrr: money,
  new_service_share: nullable(share),
});
export type SalespersonScorecard = z.infer<typeof SalespersonScorecard>;

export const ScorecardsSection = z.strictObject({
  technicians: z.record(z.string(), TechnicianScorecard),
  salespeople: z.record(z.string(), SalespersonScorecard),
});
export type ScorecardsSection = z.infer<typeof ScorecardsSection>;

export const KpiSections = z.strictObject({
  revenue: RevenueSection,
  technicians: TechniciansSection,
  tickets: TicketsSection,
  devices: DevicesSection,
  /** Costs are for managers and owners: the section is left out of what viewers are served. */
  profitability: ProfitabilitySection.optional(),
  /** People's figures feed pay plans: left out of what viewers are served. */
  scorecards: ScorecardsSection.optional(),
});
export type KpiSections = z.infer<typeof KpiSections>;

export const KpiReport = z.strictObject({
  period: z.strictObject({ from: date, to: date }),
  revenue: RevenueSection,
  technicians: TechniciansSection,
  tickets: TicketsSection,
  devices: DevicesSection,
  profitability: ProfitabilitySection.optional(),
  scorecards: ScorecardsSection.optional(),
  /** The same sections for the previous period (same number of days right before `from`). */
  previous: KpiSections,
  /**
   * Served (GET /api/kpis, `kpis --json`) only while the rollups are rebuilt for changed settings:
   * until then the figures use the previous time zone and SLA targets.
   */
  recomputing: z.literal(true).optional(),
});
export type KpiReport = z.infer<typeof KpiReport>;
