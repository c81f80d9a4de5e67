import "server-only";
import { evaluateAlertsAfterChange } from "../alerts/after-change";
import type { Database, SqlRunner } from "@/db/client";
import { refreshDeviceRollupsAfterEvents } from "@/db/queries/kpi/rollups";
import { idList } from "@/db/queries/kpi/rollups-devices";

// Where applied webhook events reach derived data. The KPI engine reads device health from its
// rollups, and db/queries/kpi/rollups.ts asks every writer outside the importer to refresh them:
// this refreshes the device part for each org whose devices or status observations changed, from
// the earliest day and for the clients the events touched. Then the org's KPI threshold alerts are
// evaluated against the new figures (db/alerts).
// The refresh is throttled, so what awaits it is kept in kpi_device_rollups_stale, not in memory:
// a worker killed before its refresh leaves the marks for the next one.

export interface DeviceEventChanges {
  /** The devices the events named. */
  deviceIds: number[];
  /** The earliest event's instant: its status observations, and the devices it created, date from its day on. */
  earliest: string;
}

/**
 * Call in the transaction that applies the events, so the mark commits with their effects. An
 * update, not "do nothing": it locks the mark, so a refresh cannot clear it before these effects
 * are visible to that refresh. Marks add up: the earliest instant, the union of the clients.
 * Without `changes` the org's device figures are rebuilt whole.
 */
export async function markDeviceRollupsStale(tx: SqlRunner, orgId: number, changes?: DeviceEventChanges): Promise<void> {
  // A created device is managed from its first event's UTC date, whose local day may be the one
  // before; a day earlier covers every time zone.
  await tx.query(
    `insert into kpi_device_rollups_stale as k (org_id, since, client_ids)
     select $1, (date_trunc('day', $2::timestamptz at time zone 'UTC') - interval '1 day') at time zone 'UTC',
       case when $3::bigint[] is not null then array(select distinct client_id from devices where org_id = $1 and id = any($3::bigint[])) end
     on conflict (org_id) do update set marked_at = excluded.marked_at,
       since = case when k.since is not null and excluded.since is not null then least(k.since, excluded.since) end,
       client_ids = case when k.client_ids is not null and excluded.client_ids is not null
         then array(select distinct unnest(k.client_ids || excluded.client_ids)) end`,
    [orgId, changes?.earliest ?? null, changes ? `{${changes.deviceIds.join(",")}}` : null],
  );
}

/**
 * The mark is cleared first: a batch applied meanwhile either committed before (and is refreshed
 * here) or marks anew after this commits. No mark: rebuilt whole.
 */
export async function refreshMarkedDeviceRollups(db: Database, orgId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const [mark] = await tx.query<{ since: string | null; clients: string | null }>(
      "delete from kpi_device_rollups_stale where org_id = $1 returning since::text, array_to_string(client_ids, ',') as clients",
      [orgId],
    );
    await refreshDeviceRollupsAfterEvents(tx, orgId, mark?.since ?? null, mark?.clients == null ? null : idList(mark.clients));
  });
}

export async function afterWebhookBatch(db: Database, orgIds: Iterable<number>): Promise<void> {
  for (const orgId of orgIds) {
    await refreshMarkedDeviceRollups(db, orgId);
    await evaluateAlertsAfterChange(db, orgId);
  }
}

/** Refreshes every org still marked stale, whichever worker applied its events. */
export async function refreshStaleDeviceRollups(db: Database): Promise<number[]> {
  const stale = await db.query<{ org_id: number }>("select org_id from kpi_device_rollups_stale order by marked_at");
  const orgIds = stale.map((r) => r.org_id);
  await afterWebhookBatch(db, orgIds);
  return orgIds;
}
