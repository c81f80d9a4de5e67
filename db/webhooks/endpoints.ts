import "server-only";
import { and, asc, eq, isNull, lt, or, sql } from "drizzle-orm";
import { newPublicId, newSecret, NewEndpointInput, type AuthMode, type WebhookSource } from "@/lib/webhooks";
import type { SqlRunner } from "../client";
import { webhookEndpoints, webhookEvents } from "../schema";

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

const endpoint = (orgId: number, endpointId: number) => and(eq(webhookEndpoints.orgId, orgId), eq(webhookEndpoints.id, endpointId));

export async function createEndpoint(db: SqlRunner, orgId: number, input: NewEndpointInput): Promise<CreatedEndpoint> {
  const v = NewEndpointInput.parse(input);
  const secret = newSecret();
  const [row] = await db.orm
    .insert(webhookEndpoints)
    .values({
      orgId, publicId: newPublicId(), source: v.source, name: v.name, authMode: v.authMode, secret,
      rateLimitPerMinute: v.rateLimitPerMinute,
    })
    .returning({ id: webhookEndpoints.id, publicId: webhookEndpoints.publicId });
  if (!row) throw new Error("endpoint not created");
  return { id: row.id, publicId: row.publicId, source: v.source, name: v.name, authMode: v.authMode, secret };
}

export async function listEndpoints(db: SqlRunner, orgId: number): Promise<EndpointRow[]> {
  const rows = await db.orm
    .select({
      id: webhookEndpoints.id,
      publicId: webhookEndpoints.publicId,
      name: webhookEndpoints.name,
      source: webhookEndpoints.source,
      authMode: webhookEndpoints.authMode,
      rateLimitPerMinute: webhookEndpoints.rateLimitPerMinute,
      receivedCount: db.orm.$count(webhookEvents, and(eq(webhookEvents.orgId, webhookEndpoints.orgId), eq(webhookEvents.endpointId, webhookEndpoints.id))),
      rejectedCount: webhookEndpoints.rejectedCount,
      lastReceivedAt: webhookEndpoints.lastReceivedAt,
      lastRejectedAt: webhookEndpoints.lastRejectedAt,
      previousSecretExpiresAt: webhookEndpoints.previousSecretExpiresAt,
      createdAt: webhookEndpoints.createdAt,
    })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.orgId, orgId), isNull(webhookEndpoints.disabledAt)))
    .orderBy(asc(webhookEndpoints.createdAt), asc(webhookEndpoints.id));
  return rows.map((r) => ({
    ...r,
    lastReceivedAt: iso(r.lastReceivedAt),
    lastRejectedAt: iso(r.lastRejectedAt),
    previousSecretExpiresAt: iso(r.previousSecretExpiresAt),
    createdAt: r.createdAt.toISOString(),
  }));
}

/** The endpoint a delivery is addressed to (any org: the public id is the address). */
export async function findEndpointAuth(db: SqlRunner, publicId: string): Promise<EndpointAuth | null> {
  const [row] = await db.orm
    .select({
      orgId: webhookEndpoints.orgId,
      id: webhookEndpoints.id,
      publicId: webhookEndpoints.publicId,
      source: webhookEndpoints.source,
      authMode: webhookEndpoints.authMode,
      secret: webhookEndpoints.secret,
      previousSecret: webhookEndpoints.previousSecret,
      previousSecretExpiresAt: webhookEndpoints.previousSecretExpiresAt,
      rateLimitPerMinute: webhookEndpoints.rateLimitPerMinute,
    })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.publicId, publicId), isNull(webhookEndpoints.disabledAt)))
    .limit(1);
  return row ?? null;
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
  const [row] = await db.orm
    .update(webhookEndpoints)
    .set({ previousSecret: sql`${webhookEndpoints.secret}`, previousSecretExpiresAt: expires, secret })
    .where(and(endpoint(orgId, endpointId), isNull(webhookEndpoints.disabledAt)))
    .returning({ publicId: webhookEndpoints.publicId, authMode: webhookEndpoints.authMode });
  return row ? { ...row, secret, previousSecretExpiresAt: expires.toISOString() } : null;
}

export async function recordRejected(db: SqlRunner, orgId: number, endpointId: number): Promise<void> {
  await db.orm
    .update(webhookEndpoints)
    .set({ rejectedCount: sql`${webhookEndpoints.rejectedCount} + 1`, lastRejectedAt: sql`now()` })
    .where(endpoint(orgId, endpointId));
}

/** Conditional, so a burst of deliveries writes the endpoint row about once a minute. */
export async function touchReceived(db: SqlRunner, orgId: number, endpointId: number): Promise<void> {
  const lastReceivedAt = webhookEndpoints.lastReceivedAt;
  await db.orm
    .update(webhookEndpoints)
    .set({ lastReceivedAt: sql`now()` })
    .where(and(endpoint(orgId, endpointId), or(isNull(lastReceivedAt), lt(lastReceivedAt, sql`now() - interval '1 minute'`))));
}
