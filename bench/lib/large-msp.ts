import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Database } from "@/db/client";

// A large MSP generated inside PostgreSQL with generate_series: every row follows from its number
// (and random(), for the instants), so generation is a handful of INSERT … SELECTs.
// BENCH_SCALE (default 1) shrinks the activity (tickets, time entries, devices) for a quicker run
// on a busy machine; the 2,000 clients and their contracts stay, so the lists keep their length.
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const scaled = (n: number) => Math.max(1, Math.round(n * SCALE));

export const LARGE_MSP = {
  clients: 2_000,
  contracts: 10_000,
  technicians: 200,
  tickets: scaled(1_000_000),
  timeEntries: scaled(2_000_000),
  devices: scaled(100_000),
  weeks: 52,
  scale: SCALE,
} as const;

const { clients, contracts, technicians, tickets, timeEntries, devices, weeks } = LARGE_MSP;

const STEPS: [name: string, sql: string][] = [
  ["clients", `insert into clients (org_id, name, segment, source, external_id)
    select $1, 'Client ' || g, (array['SMB', 'Mid', 'Enterprise'])[1 + g % 3], 'bench', 'C' || g from generate_series(1, ${clients}) g`],
  ["technicians", `insert into technicians (org_id, name, weekly_capacity_hours, hourly_cost, active_from, active_to, source, external_id)
    select $1, 'Tech ' || g, (array[40, 40, 32, 37.5, 20])[1 + g % 5], case when g % 7 <> 0 then 35 + g % 30 end,
      case when g % 10 = 0 then date '2026-03-01' + g end, case when g % 15 = 0 then date '2026-09-30' - g end,
      'bench', 'Tech ' || g
    from generate_series(1, ${technicians}) g`],
  ["contracts", `insert into contracts (org_id, client_id, service, monthly_value, monthly_cost, start_date, end_date, salesperson, source, external_id)
    select $1, c0 + g % ${clients}, (array['Managed', 'Backup', 'Security', 'Cloud', 'Voice', 'M365'])[1 + (g / ${clients}) % 6],
      round((50 + random() * 2950)::numeric, 2), case when g % 5 <> 0 then round((10 + random() * 900)::numeric, 2) end,
      date '2023-01-01' + (random() * 1400)::int,
      case when g % 4 = 0 then date '2025-06-01' + (random() * 700)::int end,
      case when g % 3 <> 0 then 'Sales ' || (g % 10) end, 'bench', 'K' || g
    from generate_series(0, ${contracts - 1}) g, (select min(id) as c0 from clients where org_id = $1) c`],
  ["tickets", `insert into tickets (org_id, client_id, technician_id, created_at, first_response_at, resolved_at, priority, csat, source, external_id)
    select $1, c0 + g % ${clients}, t0 + g % ${technicians}, created,
      case when g % 10 <> 0 then created + random() * interval '8 hours' end,
      case when g % 5 <> 0 then created + random() * interval '72 hours' end,
      case when g % 12 <> 0 then 'P' || (1 + g % 4) end, case when g % 5 <> 0 and g % 3 = 0 then 1 + g % 5 end,
      'bench', 'T' || g
    from (select g, timestamptz '2026-01-01 00:00:00+00' + random() * interval '365 days' as created
          from generate_series(1, ${tickets}) g) x,
      (select min(id) as c0 from clients where org_id = $1) c, (select min(id) as t0 from technicians where org_id = $1) t`],
  ["time entries", `insert into time_entries (org_id, technician_id, client_id, work_date, hours, billable, ticket_ref, rate, amount, category, source, external_id)
    select $1, t0 + (g * 7) % ${technicians}, c0 + (g * 13) % ${clients}, date '2026-01-01' + g % 365, (1 + g % 32) * 0.25,
      g % 4 <> 0, 'T' || (g / 2), case when g % 3 <> 0 then 95 + (g % 5) * 10 end, case when g % 50 = 0 then (g % 900) + 0.5 end,
      (array['reactive', 'proactive', 'project', 'internal', null])[1 + g % 5], 'bench', 'E' || g
    from generate_series(1, ${timeEntries}) g,
      (select min(id) as c0 from clients where org_id = $1) c, (select min(id) as t0 from technicians where org_id = $1) t`],
  ["devices", `insert into devices (org_id, client_id, hostname, kind, managed_since, retired_on, warranty_end, source, external_id)
    select $1, c0 + g % ${clients}, 'host-' || g, (array['server', 'workstation', 'network', 'mobile'])[1 + g % 4],
      case when g % 10 <> 0 then date '2024-01-01' + (g * 7) % 1000 end, case when g % 20 = 0 then date '2026-01-01' + g % 365 end,
      case when g % 4 <> 0 then date '2025-06-01' + (g * 11) % 1200 end, 'bench', 'D' || g
    from generate_series(0, ${devices - 1}) g, (select min(id) as c0 from clients where org_id = $1) c`],
  ["device status", `insert into device_status (org_id, device_id, observed_at, av_ok, patched, patches_missing, backup_ok, online, last_seen_at, source, external_id)
    select $1, device_id, observed, random() < 0.95, random() < 0.8, (random() * 5)::int, random() < 0.9, true,
      case when g % 3 = 0 then observed - random() * interval '10 days' end, 'bench', 'S' || g
    from (select g, d0 + g % ${devices} as device_id,
            timestamptz '2026-01-01 00:00:00+00' + (g / ${devices}) * interval '7 days' + random() * interval '7 days' as observed
          from generate_series(0, ${devices * weeks - 1}) g, (select min(id) as d0 from devices where org_id = $1) d) x`],
];

