import type { AlertFigures } from "@/lib/alerts";
import type { ClientProfitability, KpiSections, TechnicianScorecard } from "@/lib/kpi/report-schema";

// Hand-made report sections: every figure empty or zero unless a test sets it.

type DeepPartial<T> = { [K in keyof T]?: NonNullable<T[K]> extends Record<string, unknown> ? DeepPartial<NonNullable<T[K]>> : T[K] };

export function sections(over: DeepPartial<KpiSections> = {}): KpiSections {
  return {
    revenue: {
      mrr: 0, mrr_start: 0, active_contracts: 0, active_clients: 0, average_contract_value: null, revenue_per_client: null,
      new_clients: 0, new_mrr: 0, new_client_average_contract_value: null, upsell_mrr: 0, cross_sell_mrr: 0, contraction_mrr: 0,
      churned_mrr: 0, churned_clients: 0, reactivated_mrr: 0, net_new_mrr: 0, service_mrr: {}, service_coverage: {},
      recurring_revenue: 0, billed_time_revenue: 0, booked_mrr: {}, ...over.revenue,
    } as KpiSections["revenue"],
    technicians: { fte: null, team_utilization: null, revenue_per_technician: null, by_technician: {}, ...over.technicians } as KpiSections["technicians"],
    tickets: {
      tickets_created: 0, first_response_minutes: null, resolution_hours: null, sla_met: null, csat: null, csat_positive: null,
      tickets_per_device: null, by_client: {}, by_week: {}, by_month: {}, ...over.tickets,
    } as KpiSections["tickets"],
    devices: { managed_devices: 0, managed_devices_start: 0, warranty_coverage: null, health: {}, health_start: {}, ...over.devices } as KpiSections["devices"],
    ...(over.profitability
      ? { profitability: { ...profit(), hard_cost_coverage: null, unlogged_capacity_cost: 0, by_client: {}, by_technician: {}, ...over.profitability } as KpiSections["profitability"] }
      : {}),
    ...(over.scorecards ? { scorecards: { technicians: {}, salespeople: {}, ...over.scorecards } as KpiSections["scorecards"] } : {}),
  };
}

export function figures(current: DeepPartial<KpiSections>, previous: DeepPartial<KpiSections> = {}, baseline?: DeepPartial<KpiSections>): AlertFigures {
  return { current: sections(current), previous: sections(previous), baseline: baseline ? sections(baseline) : null };
}

export const tech = (logged_utilization: number | null, utilization: number | null = null) => ({
  available_hours: 40, billable_hours: 0, logged_hours: 0, utilization, logged_utilization, billed_revenue: 0, workload: null,
});

export const health = (patched: number) => ({ av_ok: 1, patched, backup_ok: 1, seen: 1 });

/** One client's profitability figures: zero or no data unless set. */
export const profit = (over: Partial<ClientProfitability> = {}): ClientProfitability => ({
  revenue_earned: 0, hard_cost: 0, labour_cost: 0, gross_profit: 0, gross_margin: null, effective_hourly_rate: null, logged_hours: 0,
  costed_hours_share: null, reactive_hours: 0, reactive_hours_per_endpoint: null, ...over,
});

/** One technician's scorecard: nothing resolved and no data unless set. */
export const card = (over: Partial<TechnicianScorecard> = {}): TechnicianScorecard => ({
  tickets_resolved: 0, csat: null, csat_positive: null, sla_met: null, first_response_minutes: null, peer_review: null, ...over,
});
