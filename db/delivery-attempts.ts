import "server-only";
import { nextDeliveryAttempt } from "@/lib/alerts/backoff";
import type { SqlRunner } from "./client";

// The back-off shared by the two outboxes, alert notifications and client reports: a failed
// attempt is counted and the next one scheduled, or the row is parked as failed after the last.

export type DeliveryTable = "alert_deliveries" | "client_reports";

export async function recordFailedAttempt(
  db: SqlRunner,
  table: DeliveryTable,
  row: { orgId: number; id: number; attempts: number },
  error: string,
  now: Date,
): Promise<"pending" | "failed"> {
  const next = nextDeliveryAttempt(row.attempts + 1, now);
  await db.query(
    `update ${table} set attempts = attempts + 1, last_error = $3, status = $4, next_attempt_at = coalesce($5, next_attempt_at)
     where org_id = $1 and id = $2`,
    [row.orgId, row.id, error.slice(0, 1000), next ? "pending" : "failed", next],
  );
  return next ? "pending" : "failed";
}