const BIG_TABLES = ["tickets", "time_entries", "device_status"];

/**
 * Secondary indexes and foreign keys of the big tables, dropped for the load and rebuilt after it
 * (bulk-load practice: a sorted rebuild is several times faster than row-by-row maintenance).
 */
async function dropSecondaryStructures(db: Database): Promise<() => Promise<void>> {
  const indexes = await db.query<{ name: string; def: string }>(
    `select i.indexname as name, i.indexdef as def from pg_indexes i
     where i.schemaname = 'public' and i.tablename = any($1::text[])
       and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
    [BIG_TABLES],
  );
  const fks = await db.query<{ table: string; name: string; def: string }>(
    `select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as def from pg_constraint
     where contype = 'f' and conrelid::regclass::text = any($1::text[])`,
    [BIG_TABLES],
  );
  for (const fk of fks) await db.query(`alter table ${fk.table} drop constraint ${fk.name}`);
  for (const index of indexes) await db.query(`drop index ${index.name}`);
  return async () => {
    await Promise.all(indexes.map((index) => db.query(index.def)));
    for (const fk of fks) await db.query(`alter table ${fk.table} add constraint ${fk.name} ${fk.def}`);
  };
}

/** Fills an empty org; reports each step's time. Settings: Europe/Berlin with a few holidays, a default hourly cost of 45. */
export async function generateLargeMsp(db: Database, orgId: number, progress: (step: string, ms: number) => void): Promise<{ ms: number }> {
  const started = performance.now();
  await db.query(
    `update org_settings set time_zone = 'Europe/Berlin', holidays = $2::text::jsonb, default_hourly_cost = 45 where org_id = $1`,
    [orgId, JSON.stringify(["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-01", "2026-12-25", "2026-12-26"])],
  );
  const rebuild = await dropSecondaryStructures(db);
  const step = async ([name, sql]: (typeof STEPS)[number]) => {
    const stepStarted = performance.now();
    await db.query(sql, [orgId]);
    progress(name, performance.now() - stepStarted);
  };
  const [clientsStep, techniciansStep, contractsStep, ticketsStep, timeStep, devicesStep, statusStep] = STEPS;
  for (const s of [clientsStep!, techniciansStep!, contractsStep!, devicesStep!]) await step(s);
  // The three big tables load side by side, on connections of their own.
  await Promise.all([step(ticketsStep!), step(timeStep!), step(statusStep!)]);
  const rebuildStarted = performance.now();
  await rebuild();
  progress("indexes and foreign keys", performance.now() - rebuildStarted);
  return { ms: performance.now() - started };
}

/** One more week of device status as a generic CSV: every device observed once between `monday` and 6 days later. */
export async function writeWeeklyStatusCsv(file: string, monday: string): Promise<void> {
  const out = createWriteStream(file);
  out.write("device_id,observed_at,av_ok,patched,patches_missing,backup_ok,online,last_seen_at\n");
  const start = Date.parse(`${monday}T00:00:00Z`);
  for (let g = 0; g < devices; g++) {
    const observed = new Date(start + ((g * 7919) % (7 * 86_400)) * 1000).toISOString();
    if (!out.write(`D${g},${observed},${g % 20 !== 0},${g % 5 !== 0},${g % 5},${g % 10 !== 0},true,\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}
