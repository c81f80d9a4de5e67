import { evaluateAlertsAfterChange } from "../alerts/after-change";
import type { Database } from "../client";
import { refreshKpiRollups } from "../queries/kpi/rollups";

// Where applied webhook events reach derived data. The KPI engine reads device health from its
// rollups, and db/queries/kpi/rollups.ts asks every writer outside the importer to refresh them:
// this rebuilds the device part for each org whose devices or status observations changed.
// Then the org's KPI threshold alerts are evaluated against the new figures (db/alerts).
export async function afterWebhookBatch(db: Database, orgIds: Iterable<number>): Promise<void> {
  for (const orgId of orgIds) {
    await db.transaction((tx) => refreshKpiRollups(tx, orgId, "device-status"));
    await evaluateAlertsAfterChange(db, orgId);
  }
}
