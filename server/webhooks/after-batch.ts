import "server-only";
import { evaluateAlertsAfterChange } from "../alerts/after-change";
import type { Database, SqlRunner } from "@/db/client";
import { refreshDeviceRollupsAfterEvents } from "@/db/queries/kpi/rollups";

// Where applied webhook events reach derived data. The KPI engine reads device health from its
// rollups, and db/queries/kpi/rollups.ts asks every writer outside the importer to refresh them:
// the transaction that applies a batch leaves the difference its events make to the org's device
// figures pending (db/webhooks/apply.ts), and this adds the pending differences to the figures.
// Then the org's KPI threshold alerts are evaluated against the new figures (db/alerts).
// The refresh is throttled, so what awaits it is kept in kpi_device_rollups_stale, not in memory:
// a worker killed before its refresh leaves the marks for the next one.

/**
 * Call in the transaction that applies the events, so the mark commits with their effects. An
 * update, not "do nothing": it locks the mark, so a refresh cannot clear it before these effects
 * are visible to that refresh. Marks add up to the earliest instant.
 */
export async function markDeviceRollupsStale(tx: SqlRunner, orgId: number, earliest: string): Promise<void> {
  await tx.query(
    `insert into kpi_device_rollups_stale as k (org_id, since) values ($1, $2::timestamptz)
     on conflict (org_id) do update set marked_at = excluded.marked_at,
       since = case when k.since is not null and excluded.since is not null then least(k.since, excluded.since) end`,
    [orgId, earliest],
  );
}

/**
 * The mark is cleared first: a batch applied meanwhile either committed before (and is refreshed
 * here) or marks anew after this commits. No mark, or one without an instant: rebuilt whole.
 */
export async function refreshMarkedDeviceRollups(db: Database, orgId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const [mark] = await tx.query<{ since: string | null }>("delete from kpi_device_rollups_stale where org_id = $1 returning since::text", [orgId]);
    await refreshDeviceRollupsAfterEvents(tx, orgId, !mark?.since);
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
