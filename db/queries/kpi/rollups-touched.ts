import "server-only";
import type { ImportKind } from "@/lib/records/schemas";
import type { SqlRunner } from "../../client";
import { STAGE_TABLE } from "../../imports/staging";
import { getKpiSettings } from "../org-settings";
import { stagedExternalId } from "../../imports/merge";
import { addDeviceDelta, CHANGED_DEVICES, dropDeviceDelta, lockChangedDevices, PREVIOUS_STATUS, startDeviceDelta } from "./rollups-device-delta";

// What an import changed, for the incremental refresh of the rollups (rollups.ts). Before the merge
// overwrites them, the rows the staging table names are copied with sign −1; after it, the same
// rows as stored now with sign +1. Unchanged rows cancel out; a row moved to another day, client or
// technician takes its old group down and its new one up. Clients and contracts imports need no
// copy; a technicians import merges placeholders, which moves time entries and tickets it does not
// name, so both parts are rebuilt whole after it. Device figures take a signed delta of the
// devices' events (rollups-device-delta.ts): a status import's devices from the first day the file
// gives each, read before and after the merge; a devices import's devices whose client, managed
// span or warranty changed, in full, from their copied old row and their new one (their
// observations are the same).

export const CHANGED_ROWS = "kpi_changed_rows";

const TRACKED: Partial<Record<ImportKind, { table: string; externalId: string }>> = {
  tickets: { table: "tickets", externalId: "ticket_id" },
  time: { table: "time_entries", externalId: "entry_id" },
  devices: { table: "devices", externalId: "device_id" },
};

// One lock id per (org, rollups): two writers of one org's rollups go one after the other.
const ROLLUP_LOCK = 7_301_002;

export async function lockOrgRollups(db: SqlRunner, orgId: number): Promise<void> {
  await db.query("select pg_advisory_xact_lock($1, $2::int)", [ROLLUP_LOCK, orgId]);
}

const stagedRows = (kind: ImportKind, sign: number) => {
  const { table, externalId } = TRACKED[kind]!;
  return `insert into ${CHANGED_ROWS} select t.*, ${sign} from ${table} t
    where t.org_id = $1 and t.source = $2 and t.external_id in (select ${externalId} from ${STAGE_TABLE})`;
};

/**
 * Call in the import's transaction after staging, before the merge. Takes the org's rollup lock
 * first, so a concurrent import of the same rows cannot change them between this copy and the merge.
 */
export async function captureRowsBeforeMerge(tx: SqlRunner, orgId: number, kind: ImportKind, source: string): Promise<void> {
  if (kind === "device-status") return captureStatusDevicesBefore(tx, orgId, source);
  const tracked = TRACKED[kind];
  if (!tracked) return;
  await lockOrgRollups(tx, orgId);
  await tx.query(`create temp table ${CHANGED_ROWS} on commit drop as select *, 0 as sign from ${tracked.table} with no data`);
  await tx.query(stagedRows(kind, -1), [orgId, source]);
}

/** Call after the merge, in the same transaction. */
export async function captureRowsAfterMerge(tx: SqlRunner, orgId: number, kind: ImportKind, source: string, runId: number): Promise<void> {
  if (kind === "device-status") return captureStatusDevicesAfter(tx, orgId, runId);
  if (!TRACKED[kind]) return;
  await tx.query(stagedRows(kind, 1), [orgId, source]);
  await tx.query(`analyze ${CHANGED_ROWS}`);
  if (kind === "devices") await captureChangedDeviceRows(tx, orgId);
}

const timeZoneOf = async (tx: SqlRunner, orgId: number) => (await getKpiSettings(tx, orgId)).timeZone;

/**
 * Every device the file's ids may name (the merge picks one of those of the same id), from the
 * first local day of its rows, locked; and the stored observations the file's rows will replace.
 */
async function captureStatusDevicesBefore(tx: SqlRunner, orgId: number, source: string): Promise<void> {
  await lockOrgRollups(tx, orgId);
  const timeZone = await timeZoneOf(tx, orgId);
  await startDeviceDelta(tx);
  await tx.query(
    `insert into ${CHANGED_DEVICES} (id, from_day, created)
     select d.id, min((s.observed_at at time zone $2)::date), false from devices d join ${STAGE_TABLE} s on lower(d.external_id) = lower(s.device_id)
     where d.org_id = $1 group by d.id`,
    [orgId, timeZone],
  );
  await tx.query(`analyze ${CHANGED_DEVICES}`);
  await lockChangedDevices(tx, orgId);
  await tx.query(
    `insert into ${PREVIOUS_STATUS} select o.* from (select distinct ${stagedExternalId("device-status")} as key from ${STAGE_TABLE} s) as k
     cross join lateral (
       select t.device_id, t.id, t.observed_at, t.last_seen_at, t.av_ok, t.patched, t.backup_ok from device_status t
       where t.org_id = $1 and t.source = $2 and t.external_id = k.key limit 1
     ) as o`,
    [orgId, source],
  );
}

/**
 * Adds the devices the merge created (device_map: resolve.ts), whole, and takes the delta. A
 * device another writer created meanwhile has no events from before: then the delta is dropped,
 * and the figures are rebuilt whole.
 */
async function captureStatusDevicesAfter(tx: SqlRunner, orgId: number, runId: number): Promise<void> {
  const [added] = await tx.query<{ others: number }>(
    `with added as (
       insert into ${CHANGED_DEVICES} (id, from_day, created)
       select m.id, '-infinity', true from device_map m join devices d on d.id = m.id and d.import_run_id = $1
       on conflict (id) do nothing
     )
     select count(*)::int as others from device_map m where m.id is not null and m.id not in (select id from ${CHANGED_DEVICES})
       and m.id not in (select id from devices where org_id = $2 and import_run_id = $1)`,
    [runId, orgId],
  );
  if (added!.others > 0) return dropDeviceDelta(tx);
  await addDeviceDelta(tx, orgId, await timeZoneOf(tx, orgId), { runId });
}

/** The devices whose client, managed span or warranty the import changed (or that it created). */
async function captureChangedDeviceRows(tx: SqlRunner, orgId: number): Promise<void> {
  const timeZone = await timeZoneOf(tx, orgId);
  await startDeviceDelta(tx);
  await tx.query(
    `insert into ${CHANGED_DEVICES} (id, from_day, created)
     select n.id, '-infinity', false from ${CHANGED_ROWS} n left join ${CHANGED_ROWS} o on o.id = n.id and o.sign = -1
     where n.sign = 1 and (o.id is null or (o.client_id, o.managed_since, o.retired_on, o.warranty_end) is distinct from (n.client_id, n.managed_since, n.retired_on, n.warranty_end))`,
  );
  await addDeviceDelta(tx, orgId, timeZone, { oldDevices: `(select * from ${CHANGED_ROWS} where sign = -1)` });
}

export async function changedRowsCaptured(db: SqlRunner): Promise<boolean> {
  const [row] = await db.query<{ captured: boolean }>(`select to_regclass('pg_temp.${CHANGED_ROWS}') is not null as captured`);
  return row?.captured ?? false;
}
