import "server-only";
import { sortedRecord } from "@/lib/kpi/maps";
import { startDay, type Period } from "@/lib/kpi/period";
import type { RevenueSection } from "@/lib/kpi/report-schema";
import type { SqlRunner } from "../../client";
import { activeDays, activeOn, FIGURE_DP, grainSpan, inGrainSpan, MONEY_DP, num, num0, roundDiv, roundSum } from "./sql";

// Revenue KPIs (docs/kpis.md "Revenue"). Contracts are few (thousands), so they are read directly;
// billed time comes from the time-entry rollup. $1 org, $2 S, $3 E (= to), $4 from.

/** Each client's MRR on S and E per service (cs) and in all (kinds, with whether it is new, reactivated, churned or existing). */
export const CONTRACTS = `
  contract as (
    select client_id, service, monthly_value as mv, start_date, end_date, salesperson,
      ${activeOn("$2")} as on_s, ${activeOn("$3")} as on_e
    from contracts where org_id = $1
  ), cs as (
    select client_id, service, coalesce(sum(mv) filter (where on_s), 0) as s, coalesce(sum(mv) filter (where on_e), 0) as e,
      count(*) filter (where on_e) as active_e
    from contract group by client_id, service
  ), firsts as (
    select client_id, min(start_date) between $4::date and $3::date as is_new from contract group by client_id
  ), cl as (
    select client_id, sum(s) as ms, sum(e) as me, sum(active_e) as active_e, bool_or(is_new) as is_new
    from cs join firsts using (client_id) group by client_id
  ), kinds as (
    select *, case when is_new then 'new' when ms = 0 then 'reactivated' when me = 0 then 'churned' else 'existing' end as kind from cl
  )`;

interface Totals {
  mrr: string; mrr_start: string; active_contracts: number; active_clients: number; average_contract_value: string | null;
  revenue_per_client: string | null; new_clients: number; new_mrr: string; new_client_average_contract_value: string | null;
  upsell_mrr: string; cross_sell_mrr: string; contraction_mrr: string; churned_mrr: string; churned_clients: number;
  reactivated_mrr: string; net_new_mrr: string; recurring_revenue: string; billed_time_revenue: string;
  services: [string, string, string | null][]; booked: [string, string][];
}

