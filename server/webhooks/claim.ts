import "server-only";
import type { WebhookSource } from "@/lib/webhooks";
import type { SqlRunner } from "@/db/client";

// Claiming with FOR UPDATE SKIP LOCKED: concurrent workers (in one process or many) each take
// different due events. A claimed event is 'processing' under a lease (next_attempt_at); if its
// worker dies, the lease runs out and the event is claimed again — its effects are idempotent.

export interface ClaimedEvent {
  orgId: number;
  id: number;
  source: WebhookSource;
  eventKey: string;
  body: string;
  /** Including this one. */
  attempts: number;
}

export interface RetryPolicy {
  /** After this many failed attempts the event is parked as 'failed'. */
  maxAttempts: number;
  /** Back-off before retry n (1-based): backoffMs × 2^(n−1). */
  backoffMs: number;
}

// Without an injected clock (tests inject one) the database's clock decides what is due, so
// instances with drifting clocks agree, and an event stored a microsecond ago is due at once.
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, backoffMs: 5_000 };

/** An event a worker may take now ($1: the injected clock, or null for the database's). */
const DUE = `status in ('received', 'retrying', 'processing') and next_attempt_at <= coalesce($1::timestamptz, now())`;

/**
 * Whether any event is due, without claiming: the claim is a write, ~4× the CPU of this read on
 * PGlite, and an idle worker asks every poll.
 */
export async function hasDueEvents(db: SqlRunner, now: Date | null): Promise<boolean> {
  const [row] = await db.query<{ due: boolean }>(
    `select exists (select 1 from webhook_events where ${DUE}) as due`,
    [iso(now)],
  );
  return row?.due ?? false;
}

export async function claimBatch(
  db: SqlRunner,
  options: { now: Date | null; limit: number; leaseMs: number },
): Promise<ClaimedEvent[]> {
  const now = iso(options.now);
  const rows = await db.query<{ org_id: number; id: number; source: WebhookSource; event_key: string; body: string; attempts: number }>(
    `with due as (
       select org_id, id from webhook_events
       where ${DUE}
       order by id limit $2 for update skip locked)
     update webhook_events e set status = 'processing', attempts = e.attempts + 1,
       next_attempt_at = coalesce($1::timestamptz, now()) + $3 * interval '1 millisecond'
     from due, webhook_endpoints w
     where e.org_id = due.org_id and e.id = due.id and w.org_id = e.org_id and w.id = e.endpoint_id
     returning e.org_id, e.id, w.source, e.event_key, e.body, e.attempts`,
    [now, options.limit, options.leaseMs],
  );
  return rows
    .map((r) => ({ orgId: r.org_id, id: r.id, source: r.source, eventKey: r.event_key, body: r.body, attempts: r.attempts }))
    .sort((a, b) => a.id - b.id);
}

/** An event whose worker died on each of its attempts is parked rather than claimed again. */
export async function parkAbandoned(db: SqlRunner, now: Date | null, maxAttempts: number): Promise<void> {
  await db.query(
    `update webhook_events set status = 'failed', last_error = coalesce(last_error, 'the worker stopped while processing it')
     where status = 'processing' and next_attempt_at <= coalesce($1::timestamptz, now()) and attempts >= $2`,
    [iso(now), maxAttempts],
  );
}

const idsJson = (ids: number[]) => JSON.stringify(ids);

export async function markProcessed(db: SqlRunner, orgId: number, ids: number[], now: Date | null): Promise<void> {
  if (ids.length === 0) return;
  await db.query(
    `update webhook_events set status = 'processed', processed_at = coalesce($3::timestamptz, now()), last_error = null
     where org_id = $1 and id in (select (x)::bigint from jsonb_array_elements_text($2::text::jsonb) x) and status = 'processing'`,
    [orgId, idsJson(ids), iso(now)],
  );
}

export interface Failure {
  orgId: number;
  id: number;
  error: string;
}

/** Retry later with exponential back-off, or park as 'failed' once the attempts are used up. */
export async function markFailed(db: SqlRunner, failures: Failure[], now: Date | null, policy: RetryPolicy): Promise<void> {
  if (failures.length === 0) return;
  await db.query(
    `update webhook_events e set
       status = case when e.attempts >= $2 then 'failed' else 'retrying' end,
       last_error = f.error,
       next_attempt_at = case when e.attempts >= $2 then e.next_attempt_at
         else coalesce($3::timestamptz, now()) + ($4 * power(2, greatest(e.attempts, 1) - 1)) * interval '1 millisecond' end
     from jsonb_to_recordset($1::text::jsonb) as f(org_id bigint, id bigint, error text)
     where e.org_id = f.org_id and e.id = f.id and e.status = 'processing'`,
    [
      JSON.stringify(failures.map((f) => ({ org_id: f.orgId, id: f.id, error: f.error.slice(0, 2000) }))),
      policy.maxAttempts,
      iso(now),
      policy.backoffMs,
    ],
  );
}
