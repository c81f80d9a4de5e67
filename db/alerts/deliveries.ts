import "server-only";
import type { AlertRule } from "@/lib/alerts";
import type { SqlRunner } from "../client";
import { recordFailedAttempt } from "../delivery-attempts";

// The outbox of alert notifications: one row per firing and channel. Workers claim due rows with
// FOR UPDATE SKIP LOCKED and a lease, so several app instances never send the same one twice at once.

export type DeliveryStatus = "pending" | "delivered" | "failed";

export async function queueDeliveries(tx: SqlRunner, orgId: number, firingId: number, rule: Pick<AlertRule, "webhookUrl" | "emailTo">, now: Date): Promise<void> {
  const channels: [string, string][] = [];
  if (rule.webhookUrl) channels.push(["webhook", rule.webhookUrl]);
  if (rule.emailTo.length > 0) channels.push(["email", rule.emailTo.join(", ")]);
  for (const [channel, target] of channels) {
    await tx.query(
      "insert into alert_deliveries (org_id, firing_id, channel, target, next_attempt_at, created_at) values ($1, $2, $3, $4, $5, $5)",
      [orgId, firingId, channel, target, now],
    );
  }
}

export interface ClaimedDelivery {
  orgId: number;
  id: number;
  channel: "webhook" | "email";
  target: string;
  attempts: number;
  ruleName: string;
  kpi: string;
  subject: string;
  comparator: AlertRule["comparator"];
  threshold: number;
  severity: AlertRule["severity"];
  value: number | null;
  previous: number | null;
  periodFrom: string;
  periodTo: string;
  currency: string;
}

/** A claimed delivery belongs to its worker this long; one that crashed mid-send is retried after it. */
const LEASE_MS = 5 * 60_000;

export async function claimDueDeliveries(db: SqlRunner, now: Date, limit = 50): Promise<ClaimedDelivery[]> {
  // The outer select reads the rows as they were before the lease was set: only next_attempt_at differs.
  return db.query<ClaimedDelivery>(
    `with claimed as (
       update alert_deliveries d set next_attempt_at = $2
       where (d.org_id, d.id) in (
         select org_id, id from alert_deliveries where status = 'pending' and next_attempt_at <= $1
         order by next_attempt_at limit $3 for update skip locked)
       returning d.org_id, d.id)
     select d.org_id as "orgId", d.id, d.channel, d.target, d.attempts, r.name as "ruleName", f.kpi, f.subject, f.comparator,
       f.threshold, f.severity, f.value, f.previous, f.period_from as "periodFrom", f.period_to as "periodTo", coalesce(s.currency, 'EUR') as currency
     from claimed c
     join alert_deliveries d on d.org_id = c.org_id and d.id = c.id
     join alert_firings f on f.org_id = d.org_id and f.id = d.firing_id
     join alert_rules r on r.org_id = f.org_id and r.id = f.rule_id
     left join org_settings s on s.org_id = d.org_id
     order by d.id`,
    [now, new Date(now.getTime() + LEASE_MS), limit],
  );
}

export async function markDelivered(db: SqlRunner, d: Pick<ClaimedDelivery, "orgId" | "id">, now: Date): Promise<void> {
  await db.query(
    "update alert_deliveries set status = 'delivered', attempts = attempts + 1, delivered_at = $3, last_error = null where org_id = $1 and id = $2",
    [d.orgId, d.id, now],
  );
}

/** Schedules the next try with back-off, or parks the delivery as failed after the last one. */
export function markDeliveryFailed(db: SqlRunner, d: Pick<ClaimedDelivery, "orgId" | "id" | "attempts">, error: string, now: Date): Promise<DeliveryStatus> {
  return recordFailedAttempt(db, "alert_deliveries", d, error, now);
}

/** A failed or waiting delivery is tried again at the next worker pass. */
export async function retryDeliveryNow(db: SqlRunner, orgId: number, id: number, now: Date = new Date()): Promise<boolean> {
  const rows = await db.query(
    "update alert_deliveries set status = 'pending', next_attempt_at = $3 where org_id = $1 and id = $2 and status <> 'delivered' returning id",
    [orgId, id, now],
  );
  return rows.length > 0;
}

export interface DeliveryRow {
  id: number;
  firingId: number;
  ruleName: string;
  subject: string;
  channel: string;
  target: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: Date | null;
  lastError: string | null;
  deliveredAt: Date | null;
  createdAt: Date;
}

export async function listDeliveries(db: SqlRunner, orgId: number, limit = 200): Promise<DeliveryRow[]> {
  return db.query<DeliveryRow>(
    `select d.id, d.firing_id as "firingId", r.name as "ruleName", f.subject, d.channel, d.target, d.status, d.attempts,
       case when d.status = 'pending' then d.next_attempt_at end as "nextAttemptAt", d.last_error as "lastError",
       d.delivered_at as "deliveredAt", d.created_at as "createdAt"
     from alert_deliveries d
     join alert_firings f on f.org_id = d.org_id and f.id = d.firing_id
     join alert_rules r on r.org_id = f.org_id and r.id = f.rule_id
     where d.org_id = $1 order by d.created_at desc, d.id desc limit $2`,
    [orgId, limit],
  );
}
