import "server-only";
import type { Database } from "@/db/client";
import { evaluateAlerts } from "./evaluate";
import { wakeAlertDeliveries } from "./wake";

// Called where data changes (after an import run commits, after a webhook batch): alerts follow
// the data at once instead of at the next scheduled tick. A failure is logged and never fails
// the import or the batch that triggered it.
export async function evaluateAlertsAfterChange(db: Database, orgId: number, log: (message: string, error?: unknown) => void = console.error): Promise<void> {
  try {
    const [active] = await db.query<{ n: number }>("select count(*)::int as n from alert_rules where org_id = $1 and deleted_at is null and not muted", [orgId]);
    if (!active?.n) return;
    const summary = await evaluateAlerts(db, orgId);
    if (summary.fired > 0) wakeAlertDeliveries();
  } catch (error) {
    log(`alerts: evaluating org ${orgId} after a data change failed`, error);
  }
}
