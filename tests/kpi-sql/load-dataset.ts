import "server-only";
import type { KpiDataset } from "@/lib/kpi/reference/dataset";
import type { SqlRunner } from "@/db/client";

// Reads an org's rows as the canonical records lib/kpi/reference takes: references resolved to client and
// technician NAMES, device ids as the devices' external ids, dates as "YYYY-MM-DD" and instants as
// ISO UTC strings to the microsecond. Rows come in id (import) order, which breaks ties between
// device observations with the same observed_at. Technicians not confirmed are left out of the
// technician records: to the reference they are people named only in time entries or tickets. This loads
// every row: it is the bridge that lets the reference implementation check the SQL, not the way
// the app computes figures.

/** An instant to the microsecond, as "…T…Z" ("….123456Z", or no fraction when it is zero). */
const instant = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const trimZeroFraction = (value: string | null) => (value === null ? null : value.replace(/\.000000Z$/, "Z"));

/** A device's id in the records: its external id, or a stable stand-in for a device that has none. */
const DEVICE_ID = "coalesce(d.external_id, 'device-' || d.id)";

export async function loadKpiDataset(db: SqlRunner, orgId: number): Promise<KpiDataset> {
  const [clients, contracts, technicians, tickets, timeEntries, devices, deviceStatus, peerReviews] = await Promise.all([
    db.query<KpiDataset["clients"][number]>("select name, segment from clients where org_id = $1 order by id", [orgId]),
    db.query<KpiDataset["contracts"][number]>(
      `select coalesce(k.external_id, 'contract-' || k.id) as contract_id, c.name as client, k.service, k.monthly_value,
         k.start_date, k.end_date, k.tier, k.units, k.salesperson, k.monthly_cost
       from contracts k join clients c on c.org_id = k.org_id and c.id = k.client_id
       where k.org_id = $1 order by k.id`,
      [orgId],
    ),
    db.query<KpiDataset["technicians"][number]>(
      `select name as technician, weekly_capacity_hours, active_from, active_to, role, hourly_cost
       from technicians where org_id = $1 and confirmed order by id`,
      [orgId],
    ),
    db.query<KpiDataset["tickets"][number]>(
      `select coalesce(t.external_id, 'ticket-' || t.id) as ticket_id, c.name as client, ${instant("t.created_at")} as created_at,
         ${instant("t.first_response_at")} as first_response_at, ${instant("t.resolved_at")} as resolved_at, t.status,
         t.priority, p.name as technician, t.csat, t.subject, t.first_response_tracked
       from tickets t join clients c on c.org_id = t.org_id and c.id = t.client_id
         left join technicians p on p.org_id = t.org_id and p.id = t.technician_id
       where t.org_id = $1 order by t.id`,
      [orgId],
    ),
    db.query<KpiDataset["timeEntries"][number]>(
      `select coalesce(e.external_id, 'entry-' || e.id) as entry_id, p.name as technician, c.name as client, e.work_date,
         e.hours, e.billable, e.ticket_ref as ticket_id, e.rate, e.amount, e.category
       from time_entries e join clients c on c.org_id = e.org_id and c.id = e.client_id
         join technicians p on p.org_id = e.org_id and p.id = e.technician_id
       where e.org_id = $1 order by e.id`,
      [orgId],
    ),
    db.query<KpiDataset["devices"][number]>(
      `select ${DEVICE_ID} as device_id, c.name as client, d.hostname, d.kind, d.managed_since, d.retired_on, d.warranty_end
       from devices d join clients c on c.org_id = d.org_id and c.id = d.client_id
       where d.org_id = $1 order by d.id`,
      [orgId],
    ),
    db.query<KpiDataset["deviceStatus"][number]>(
      `select ${DEVICE_ID} as device_id, ${instant("s.observed_at")} as observed_at, s.av_ok, s.patched, s.patches_missing,
         s.backup_ok, s.online, ${instant("s.last_seen_at")} as last_seen_at, null as client, null as hostname
       from device_status s join devices d on d.org_id = s.org_id and d.id = s.device_id
       where s.org_id = $1 order by s.id`,
      [orgId],
    ),
    db.query<KpiDataset["peerReviews"][number]>(
      `select r.quarter, a.name as reviewer, b.name as reviewee, r.score
       from peer_reviews r join technicians a on a.org_id = r.org_id and a.id = r.reviewer_id
         join technicians b on b.org_id = r.org_id and b.id = r.reviewee_id
       where r.org_id = $1 order by r.id`,
      [orgId],
    ),
  ]);
  return {
    clients,
    contracts,
    technicians,
    // first_response_tracked is left out when true, as records leave it out (absent = tracked)
    tickets: tickets.map(({ first_response_tracked: tracked, ...t }) => ({
      ...t,
      created_at: trimZeroFraction(t.created_at)!,
      first_response_at: trimZeroFraction(t.first_response_at),
      resolved_at: trimZeroFraction(t.resolved_at),
      ...(tracked === false ? { first_response_tracked: false } : {}),
    })),
    timeEntries,
    devices: devices.map((d) => ({ ...d, kind: d.kind as KpiDataset["devices"][number]["kind"] })),
    deviceStatus: deviceStatus.map((s) => ({ ...s, observed_at: trimZeroFraction(s.observed_at)!, last_seen_at: trimZeroFraction(s.last_seen_at) })),
    peerReviews,
  };
}
