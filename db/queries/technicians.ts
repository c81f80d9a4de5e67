import "server-only";
import type { Period } from "@/lib/kpi/period";
import type { KpiReport, Workload } from "@/lib/kpi/report-schema";
import type { ClientWork, TechnicianLoad } from "@/lib/rebalancing/types";
import type { SqlRunner } from "../client";

// Technicians for a period: the report's figures (by_technician, keyed by name) joined to the
// technician rows, plus tickets handled and each technician's work per client (for rebalancing).

export interface TechnicianRow {
  id: number;
  name: string;
  role: string | null;
  /** False until a technicians import or Settings confirms someone seen only in time entries or tickets. */
  confirmed: boolean;
  availableHours: number;
  billableHours: number;
  loggedHours: number;
  utilization: number | null;
  loggedUtilization: number | null;
  billedRevenue: number;
  workload: Workload | null;
  /** Tickets created in P that are assigned to the technician. */
  ticketsHandled: number;
}

/** The technicians the report lists for P (active on a weekday of P, or logged time in P), by name. */
export async function listTechnicianRows(db: SqlRunner, orgId: number, period: Period, timeZone: string, report: KpiReport): Promise<TechnicianRow[]> {
  const rows = await db.query<{ id: number; name: string; role: string | null; confirmed: boolean; tickets: number }>(
    `select t.id, t.name, t.role, t.confirmed,
            (select count(*)::int from tickets k
             where k.org_id = t.org_id and k.technician_id = t.id
               and (k.created_at at time zone $2::text)::date between $3::date and $4::date) as tickets
     from technicians t where t.org_id = $1 order by t.name`,
    [orgId, timeZone, period.from, period.to],
  );
  return rows.flatMap((t) => {
    const f = report.technicians.by_technician[t.name];
    if (!f) return [];
    return [
      {
        id: t.id,
        name: t.name,
        role: t.role,
        confirmed: t.confirmed,
        availableHours: f.available_hours,
        billableHours: f.billable_hours,
        loggedHours: f.logged_hours,
        utilization: f.utilization,
        loggedUtilization: f.logged_utilization,
        billedRevenue: f.billed_revenue,
        workload: f.workload,
        ticketsHandled: t.tickets,
      },
    ];
  });
}

interface WorkRow {
  technician_id: number;
  client_id: number;
  client: string;
  logged: string;
  billable: string;
  open_tickets: number;
}

/**
 * Per technician and client: hours logged in P (all and billable), and the client's tickets still
 * open with the technician (resolved_at is null, whenever created).
 */
async function clientWorkByTechnician(db: SqlRunner, orgId: number, period: Period): Promise<Map<number, ClientWork[]>> {
  const rows = await db.query<WorkRow>(
    `with work as (
       select technician_id, client_id, sum(hours) as logged, coalesce(sum(hours) filter (where billable), 0) as billable
       from time_entries where org_id = $1 and work_date between $2::date and $3::date
       group by technician_id, client_id
     ), open as (
       select technician_id, client_id, count(*)::int as open_tickets
       from tickets where org_id = $1 and resolved_at is null and technician_id is not null
       group by technician_id, client_id
     )
     select w.technician_id, w.client_id, c.name as client, w.logged::text as logged, w.billable::text as billable,
            coalesce(o.open_tickets, 0) as open_tickets
     from work w
     join clients c on c.org_id = $1 and c.id = w.client_id
     left join open o on o.technician_id = w.technician_id and o.client_id = w.client_id
     order by w.technician_id, c.name`,
    [orgId, period.from, period.to],
  );
  const result = new Map<number, ClientWork[]>();
  for (const r of rows) {
    const list = result.get(Number(r.technician_id)) ?? [];
    list.push({
      clientId: Number(r.client_id),
      client: r.client,
      loggedHours: Number(r.logged),
      billableHours: Number(r.billable),
      openTickets: r.open_tickets,
    });
    result.set(Number(r.technician_id), list);
  }
  return result;
}

/** What the rebalancing proposal takes: each listed technician's hours for P, split by client. */
export async function technicianLoads(db: SqlRunner, orgId: number, period: Period, rows: readonly TechnicianRow[]): Promise<TechnicianLoad[]> {
  const work = await clientWorkByTechnician(db, orgId, period);
  return rows.map((t) => ({
    technicianId: t.id,
    technician: t.name,
    confirmed: t.confirmed,
    availableHours: t.availableHours,
    billableHours: t.billableHours,
    loggedHours: t.loggedHours,
    clients: work.get(t.id) ?? [],
  }));
}
