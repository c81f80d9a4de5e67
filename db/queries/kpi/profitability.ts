import "server-only";
import { sortedRecord } from "@/lib/kpi/maps";
import type { Period } from "@/lib/kpi/period";
import type { ClientProfitability, ProfitabilitySection, TechnicianCost } from "@/lib/kpi/report-schema";
import type { KpiSettings } from "@/lib/records/settings";
import type { SqlRunner } from "../../client";
import { activeDays, activeOn, FIGURE_DP, grainParams, grainSpan, inGrainSpan, MONEY_DP, num, num0, roundDiv, roundSum, SPAN_PARAMS } from "./sql";
import { LISTED_TECHNICIANS } from "./technicians";

// Profitability KPIs (KPIS.md "Profitability KPIs"). Contract money is read from the contracts
// (few rows); hours, reactive hours and billed amounts per client and technician from the
// time-entry rollup, priced with each technician's cost rate as it is now; managed devices on E
// from the device rollup. Sums stay exact and every figure divides once.
// $1 org, $2 from, $3 to, $4/$5 whole months, $6 holidays, $7 default_hourly_cost (or null).

/** The ten figures of a row of exact sums (see WITH_PROFIT: earned, after_hard_cost and profit are × 365). */
const FIGURES = (days: string) =>
  `json_build_array(${roundDiv("earned", "365", MONEY_DP)}, ${roundDiv("hard_cost", "365", MONEY_DP)}, ${roundSum("labour", MONEY_DP)},
    ${roundDiv("profit", "365", MONEY_DP)}, ${roundDiv("profit", "earned", FIGURE_DP)}, ${roundDiv("after_hard_cost", "logged * 365", MONEY_DP)},
    ${roundSum("logged", FIGURE_DP)}, ${roundDiv("costed", "logged", FIGURE_DP)}, ${roundSum("reactive", FIGURE_DP)},
    ${roundDiv("reactive * 30.4375", `devices * ${days}`, FIGURE_DP)})`;

/** A row of sums with revenue earned, what is left after hard cost, and gross profit (all × 365) worked out once. */
const WITH_PROFIT = (sums: string) => `select *, earned - hard_cost as after_hard_cost, earned - hard_cost - labour * 365 as profit
    from (select *, recurring + billed * 365 as earned from ${sums}) as s`;

const DAYS = "($3::date - $2::date + 1)";

