import "server-only";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/api-error";
import { MAX_WEBHOOK_BYTES } from "@/lib/webhooks";
import { readLimitedBody } from "@/lib/webhooks/read-body";
import type { SqlRunner } from "@/db/client";
import { receiveWebhook, type HeaderReader } from "./receive";

// One delivery to POST /api/webhooks/<source>/<endpoint-id>, from request to answer. Both ways in
// use it: the Next route handler (next dev) and the production server's own listener
// (scripts/lib/serve.ts), so status codes, limits and bodies are the same whichever answers.

export interface WebhookDelivery {
  source: string;
  endpointId: string;
  headers: HeaderReader;
  /** The raw body as it arrives; it is read here, up to MAX_WEBHOOK_BYTES. */
  body: AsyncIterable<Uint8Array> | null;
}

export interface WebhookAnswer {
  status: number;
  headers: Record<string, string>;
  /** JSON text. */
  body: string;
}

const JSON_TYPE = { "content-type": "application/json" };

export async function answerWebhookDelivery(db: () => Promise<SqlRunner>, delivery: WebhookDelivery): Promise<WebhookAnswer> {
  try {
    const body = await readLimitedBody(delivery.headers.get("content-length"), delivery.body, MAX_WEBHOOK_BYTES);
    const stored = await receiveWebhook(await db(), { source: delivery.source, publicId: delivery.endpointId, body, headers: delivery.headers });
    const answer = stored.duplicate ? { accepted: true, duplicate: true } : { accepted: true, duplicate: false, id: stored.id };
    return { status: 202, headers: JSON_TYPE, body: JSON.stringify(answer) };
  } catch (e) {
    const response = errorResponse(e);
    const headers: Record<string, string> = { ...JSON_TYPE };
    if (e instanceof AppError && e.code === "rate_limited") {
      headers["retry-after"] = String((e.details as { retryAfterSeconds: number }).retryAfterSeconds);
    }
    return { status: response.status, headers, body: await response.text() };
  }
}
