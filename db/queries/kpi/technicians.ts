import "server-only";
import { sortedRecord } from "@/lib/kpi/maps";
import type { Period } from "@/lib/kpi/period";
import type { TechnicianFigures, TechniciansSection, Workload } from "@/lib/kpi/report-schema";
import type { KpiSettings } from "@/lib/records/settings";
import type { SqlRunner } from "../../client";
import { RECURRING_NUMERATOR } from "./revenue";
import { FIGURE_DP, grainParams, grainSpan, inGrainSpan, MONEY_DP, num, num0, roundDiv, roundSum, SPAN_PARAMS, weekdaysOf } from "./sql";

// Technician KPIs (docs/kpis.md "Technicians"): capacity from the technicians table and the
// weekdays of P, hours and billed amounts from the time-entry rollup. A technician not confirmed
// is active only between their first and last logged day (the daily rollup's first and last row).
// $1 org, $2 from, $3 to, $4/$5 whole months, $6 holidays (comma-separated), $7/$8 workload thresholds.

type TechnicianRow = [name: string, available: string, billable: string, logged: string, utilization: string | null,
  loggedUtilization: string | null, billed: string, workload: Workload | null];

/**
 * The listed technicians of P (KPIS.md "technicians listed") with their exact available, logged
 * and billable hours and billed amount: CTEs ending in `listed`, over the placeholders above.
 */
export const LISTED_TECHNICIANS = `wd as ${weekdaysOf("$2", "$3", "$6")},
  logged_days as (
    select technician_id, min(day) as first_day, max(day) as last_day
    from kpi_time_technician_days
    where org_id = $1 and grain = 'd' and technician_id in (select id from technicians where org_id = $1 and not confirmed)
    group by technician_id
  ), roster as (
    select t.id, t.name, t.hourly_cost, t.weekly_capacity_hours as cap,
      case when t.confirmed
        then (select count(*) from wd where (t.active_from is null or t.active_from <= wd.day) and (t.active_to is null or wd.day <= t.active_to))
        else (select count(*) from wd where wd.day between b.first_day and b.last_day) end as days
    from technicians t left join logged_days b on b.technician_id = t.id
    where t.org_id = $1
  ), logged as (
    select technician_id, sum(entries) as entries, sum(logged) as logged, sum(billable) as billable, sum(billed) as billed
    from kpi_time_technician_days
    where org_id = $1 and ${inGrainSpan(SPAN_PARAMS)}
    group by technician_id
  ), listed as (
    select r.id, r.name, r.hourly_cost, r.cap * r.days * 0.2 as available, coalesce(l.logged, 0) as logged, coalesce(l.billable, 0) as billable,
      coalesce(l.billed, 0) as billed
    from roster r left join logged l on l.technician_id = r.id
    where r.days > 0 or coalesce(l.entries, 0) > 0
  )`;

const SQL = `with ${LISTED_TECHNICIANS}, team as (
    select coalesce(sum(available), 0) as available, coalesce(sum(billable), 0) as billable,
      (select count(*) from wd) as weekdays, (select coalesce(sum(billed), 0) from logged) as billed,
      ${RECURRING_NUMERATOR("$2", "$3")} as recurring
    from listed
  )
  select ${roundDiv("available", "8 * weekdays", FIGURE_DP)} as fte,
    ${roundDiv("billable", "available", FIGURE_DP)} as team_utilization,
    ${roundDiv("(recurring + billed * 365) * 8 * weekdays", "365 * available", MONEY_DP)} as revenue_per_technician,
    (select coalesce(json_agg(json_build_array(name, ${roundSum("available", FIGURE_DP)}, ${roundSum("billable", FIGURE_DP)},
        ${roundSum("logged", FIGURE_DP)}, ${roundDiv("billable", "available", FIGURE_DP)}, ${roundDiv("logged", "available", FIGURE_DP)},
        ${roundSum("billed", MONEY_DP)},
        case when available = 0 then null when logged > available * $7::numeric then 'overloaded'
             when billable < available * $8::numeric then 'idle' else 'balanced' end)), '[]')
      from listed) as technicians
  from team`;

export async function computeTechniciansSql(
  db: SqlRunner,
  orgId: number,
  period: Period,
  settings: Pick<KpiSettings, "holidays" | "workloadUpper" | "workloadLower">,
): Promise<TechniciansSection> {
  const [from, to, monthsFrom, monthsTo] = grainParams(grainSpan(period));
  const [row] = await db.query<{ fte: string | null; team_utilization: string | null; revenue_per_technician: string | null; technicians: TechnicianRow[] }>(
    SQL,
    [orgId, from, to, monthsFrom, monthsTo, settings.holidays.join(","), String(settings.workloadUpper), String(settings.workloadLower)],
  );
  if (!row) throw new Error("technicians query returned no row");
  const figures = ([, available, billable, logged, utilization, loggedUtilization, billed, workload]: TechnicianRow): TechnicianFigures => ({
    available_hours: num0(available),
    billable_hours: num0(billable),
    logged_hours: num0(logged),
    utilization: num(utilization),
    logged_utilization: num(loggedUtilization),
    billed_revenue: num0(billed),
    workload,
  });
  return {
    fte: num(row.fte),
    team_utilization: num(row.team_utilization),
    revenue_per_technician: num(row.revenue_per_technician),
    by_technician: sortedRecord(row.technicians.map((t) => [t[0], figures(t)] as const)),
  };
}
