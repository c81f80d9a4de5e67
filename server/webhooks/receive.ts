import "server-only";
import { AppError } from "@/lib/errors";
import {
  eventKeyOf, SIGNATURE_HEADER, TIMESTAMP_HEADER, TokenBuckets, validSecrets, verifyBearer, verifyHmac,
  type VerifyResult, type WebhookSource,
} from "@/lib/webhooks";
import type { SqlRunner } from "@/db/client";
import { findEndpointAuth, recordRejected, touchReceived, type EndpointAuth } from "@/db/webhooks/endpoints";
import { processSingletons } from "../process-singletons";
import { InsertBatcher } from "./insert-batcher";
import { wakeWebhookWorker } from "./worker-registry";

// The receiving path, in order: endpoint → authentication → JSON → rate limit → one insert.
// Endpoints are cached briefly so a busy endpoint costs one query per delivery; a failed check
// re-reads the endpoint before refusing, so a rotation made by another instance applies at once.

const CACHE_MS = 5_000;
const TOUCH_MS = 60_000;
const KEPT_HEADERS = ["content-type", "user-agent", TIMESTAMP_HEADER, "x-request-id", "x-forwarded-for"];

export interface ReceiveState {
  endpoints: Map<string, { endpoint: EndpointAuth | null; at: number }>;
  batchers: WeakMap<SqlRunner, InsertBatcher>;
  touched: Map<string, number>;
  buckets: TokenBuckets;
}
const state = (processSingletons.webhookReceive ??= {
  endpoints: new Map(),
  batchers: new WeakMap(),
  touched: new Map(),
  buckets: new TokenBuckets(),
});

/** Drops cached endpoints (after a rotation in this process). */
export function forgetCachedEndpoints(): void {
  state.endpoints.clear();
}

async function endpointFor(db: SqlRunner, publicId: string, fresh: boolean, nowMs: number): Promise<EndpointAuth | null> {
  const cached = state.endpoints.get(publicId);
  if (!fresh && cached && nowMs - cached.at < CACHE_MS) return cached.endpoint;
  const endpoint = await findEndpointAuth(db, publicId);
  if (state.endpoints.size > 10_000) state.endpoints.clear();
  state.endpoints.set(publicId, { endpoint, at: nowMs });
  return endpoint;
}

function verify(endpoint: EndpointAuth, headers: HeaderReader, body: string, now: Date): VerifyResult {
  const secrets = validSecrets(endpoint, now);
  return endpoint.authMode === "bearer"
    ? verifyBearer(secrets, headers.get("authorization"))
    : verifyHmac(secrets, { timestamp: headers.get(TIMESTAMP_HEADER), signature: headers.get(SIGNATURE_HEADER), body }, now);
}

/** Request headers by lower-case name: a fetch Headers, or node:http's headers behind a get(). */
export interface HeaderReader {
  get(name: string): string | null;
}

export interface ReceiveInput {
  source: string;
  publicId: string;
  body: string;
  headers: HeaderReader;
  now?: Date;
}

export type ReceiveResult = { id: number; duplicate: boolean };

export async function receiveWebhook(db: SqlRunner, input: ReceiveInput): Promise<ReceiveResult> {
  const now = input.now ?? new Date();
  const nowMs = now.getTime();
  const notFound = () => new AppError("not_found", "No such webhook endpoint.");
  if (input.publicId.length > 64) throw notFound();
  let endpoint = await endpointFor(db, input.publicId, false, nowMs);
  let verified = endpoint ? verify(endpoint, input.headers, input.body, now) : null;
  if (!verified?.ok) {
    endpoint = await endpointFor(db, input.publicId, true, nowMs);
    verified = endpoint ? verify(endpoint, input.headers, input.body, now) : null;
  }
  if (!endpoint || endpoint.source !== input.source) throw notFound();
  if (!verified?.ok) {
    await recordRejected(db, endpoint.orgId, endpoint.id);
    throw new AppError("unauthorized", "Missing or invalid webhook credentials.");
  }

  let json: unknown;
  try {
    json = JSON.parse(input.body);
  } catch {
    throw new AppError("bad_request", "The body is not JSON.");
  }
  const key = eventKeyOf(endpoint.source as WebhookSource, json, input.body);
  if ("error" in key) throw new AppError("bad_request", key.error);

  const taken = state.buckets.take(endpoint.publicId, endpoint.rateLimitPerMinute, nowMs);
  if (!taken.ok) {
    throw new AppError("rate_limited", "Too many deliveries for this endpoint; retry later.", { retryAfterSeconds: taken.retryAfterSeconds });
  }

  const headers = Object.fromEntries(KEPT_HEADERS.flatMap((h) => {
    const value = input.headers.get(h);
    return value === null ? [] : [[h, value.slice(0, 500)]];
  }));
  let batcher = state.batchers.get(db);
  if (!batcher) state.batchers.set(db, (batcher = new InsertBatcher(db)));
  const stored = await batcher.insert({ orgId: endpoint.orgId, endpointId: endpoint.id, eventKey: key.key, body: input.body, headers });
  if (!stored.duplicate) wakeWebhookWorker();
  if (nowMs - (state.touched.get(endpoint.publicId) ?? 0) > TOUCH_MS) {
    state.touched.set(endpoint.publicId, nowMs);
    await touchReceived(db, endpoint.orgId, endpoint.id);
  }
  return stored;
}
