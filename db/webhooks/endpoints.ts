import "server-only";
import { newPublicId, newSecret, NewEndpointInput, type AuthMode, type WebhookSource } from "@/lib/webhooks";
import type { SqlRunner } from "../client";

// Webhook endpoints: one per tool installation; the secret is shown once, when created or rotated.

export const ROTATION_GRACE_MS = 24 * 60 * 60 * 1000;

export interface EndpointRow {
  id: number;
  publicId: string;
  name: string;
  source: WebhookSource;
  authMode: AuthMode;
  rateLimitPerMinute: number;
  receivedCount: number;
  rejectedCount: number;
  lastReceivedAt: string | null;
  lastRejectedAt: string | null;
  previousSecretExpiresAt: string | null;
  createdAt: string;
}

/** What the receiving route needs: secrets included, so never sent to a browser. */
export interface EndpointAuth {
  orgId: number;
  id: number;
  publicId: string;
  source: WebhookSource;
  authMode: AuthMode;
  secret: string;
  previousSecret: string | null;
  previousSecretExpiresAt: Date | null;
  rateLimitPerMinute: number;
}

export interface CreatedEndpoint {
  id: number;
  publicId: string;
  source: WebhookSource;
  name: string;
  authMode: AuthMode;
  secret: string;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function createEndpoint(db: SqlRunner, orgId: number, input: NewEndpointInput): Promise<CreatedEndpoint> {
  const v = NewEndpointInput.parse(input);
  const secret = newSecret();
  const [row] = await db.query<{ id: number; public_id: string }>(
    `insert into webhook_endpoints (org_id, public_id, source, name, auth_mode, secret, rate_limit_per_minute)
     values ($1, $2, $3, $4, $5, $6, coalesce($7::int, 6000)) returning id, public_id`,
    [orgId, newPublicId(), v.source, v.name, v.authMode, secret, v.rateLimitPerMinute ?? null],
  );
  if (!row) throw new Error("endpoint not created");
  return { id: row.id, publicId: row.public_id, source: v.source, name: v.name, authMode: v.authMode, secret };
}

export async function listEndpoints(db: SqlRunner, orgId: number): Promise<EndpointRow[]> {
  const rows = await db.query<{
    id: number; public_id: string; name: string; source: WebhookSource; auth_mode: AuthMode; rate_limit_per_minute: number;
    received: number; rejected_count: number; last_received_at: Date | null; last_rejected_at: Date | null;
    previous_secret_expires_at: Date | null; created_at: Date;
  }>(
    `select w.id, w.public_id, w.name, w.source, w.auth_mode, w.rate_limit_per_minute, w.rejected_count,
       w.last_received_at, w.last_rejected_at, w.previous_secret_expires_at, w.created_at,
       (select count(*)::int from webhook_events e where e.org_id = w.org_id and e.endpoint_id = w.id) as received
     from webhook_endpoints w where w.org_id = $1 and w.disabled_at is null order by w.created_at, w.id`,
    [orgId],
  );
  return rows.map((r) => ({
    id: r.id,
    publicId: r.public_id,
    name: r.name,
    source: r.source,
    authMode: r.auth_mode,
    rateLimitPerMinute: r.rate_limit_per_minute,
    receivedCount: r.received,
    rejectedCount: r.rejected_count,
    lastReceivedAt: iso(r.last_received_at),
    lastRejectedAt: iso(r.last_rejected_at),
    previousSecretExpiresAt: iso(r.previous_secret_expires_at),
    createdAt: r.created_at.toISOString(),
  }));
}

/** The endpoint a delivery is addressed to (any org: the public id is the address). */
export async function findEndpointAuth(db: SqlRunner, publicId: string): Promise<EndpointAuth | null> {
  const [r] = await db.query<{
    org_id: number; id: number; public_id: string; source: WebhookSource; auth_mode: AuthMode; secret: string;
    previous_secret: string | null; previous_secret_expires_at: Date | null; rate_limit_per_minute: number;
  }>(
    `select org_id, id, public_id, source, auth_mode, secret, previous_secret, previous_secret_expires_at, rate_limit_per_minute
     from webhook_endpoints where public_id = $1 and disabled_at is null limit 1`,
    [publicId],
  );
  if (!r) return null;
  return {
    orgId: r.org_id,
    id: r.id,
    publicId: r.public_id,
    source: r.source,
    authMode: r.auth_mode,
    secret: r.secret,
    previousSecret: r.previous_secret,
    previousSecretExpiresAt: r.previous_secret_expires_at,
    rateLimitPerMinute: r.rate_limit_per_minute,
  };
}

/** A new secret; the old one stays valid for 24 hours so the tool can be switched over calmly. */
export async function rotateSecret(
  db: SqlRunner,
  orgId: number,
  endpointId: number,
  now = new Date(),
): Promise<{ publicId: string; authMode: AuthMode; secret: string; previousSecretExpiresAt: string } | null> {
  const secret = newSecret();
  const expires = new Date(now.getTime() + ROTATION_GRACE_MS);
  const [row] = await db.query<{ public_id: string; auth_mode: AuthMode }>(
    `update webhook_endpoints set previous_secret = secret, previous_secret_expires_at = $3, secret = $4
     where org_id = $1 and id = $2 and disabled_at is null returning public_id, auth_mode`,
    [orgId, endpointId, expires.toISOString(), secret],
  );
  return row ? { publicId: row.public_id, authMode: row.auth_mode, secret, previousSecretExpiresAt: expires.toISOString() } : null;
}

export async function recordRejected(db: SqlRunner, orgId: number, endpointId: number): Promise<void> {
  await db.query(
    "update webhook_endpoints set rejected_count = rejected_count + 1, last_rejected_at = now() where org_id = $1 and id = $2",
    [orgId, endpointId],
  );
}

/** Conditional, so a burst of deliveries writes the endpoint row about once a minute. */
export async function touchReceived(db: SqlRunner, orgId: number, endpointId: number): Promise<void> {
  await db.query(
    `update webhook_endpoints set last_received_at = now()
     where org_id = $1 and id = $2 and (last_received_at is null or last_received_at < now() - interval '1 minute')`,
    [orgId, endpointId],
  );
}