const SQL = `with ${CONTRACTS}, moves as (
    select coalesce(sum(case when cs.s > 0 and cs.e > cs.s then cs.e - cs.s end), 0) as upsell,
      coalesce(sum(case when cs.s = 0 and cs.e > 0 then cs.e end), 0) as cross_sell,
      coalesce(sum(case when cs.s > cs.e then cs.s - cs.e end), 0) as contraction
    from cs join kinds k using (client_id) where k.kind = 'existing'
  ), bridge as (
    select coalesce(sum(me), 0) as mrr, coalesce(sum(ms), 0) as mrr_start, coalesce(sum(active_e), 0) as active_contracts,
      count(*) filter (where me > 0) as active_clients, count(*) filter (where kind = 'new') as new_clients,
      coalesce(sum(me) filter (where kind = 'new'), 0) as new_mrr, coalesce(sum(active_e) filter (where kind = 'new'), 0) as new_contracts,
      coalesce(sum(me) filter (where kind = 'reactivated'), 0) as reactivated,
      coalesce(sum(ms) filter (where kind = 'churned'), 0) as churned, count(*) filter (where kind = 'churned') as churned_clients
    from kinds
  ), services as (
    select service, sum(e) as mrr, count(*) filter (where e > 0) as clients from cs where active_e > 0 group by service
  ), booked as (
    select salesperson, sum(mv) as mrr from contract
    where salesperson is not null and start_date between $4::date and $3::date and on_e group by salesperson
  ), earned as (
    select coalesce(sum(mv * 12 * ${activeDays("$4", "$3")}), 0) as recurring from contract
  ), billed as (
    select coalesce(sum(billed), 0) as billed from kpi_time_technician_days
    where org_id = $1 and ${inGrainSpan({ from: "$4", to: "$3", monthsFrom: "$5", monthsTo: "$6" })}
  )
  select ${roundSum("mrr", MONEY_DP)} as mrr, ${roundSum("mrr_start", MONEY_DP)} as mrr_start,
    active_contracts::int, active_clients::int,
    ${roundDiv("mrr", "active_contracts", MONEY_DP)} as average_contract_value,
    ${roundDiv("mrr", "active_clients", MONEY_DP)} as revenue_per_client,
    new_clients::int, ${roundSum("new_mrr", MONEY_DP)} as new_mrr,
    ${roundDiv("new_mrr", "new_contracts", MONEY_DP)} as new_client_average_contract_value,
    ${roundSum("upsell", MONEY_DP)} as upsell_mrr, ${roundSum("cross_sell", MONEY_DP)} as cross_sell_mrr,
    ${roundSum("contraction", MONEY_DP)} as contraction_mrr, ${roundSum("churned", MONEY_DP)} as churned_mrr,
    churned_clients::int, ${roundSum("reactivated", MONEY_DP)} as reactivated_mrr,
    ${roundSum("new_mrr + reactivated + upsell + cross_sell - contraction - churned", MONEY_DP)} as net_new_mrr,
    ${roundDiv("recurring", "365", MONEY_DP)} as recurring_revenue, ${roundSum("billed", MONEY_DP)} as billed_time_revenue,
    (select coalesce(json_agg(json_build_array(service, ${roundSum("mrr", MONEY_DP)}, ${roundDiv("clients", "b.active_clients", FIGURE_DP)})), '[]')
      from services) as services,
    (select coalesce(json_agg(json_build_array(salesperson, ${roundSum("mrr", MONEY_DP)})), '[]') from booked) as booked
  from bridge b, moves, earned, billed`;

export async function computeRevenueSql(db: SqlRunner, orgId: number, period: Period): Promise<RevenueSection> {
  const span = grainSpan(period);
  const [row] = await db.query<Totals>(SQL, [orgId, startDay(period), period.to, period.from, span.monthsFrom, span.monthsTo]);
  if (!row) throw new Error("revenue query returned no row");
  return {
    mrr: num0(row.mrr),
    mrr_start: num0(row.mrr_start),
    active_contracts: row.active_contracts,
    active_clients: row.active_clients,
    average_contract_value: num(row.average_contract_value),
    revenue_per_client: num(row.revenue_per_client),
    new_clients: row.new_clients,
    new_mrr: num0(row.new_mrr),
    new_client_average_contract_value: num(row.new_client_average_contract_value),
    upsell_mrr: num0(row.upsell_mrr),
    cross_sell_mrr: num0(row.cross_sell_mrr),
    contraction_mrr: num0(row.contraction_mrr),
    churned_mrr: num0(row.churned_mrr),
    churned_clients: row.churned_clients,
    reactivated_mrr: num0(row.reactivated_mrr),
    net_new_mrr: num0(row.net_new_mrr),
    service_mrr: sortedRecord(row.services.map(([service, mrr]) => [service, num0(mrr)] as const)),
    service_coverage: sortedRecord(row.services.map(([service, , coverage]) => [service, num(coverage)] as const)),
    recurring_revenue: num0(row.recurring_revenue),
    billed_time_revenue: num0(row.billed_time_revenue),
    booked_mrr: sortedRecord(row.booked.map(([salesperson, mrr]) => [salesperson, num0(mrr)] as const)),
  };
}

/** Σ(monthly_value × 12 × active days of P), exact: the numerator of recurring_revenue (÷ 365). */
export const RECURRING_NUMERATOR = (from: string, to: string) =>
  `(select coalesce(sum(monthly_value * 12 * ${activeDays(from, to)}), 0) from contracts where org_id = $1)`;
