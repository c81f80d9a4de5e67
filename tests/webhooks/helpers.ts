import { readFileSync } from "node:fs";
import path from "node:path";
import type { Database } from "@/db/client";
import { createEndpoint, type CreatedEndpoint } from "@/db/webhooks/endpoints";
import { receiveWebhook } from "@/server/webhooks/receive";
import { signatureHeaders, type NewEndpointInput, type WebhookSource } from "@/lib/webhooks";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/webhooks");

export const fixture = (source: WebhookSource, name: string) => readFileSync(path.join(FIXTURES, source, `${name}.json`), "utf8");

/** The headers a correctly configured tool sends for this endpoint. */
export function authHeaders(endpoint: CreatedEndpoint, body: string, now = new Date(), secret = endpoint.secret): Headers {
  return new Headers(
    endpoint.authMode === "bearer"
      ? { authorization: `Bearer ${secret}`, "content-type": "application/json" }
      : { ...signatureHeaders(secret, body, now), "content-type": "application/json" },
  );
}

export async function newEndpoint(db: Database, orgId: number, source: WebhookSource, extra: Partial<NewEndpointInput> = {}) {
  return createEndpoint(db, orgId, { name: `${source} test`, source, ...extra });
}

/** Delivers a body the way the route does, authenticated unless headers are given. */
export function deliver(db: Database, endpoint: CreatedEndpoint, body: string, options: { headers?: Headers; now?: Date } = {}) {
  return receiveWebhook(db, {
    source: endpoint.source,
    publicId: endpoint.publicId,
    body,
    headers: options.headers ?? authHeaders(endpoint, body, options.now),
    now: options.now,
  });
}

export function genericEvent(id: string, fields: Record<string, unknown> = {}): string {
  return JSON.stringify({ event_id: id, type: "device.status", occurred_at: "2025-03-04T10:00:00Z", ...fields });
}
