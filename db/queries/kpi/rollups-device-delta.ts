import "server-only";
import type { SqlRunner } from "../../client";
import { DEVICE_EVENTS, managedRows } from "./rollups-device-events";

// A change to some devices (their rows, or their observations) refreshes kpi_device_client_days by
// a signed delta: CHANGED_DEVICES names the devices, each with the first local day its events may
// differ (and whether the change created it). After the change is written, one statement reads
// each device's observations from that day on once, and takes its events as they are (+1) and as
// they were (−1): without the observations the change wrote, with the versions it replaced
// (PREVIOUS_STATUS, copied before), and with the device rows it replaced. Summed per client and
// day into DEVICE_DELTA, the delta shifts each client's running totals from its first delta day
// on. The writer holds the devices' row locks until it commits, so another writer's delta of the
// same devices starts from this one's result.

export const CHANGED_DEVICES = "kpi_changed_devices";
export const PREVIOUS_STATUS = "kpi_previous_status";
const DEVICE_DELTA = "kpi_device_delta";

/** In the writer's transaction, before anything is added: empty sets of changed devices, replaced observations and events. */
export async function startDeviceDelta(db: SqlRunner): Promise<void> {
  // The statements are cheap per device; compiling them (JIT) would cost more than running them.
  await db.query("select set_config('jit', 'off', true)");
  await db.query(`create temp table ${CHANGED_DEVICES} (id bigint primary key, from_day date not null, created boolean not null) on commit drop`);
  await db.query(
    `create temp table ${PREVIOUS_STATUS} on commit drop as
     select device_id, id, observed_at, last_seen_at, av_ok, patched, backup_ok from device_status with no data`,
  );
  await db.query(
    `create temp table ${DEVICE_DELTA} (client_id bigint not null, day date not null, managed int not null, av_ok int not null,
       patched int not null, backup_ok int not null, seen int not null, warranty int not null) on commit drop`,
  );
}

export async function deviceDeltaStarted(db: SqlRunner): Promise<boolean> {
  const [row] = await db.query<{ started: boolean }>(`select to_regclass('pg_temp.${DEVICE_DELTA}') is not null as started`);
  return row?.started ?? false;
}

/** Adds changed devices, each from the local day of `since` (null: from the start). */
export async function addChangedDevices(db: SqlRunner, timeZone: string, devices: { id: number; since: string | null }[], created = false): Promise<void> {
  await db.query(
    `insert into ${CHANGED_DEVICES} (id, from_day, created)
     select r.id, coalesce((r.since at time zone $1)::date, '-infinity'), $3 from jsonb_to_recordset($2::text::jsonb) as r(id bigint, since timestamptz)
     on conflict (id) do nothing`,
    [timeZone, JSON.stringify(devices), created],
  );
}

/** Gives up the delta: the figures are rebuilt whole instead. */
export async function dropDeviceDelta(db: SqlRunner): Promise<void> {
  await db.query(`drop table ${DEVICE_DELTA}`);
}

/** Locks the rows of the changed devices (in id order, as the webhook worker does). */
export async function lockChangedDevices(db: SqlRunner, orgId: number): Promise<void> {
  await db.query(
    `select count(*) from (select id from devices where org_id = $1 and id in (select id from ${CHANGED_DEVICES}) order by id for update) as locked`,
    [orgId],
  );
}

// $3: the import run whose rows the change wrote; $4: the ids of other rows it inserted.
const DELTA_OF_CHANGED = (oldDevices: string) => `
  with managed as (
    ${managedRows(1, `devices d join ${CHANGED_DEVICES} c on c.id = d.id`, "c.from_day", "d.org_id = $1")}
    union all
    ${managedRows(-1, `${oldDevices} d join ${CHANGED_DEVICES} c on c.id = d.id and not c.created`, "c.from_day", "d.org_id = $1")}
  ), now as (
    select later.* from ${CHANGED_DEVICES} c cross join lateral (
      select s.device_id, s.id, s.observed_at, s.last_seen_at, s.av_ok, s.patched, s.backup_ok, s.import_run_id from device_status s
      where s.org_id = $1 and s.device_id = c.id and s.observed_at >= (c.from_day::timestamp at time zone $2) - interval '1 day'
        and (s.observed_at at time zone $2)::date >= c.from_day
      offset 0 -- keeps this a lookup per device: flattened, the planner may scan every observation
    ) as later
    union all
    select last.* from ${CHANGED_DEVICES} c cross join lateral (
      select s.device_id, s.id, s.observed_at, s.last_seen_at, s.av_ok, s.patched, s.backup_ok, s.import_run_id from device_status s
      where s.org_id = $1 and s.device_id = c.id and s.observed_at < (c.from_day::timestamp at time zone $2) + interval '1 day'
        and (s.observed_at at time zone $2)::date < c.from_day
      order by s.observed_at desc, s.id desc limit 1
    ) as last
  ), observations as (
    select device_id, 1 as v, id, observed_at, last_seen_at, av_ok, patched, backup_ok from now
    union all
    select device_id, -1, id, observed_at, last_seen_at, av_ok, patched, backup_ok from now
    where ($3::bigint is null or import_run_id is distinct from $3) and id <> all($4::bigint[])
    union all
    select device_id, -1, id, observed_at, last_seen_at, av_ok, patched, backup_ok from ${PREVIOUS_STATUS}
    where id in (select id from now where import_run_id = $3::bigint)
  ), ${DEVICE_EVENTS}
  insert into ${DEVICE_DELTA} (client_id, day, managed, av_ok, patched, backup_ok, seen, warranty)
  select client_id, day, managed, av, pa, bk, seen, warranty from events`;

