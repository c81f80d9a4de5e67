import "server-only";
import type { ImportKind } from "@/lib/records/schemas";
import type { SqlRunner } from "../../client";
import { STAGE_TABLE } from "../../imports/staging";
import { idList, type DeviceScope } from "./rollups-devices";

// What an import changed, for the incremental refresh of the rollups (rollups.ts). Before the merge
// overwrites them, the rows the staging table names are copied with sign −1; after it, the same
// rows as stored now with sign +1. Unchanged rows cancel out; a row moved to another day, client or
// technician takes its old group down and its new one up. Clients, contracts and device status
// imports need no copy (a status row's day and device are its key); a technicians import merges
// placeholders, which moves time entries and tickets it does not name, so both parts are rebuilt
// whole after it.

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
  const tracked = TRACKED[kind];
  if (!tracked) return;
  await lockOrgRollups(tx, orgId);
  await tx.query(`create temp table ${CHANGED_ROWS} on commit drop as select *, 0 as sign from ${tracked.table} with no data`);
  await tx.query(stagedRows(kind, -1), [orgId, source]);
}

/** Call after the merge, in the same transaction. */
export async function captureRowsAfterMerge(tx: SqlRunner, orgId: number, kind: ImportKind, source: string): Promise<void> {
  if (!TRACKED[kind]) return;
  await tx.query(stagedRows(kind, 1), [orgId, source]);
  await tx.query(`analyze ${CHANGED_ROWS}`);
}

export async function changedRowsCaptured(db: SqlRunner): Promise<boolean> {
  const [row] = await db.query<{ captured: boolean }>(`select to_regclass('pg_temp.${CHANGED_ROWS}') is not null as captured`);
  return row?.captured ?? false;
}

/**
 * The device figures a devices import changed: for each device whose client, managed span or
 * warranty changed (or that is new), its old and new client, from the first day its events differ
 * (managed_since when the client or the start moved; else the earlier of the old and new end of
 * what changed). Null when no device changed in a way the figures see.
 */
export async function devicesImportScope(db: SqlRunner): Promise<DeviceScope | null> {
  const [row] = await db.query<{ from: string | null; clients: string | null }>(
    `select min(x.changed_from)::text as from, string_agg(distinct c.id::text, ',') as clients
     from (
       select n.client_id as new_client, o.client_id as old_client, least(
         case when o.id is null then coalesce(n.managed_since, '-infinity')
           when o.client_id <> n.client_id or o.managed_since is distinct from n.managed_since then least(coalesce(o.managed_since, '-infinity'), coalesce(n.managed_since, '-infinity')) end,
         case when o.retired_on is distinct from n.retired_on
           then least(coalesce(o.retired_on, 'infinity'), coalesce(n.retired_on, 'infinity')) end,
         case when o.warranty_end is distinct from n.warranty_end
           then least(coalesce(o.warranty_end + 1, n.managed_since, '-infinity'), coalesce(n.warranty_end + 1, n.managed_since, '-infinity')) end
       ) as changed_from
       from ${CHANGED_ROWS} n left join ${CHANGED_ROWS} o on o.id = n.id and o.sign = -1
       where n.sign = 1
     ) as x cross join lateral (values (x.new_client), (x.old_client)) as c(id)
     where x.changed_from is not null and c.id is not null`,
  );
  return row?.from ? { from: row.from, clientIds: idList(row.clients) } : null;
}