const SQL = `with ${LISTED_TECHNICIANS}, rates as (
    select id, coalesce(hourly_cost, $7::numeric) as rate from technicians where org_id = $1
  ), client_hours as (
    select x.client_id, sum(x.hours) as logged, sum(x.reactive) as reactive, sum(x.billed) as billed,
      coalesce(sum(x.hours) filter (where r.rate is not null), 0) as costed, coalesce(sum(x.hours * r.rate), 0) as labour
    from kpi_time_client_technician_days x join rates r on r.id = x.technician_id
    where x.org_id = $1 and ${inGrainSpan(SPAN_PARAMS)}
    group by x.client_id
  ), contract as (
    select client_id, monthly_value, monthly_cost, ${activeDays("$2", "$3")} as days, ${activeOn("$3")} as on_e
    from contracts where org_id = $1
  ), money as (
    select client_id, sum(monthly_value * 12 * days) as recurring,
      coalesce(sum(monthly_cost * 12 * days) filter (where monthly_cost is not null), 0) as hard_cost
    from contract group by client_id
  ), devices as (
    select c.id as client_id, coalesce((select managed from kpi_device_client_days k
      where k.org_id = $1 and k.client_id = c.id and k.day <= $3::date order by k.day desc limit 1), 0) as devices
    from clients c where c.org_id = $1
  ), client_sums as (
    select c.name, coalesce(m.recurring, 0) as recurring, coalesce(m.hard_cost, 0) as hard_cost, coalesce(t.billed, 0) as billed,
      coalesce(t.logged, 0) as logged, coalesce(t.costed, 0) as costed, coalesce(t.labour, 0) as labour,
      coalesce(t.reactive, 0) as reactive, d.devices
    from clients c join devices d on d.client_id = c.id left join money m on m.client_id = c.id left join client_hours t on t.client_id = c.id
    where c.org_id = $1
  ), per_client as (
    select * from (${WITH_PROFIT("client_sums")}) as p where earned > 0 or logged > 0
  ), business_sums as (
    select coalesce(sum(recurring), 0) as recurring, coalesce(sum(hard_cost), 0) as hard_cost, coalesce(sum(billed), 0) as billed,
      coalesce(sum(logged), 0) as logged, coalesce(sum(costed), 0) as costed, coalesce(sum(labour), 0) as labour,
      coalesce(sum(reactive), 0) as reactive, (select coalesce(sum(devices), 0) from devices) as devices
    from per_client
  ), business as (
    ${WITH_PROFIT("business_sums")}
  ), staff as (
    select name, coalesce(hourly_cost, $7::numeric) as rate, available, logged from listed
  )
  select ${FIGURES(DAYS)} as business,
    (select ${roundDiv("coalesce(sum(monthly_value) filter (where on_e and monthly_cost is not null), 0)", "coalesce(sum(monthly_value) filter (where on_e), 0)", FIGURE_DP)}
      from contract) as hard_cost_coverage,
    (select ${roundSum("sum(rate * greatest(0, available - logged))", MONEY_DP)} from staff where rate is not null) as unlogged_capacity_cost,
    (select coalesce(json_agg(json_build_array(name, ${FIGURES(DAYS)})), '[]') from per_client) as clients,
    (select coalesce(json_agg(json_build_array(name, round(rate, ${MONEY_DP})::text, round(logged * rate, ${MONEY_DP})::text)), '[]') from staff)
      as technicians
  from business`;

type Figures = [string | null, string | null, string | null, string | null, string | null, string | null, string | null, string | null, string | null, string | null];

function figures([revenue, hardCost, labour, profit, margin, rate, logged, costedShare, reactive, perEndpoint]: Figures): ClientProfitability {
  return {
    revenue_earned: num0(revenue),
    hard_cost: num0(hardCost),
    labour_cost: num0(labour),
    gross_profit: num0(profit),
    gross_margin: num(margin),
    effective_hourly_rate: num(rate),
    logged_hours: num0(logged),
    costed_hours_share: num(costedShare),
    reactive_hours: num0(reactive),
    reactive_hours_per_endpoint: num(perEndpoint),
  };
}

interface ProfitabilityRow {
  business: Figures;
  hard_cost_coverage: string | null;
  unlogged_capacity_cost: string;
  clients: [string, Figures][];
  technicians: [string, string | null, string | null][];
}

export async function computeProfitabilitySql(
  db: SqlRunner,
  orgId: number,
  period: Period,
  settings: Pick<KpiSettings, "holidays" | "defaultHourlyCost">,
): Promise<ProfitabilitySection> {
  const defaultCost = settings.defaultHourlyCost === null ? null : String(settings.defaultHourlyCost);
  const [row] = await db.query<ProfitabilityRow>(SQL, [orgId, ...grainParams(grainSpan(period)), settings.holidays.join(","), defaultCost]);
  if (!row) throw new Error("profitability query returned no row");
  const cost = ([, rate, labour]: ProfitabilityRow["technicians"][number]): TechnicianCost => ({ cost_rate: num(rate), labour_cost: num(labour) });
  return {
    ...figures(row.business),
    hard_cost_coverage: num(row.hard_cost_coverage),
    unlogged_capacity_cost: num0(row.unlogged_capacity_cost),
    by_client: sortedRecord(row.clients.map(([name, f]) => [name, figures(f)] as const)),
    by_technician: sortedRecord(row.technicians.map((t) => [t[0], cost(t)] as const)),
  };
}
