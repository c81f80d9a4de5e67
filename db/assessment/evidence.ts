import "server-only";
import { evidencePeriods, type AssessmentEvidence } from "@/lib/assessment/evidence";
import type { KpiSettings } from "@/lib/records/settings";
import type { Database, SqlRunner } from "../client";
import { computeKpiReportSql, computeKpiSectionsSql, ensureKpiRollups } from "../queries/kpi";

// Gathers what the data says about the self-assessment's statements: the KPI engine's figures for
// the last full quarter and the 12 months ending with it, plus a few facts the engine does not
// report (fleet-wide device health, rating coverage, tiered MRR, the last price change).

/** Device health over all managed devices on $2, from the rollups the KPI report has just made current. */
const FLEET_SQL = `with on_day as (
    select c.id as client_id, x.* from clients c cross join lateral (
      select managed, av_ok, patched, backup_ok, seen from kpi_device_client_days k
      where k.org_id = $1 and k.client_id = c.id and k.day <= $2::date order by k.day desc limit 1
    ) as x
    where c.org_id = $1
  ), active as (
    select distinct client_id from contracts
    where org_id = $1 and start_date <= $2::date and (end_date is null or end_date >= $2::date) and monthly_value > 0
  )
  select coalesce(sum(managed), 0)::int as managed, coalesce(sum(av_ok), 0)::int as av_ok, coalesce(sum(patched), 0)::int as patched,
    coalesce(sum(backup_ok), 0)::int as backup_ok, coalesce(sum(seen), 0)::int as seen,
    (select count(*) from active)::int as active_clients,
    (select count(*) from active a join on_day d on d.client_id = a.client_id and d.managed > 0)::int as clients_with_devices
  from on_day`;

/** Tickets resolved in [$2, $3] (local dates in $4), and how many carry a rating. */
const RATINGS_SQL = `select count(*)::int as resolved, count(csat)::int as rated from tickets
  where org_id = $1 and resolved_at is not null and (resolved_at at time zone $4)::date between $2::date and $3::date`;

/** Share of the MRR on $2 that sits on contracts with a tier. */
const TIERS_SQL = `select sum(monthly_value) filter (where coalesce(trim(tier), '') <> '')::text as tiered, sum(monthly_value)::text as total
  from contracts where org_id = $1 and start_date <= $2::date and (end_date is null or end_date >= $2::date)`;

/**
 * A price change: a contract that continues another of the same client, service and tier (starting
 * within 31 days after it ended) at a different price per unit (per contract when units are unknown).
 */
const PRICE_CHANGE_SQL = `select max(n.start_date)::text as day from contracts n
  join contracts o on o.org_id = n.org_id and o.client_id = n.client_id and o.service = n.service and o.id <> n.id
    and coalesce(o.tier, '') = coalesce(n.tier, '')
    and o.end_date is not null and o.end_date < n.start_date and n.start_date <= o.end_date + 31
  where n.org_id = $1 and n.start_date <= $2::date
    and case when o.units > 0 and n.units > 0 then round(o.monthly_value / o.units, 4) <> round(n.monthly_value / n.units, 4)
      else o.monthly_value <> n.monthly_value end`;

// Shares at 4 decimals, as docs/kpis.md reports ratios.
const share = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);

async function fleet(db: SqlRunner, orgId: number, day: string) {
  const [row] = await db.query<{
    managed: number; av_ok: number; patched: number; backup_ok: number; seen: number; active_clients: number; clients_with_devices: number;
  }>(FLEET_SQL, [orgId, day]);
  if (!row) throw new Error("fleet query returned no row");
  return row;
}

/** The evidence for the self-assessment as of `today` (a local date in the org's time zone). */
export async function loadAssessmentEvidence(db: Database, orgId: number, today: string, stored: KpiSettings): Promise<AssessmentEvidence> {
  // The settings the rollups were built with: the old ones while a settings rebuild is pending.
  const settings = await ensureKpiRollups(db, orgId, stored);
  const { quarter, year } = evidencePeriods(today, settings.timeZone);
  const report = await computeKpiReportSql(db, orgId, quarter, settings);
  const [yearly, devices, ratings, tiers, price] = await Promise.all([
    computeKpiSectionsSql(db, orgId, year, settings),
    fleet(db, orgId, quarter.to),
    db.query<{ resolved: number; rated: number }>(RATINGS_SQL, [orgId, quarter.from, quarter.to, settings.timeZone]),
    db.query<{ tiered: string | null; total: string | null }>(TIERS_SQL, [orgId, quarter.to]),
    db.query<{ day: string | null }>(PRICE_CHANGE_SQL, [orgId, today]),
  ]);
  const bands = Object.values(report.technicians.by_technician).map((t) => t.workload).filter((w) => w !== null);
  const tiered = Number(tiers[0]?.tiered ?? 0);
  const total = Number(tiers[0]?.total ?? 0);
  return {
    quarter,
    year,
    slaMet: report.tickets.sla_met,
    slaMetPreviousQuarter: report.previous.tickets.sla_met,
    ticketsPerDevice: report.tickets.tickets_per_device,
    ticketsPerDevicePreviousQuarter: report.previous.tickets.tickets_per_device,
    teamUtilization: report.technicians.team_utilization,
    technicians: bands.length,
    balancedTechnicians: bands.filter((w) => w === "balanced").length,
    activeClients: devices.active_clients,
    clientsWithDevices: devices.clients_with_devices,
    managedDevices: devices.managed,
    patched: share(devices.patched, devices.managed),
    avOk: share(devices.av_ok, devices.managed),
    backupOk: share(devices.backup_ok, devices.managed),
    seen: share(devices.seen, devices.managed),
    ticketsResolved: ratings[0]?.resolved ?? 0,
    csatRated: ratings[0]?.rated ?? 0,
    csat: report.tickets.csat,
    mrr: report.revenue.mrr,
    tieredMrrShare: share(tiered, total),
    recurringRevenue: report.revenue.recurring_revenue,
    billedTimeRevenue: report.revenue.billed_time_revenue,
    mrrYearStart: yearly.revenue.mrr_start,
    upsellMrr: yearly.revenue.upsell_mrr,
    crossSellMrr: yearly.revenue.cross_sell_mrr,
    churnedClients: yearly.revenue.churned_clients,
    churnedMrr: yearly.revenue.churned_mrr,
    revenuePerClient: report.revenue.revenue_per_client,
    lastPriceChange: price[0]?.day ?? null,
    today,
  };
}