export interface WrittenChange {
  /** The device rows as they were (default: as they are: the change wrote none). */
  oldDevices?: string;
  /** The import run that wrote observations (each replaced one copied to PREVIOUS_STATUS before). */
  runId?: number;
  /** Ids of observations the change inserted otherwise. */
  inserted?: number[];
}

/** Call after the change is written: adds the changed devices' events as they are, and minus as they were. */
export async function addDeviceDelta(db: SqlRunner, orgId: number, timeZone: string, change: WrittenChange = {}): Promise<void> {
  await db.query(DELTA_OF_CHANGED(change.oldDevices ?? "devices"), [orgId, timeZone, change.runId ?? null, `{${(change.inserted ?? []).join(",")}}`]);
}

const SUMMED = `
    select client_id, day, sum(managed)::int as managed, sum(av_ok)::int as av_ok, sum(patched)::int as patched,
      sum(backup_ok)::int as backup_ok, sum(seen)::int as seen, sum(warranty)::int as warranty
    from ${DEVICE_DELTA} group by client_id, day
    having sum(managed) <> 0 or sum(av_ok) <> 0 or sum(patched) <> 0 or sum(backup_ok) <> 0 or sum(seen) <> 0 or sum(warranty) <> 0`;
const SUMS = `sums as (${SUMMED})`;
const DELTA_SUMS = "kpi_device_delta_sums";
const FIGURES = ["managed", "av_ok", "patched", "backup_ok", "seen", "warranty"];
const each = (f: (column: string) => string) => FIGURES.map(f).join(", ");
const PREVIOUS_ROW = `left join lateral (
    select * from kpi_device_client_days p where p.org_id = $1 and p.client_id = s.client_id and p.day < s.day order by p.day desc limit 1
  ) as p on true`;

/**
 * Adds the delta to the org's running totals: a row (a copy of the one before) on each delta day
 * that has none, every row from a client's first delta day on shifted by the delta summed up to its
 * day, and the rows on delta days that now equal the one before removed, so the rows are those a
 * whole rebuild writes.
 */
export async function applyDeviceDelta(db: SqlRunner, orgId: number): Promise<void> {
  await db.query(`create temp table ${DELTA_SUMS} on commit drop as ${SUMMED}`);
  await db.query(`analyze ${DELTA_SUMS}`);
  await db.query(
    `insert into kpi_device_client_days (org_id, client_id, day, ${FIGURES.join(", ")})
     select $1, s.client_id, s.day, ${each((c) => `coalesce(p.${c}, 0)`)} from ${DELTA_SUMS} s ${PREVIOUS_ROW}
     where not exists (select 1 from kpi_device_client_days k where k.org_id = $1 and k.client_id = s.client_id and k.day = s.day)`,
    [orgId],
  );
  await db.query(
    `with shifts as (
       select client_id, day, lead(day, 1, 'infinity'::date) over w as until, ${each((c) => `sum(${c}) over w as ${c}`)}
       from ${DELTA_SUMS} window w as (partition by client_id order by day)
     )
     update kpi_device_client_days k set ${each((c) => `${c} = k.${c} + x.${c}`)} from shifts x
     where k.org_id = $1 and k.client_id = x.client_id and k.day >= x.day and k.day < x.until`,
    [orgId],
  );
  // By row address: the rows to go are found with an index lookup each, not a join over the org's rows.
  await db.query(
    `delete from kpi_device_client_days where ctid = any(array(
       select k.ctid from ${DELTA_SUMS} s
       join lateral (
         select k.ctid, k.* from kpi_device_client_days k where k.org_id = $1 and k.client_id = s.client_id and k.day = s.day offset 0
       ) as k on true ${PREVIOUS_ROW}
       where (${each((c) => `k.${c}`)}) = (${each((c) => `coalesce(p.${c}, 0)`)})
     ))`,
    [orgId],
  );
}

/** Keeps the summed delta for the next refresh (a webhook batch's, whose refresh comes later). */
export async function savePendingDelta(db: SqlRunner, orgId: number, timeZone: string): Promise<void> {
  await db.query(
    `with ${SUMS} insert into kpi_device_pending_deltas (org_id, time_zone, client_id, day, ${FIGURES.join(", ")})
     select $1, $2, client_id, day, ${FIGURES.join(", ")} from sums`,
    [orgId, timeZone],
  );
}

/**
 * Takes the org's pending deltas into this transaction's delta. False when one was computed in
 * another time zone than `timeZone` (the rollup's): then only a whole rebuild is right.
 */
export async function takePendingDeltas(db: SqlRunner, orgId: number, timeZone: string): Promise<boolean> {
  const [row] = await db.query<{ others: number }>(
    `with taken as (delete from kpi_device_pending_deltas where org_id = $1 returning *),
     added as (
       insert into ${DEVICE_DELTA} (client_id, day, ${FIGURES.join(", ")})
       select client_id, day, ${FIGURES.join(", ")} from taken where time_zone = $2
     )
     select count(*) filter (where time_zone <> $2)::int as others from taken`,
    [orgId, timeZone],
  );
  return (row?.others ?? 0) === 0;
}
