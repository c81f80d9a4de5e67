import "server-only";
import { evaluateAlertsAfterChange } from "../alerts/after-change";
import type { Database, SqlRunner } from "@/db/client";
import { refreshKpiRollups } from "@/db/queries/kpi/rollups";

// Where applied webhook events reach derived data. The KPI engine reads device health from its
// rollups, and db/queries/kpi/rollups.ts asks every writer outside the importer to refresh them:
// this rebuilds the device part for each org whose devices or status observations changed.
// Then the org's KPI threshold alerts are evaluated against the new figures (db/alerts).
// The rebuild is throttled, so what awaits it is kept in kpi_device_rollups_stale, not in memory:
// a worker killed before its rebuild leaves the marks for the next one.

/**
 * Call in the transaction that applies the events, so the mark commits with their effects. An
 * update, not "do nothing": it locks the mark, so a rebuild cannot clear it before these effects
 * are visible to that rebuild.
 */
export async function markDeviceRollupsStale(tx: SqlRunner, orgId: number): Promise<void> {
  await tx.query(
    "insert into kpi_device_rollups_stale (org_id) values ($1) on conflict (org_id) do update set marked_at = excluded.marked_at",
    [orgId],
  );
}

export async function afterWebhookBatch(db: Database, orgIds: Iterable<number>): Promise<void> {
  for (const orgId of orgIds) {
    // The mark is cleared first: a batch applied meanwhile either committed before (and is rebuilt
    // here) or marks anew after this commits.
    await db.transaction(async (tx) => {
      await tx.query("delete from kpi_device_rollups_stale where org_id = $1", [orgId]);
      await refreshKpiRollups(tx, orgId, "device-status");
    });
    await evaluateAlertsAfterChange(db, orgId);
  }
}

/** Rebuilds every org still marked stale, whichever worker applied its events. */
export async function refreshStaleDeviceRollups(db: Database): Promise<number[]> {
  const stale = await db.query<{ org_id: number }>("select org_id from kpi_device_rollups_stale order by marked_at");
  const orgIds = stale.map((r) => r.org_id);
  await afterWebhookBatch(db, orgIds);
  return orgIds;
}
