import type { SqlRunner } from "@/db/client";
import type { KpiDataset } from "@/lib/kpi/reference";
import type { KpiSettings } from "@/lib/records/settings";

// Puts a KpiDataset into an org with one set-based INSERT per table (rows passed as one JSON
// parameter, inserted in array order so ids follow it). Clients and technicians that records name
// but the lists lack are created the way the importer creates them: by name, default capacity, not
// confirmed.

const rows = (table: string, columns: string, select: string, joins = "") =>
  `insert into ${table} (org_id, source, external_id, ${columns})
   select $1, 'test', ${select}
   from jsonb_array_elements($2::text::jsonb) with ordinality as e(r, n) ${joins}
   order by n`;

const clientJoin = "join clients c on c.org_id = $1 and c.name = r->>'client'";
const technicianJoin = "join technicians p on p.org_id = $1 and p.name = r->>'technician'";

export async function insertDataset(db: SqlRunner, orgId: number, data: KpiDataset): Promise<void> {
  const clientNames = [...new Set([
    ...data.clients.map((c) => c.name),
    ...[...data.contracts, ...data.tickets, ...data.timeEntries, ...data.devices].map((r) => r.client),
  ])];
  const segments = new Map(data.clients.map((c) => [c.name, c.segment]));
  const technicians: (KpiDataset["technicians"][number] & { confirmed?: boolean })[] = [...data.technicians];
  for (const name of new Set([...data.timeEntries.map((e) => e.technician), ...data.tickets.flatMap((t) => (t.technician ? [t.technician] : []))])) {
    if (!technicians.some((t) => t.technician === name)) {
      technicians.push({ technician: name, weekly_capacity_hours: "40", active_from: null, active_to: null, role: null, hourly_cost: null, confirmed: false });
    }
  }
  const run = (sql: string, items: unknown[]) => (items.length === 0 ? Promise.resolve() : db.query(sql, [orgId, JSON.stringify(items)]));
  await run(rows("clients", "name, segment", "r->>'name', r->>'name', r->>'segment'"), clientNames.map((name) => ({ name, segment: segments.get(name) ?? null })));
  await run(
    rows("technicians", "name, weekly_capacity_hours, active_from, active_to, role, hourly_cost, confirmed",
      `r->>'technician', r->>'technician', (r->>'weekly_capacity_hours')::numeric, (r->>'active_from')::date, (r->>'active_to')::date, r->>'role',
       (r->>'hourly_cost')::numeric, coalesce((r->>'confirmed')::boolean, true)`),
    technicians,
  );
  await run(
    rows("contracts", "client_id, service, monthly_value, start_date, end_date, tier, units, salesperson, monthly_cost",
      `r->>'contract_id', c.id, r->>'service', (r->>'monthly_value')::numeric, (r->>'start_date')::date, (r->>'end_date')::date,
       r->>'tier', (r->>'units')::numeric, r->>'salesperson', (r->>'monthly_cost')::numeric`, clientJoin),
    data.contracts,
  );
  await run(
    rows("tickets", "client_id, technician_id, created_at, first_response_at, resolved_at, status, priority, csat, subject, first_response_tracked",
      `r->>'ticket_id', c.id, p.id, (r->>'created_at')::timestamptz, (r->>'first_response_at')::timestamptz,
       (r->>'resolved_at')::timestamptz, r->>'status', r->>'priority', (r->>'csat')::smallint, r->>'subject',
       coalesce((r->>'first_response_tracked')::boolean, true)`,
      `${clientJoin} left join technicians p on p.org_id = $1 and p.name = r->>'technician'`),
    data.tickets,
  );
  await run(
    rows("time_entries", "technician_id, client_id, work_date, hours, billable, ticket_ref, rate, amount, category",
      `r->>'entry_id', p.id, c.id, (r->>'work_date')::date, (r->>'hours')::numeric, (r->>'billable')::boolean, r->>'ticket_id',
       (r->>'rate')::numeric, (r->>'amount')::numeric, r->>'category'`, `${clientJoin} ${technicianJoin}`),
    data.timeEntries,
  );
  await run(
    rows("devices", "client_id, hostname, kind, managed_since, retired_on, warranty_end",
      `r->>'device_id', c.id, r->>'hostname', r->>'kind', (r->>'managed_since')::date, (r->>'retired_on')::date, (r->>'warranty_end')::date`,
      clientJoin),
    data.devices,
  );
  await insertDeviceStatus(db, orgId, data.deviceStatus);
  await run(
    `insert into peer_reviews (org_id, quarter, reviewer_id, reviewee_id, score)
     select $1, r->>'quarter', a.id, b.id, (r->>'score')::smallint
     from jsonb_array_elements($2::text::jsonb) with ordinality as e(r, n)
       join technicians a on a.org_id = $1 and a.name = r->>'reviewer' join technicians b on b.org_id = $1 and b.name = r->>'reviewee'
     order by n`,
    data.peerReviews,
  );
}

/** Observations of devices already inserted; `runId` marks them as one import run's rows. */
export async function insertDeviceStatus(db: SqlRunner, orgId: number, statuses: KpiDataset["deviceStatus"], runId: number | null = null): Promise<void> {
  if (statuses.length === 0) return;
  await db.query(
    `insert into device_status (org_id, source, external_id, import_run_id, device_id, observed_at, av_ok, patched, patches_missing,
       backup_ok, online, last_seen_at)
     select $1, 'test', null, $3::bigint, d.id, (r->>'observed_at')::timestamptz, (r->>'av_ok')::boolean, (r->>'patched')::boolean,
       (r->>'patches_missing')::int, (r->>'backup_ok')::boolean, (r->>'online')::boolean, (r->>'last_seen_at')::timestamptz
     from jsonb_array_elements($2::text::jsonb) with ordinality as e(r, n)
       join devices d on d.org_id = $1 and d.source = 'test' and d.external_id = r->>'device_id'
     order by n`,
    [orgId, JSON.stringify(statuses), runId],
  );
}

/** Stores the settings as the org's own, so the CLI and the API (which read them) see the same. */
export async function storeSettings(db: SqlRunner, orgId: number, settings: KpiSettings): Promise<void> {
  await db.query(
    `update org_settings set time_zone = $2, currency = $3, holidays = $4::text::jsonb, sla_target_minutes = $5::text::jsonb,
       workload_upper = $6, workload_lower = $7, default_hourly_cost = $8::numeric where org_id = $1`,
    [orgId, settings.timeZone, settings.currency, JSON.stringify(settings.holidays), JSON.stringify(settings.slaTargetMinutes),
      String(settings.workloadUpper), String(settings.workloadLower), settings.defaultHourlyCost === null ? null : String(settings.defaultHourlyCost)],
  );
}
