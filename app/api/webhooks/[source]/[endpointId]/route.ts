// POST /api/webhooks/<source>/<endpoint-id> — receives an RMM tool's event: verified, stored once, answered 202.
// The body is read as raw text (≤ 1 MB) because the signature covers the exact bytes; nothing is
// applied here: the worker (db/webhooks/worker.ts) does that, so the tool gets its answer fast.
import { getDb } from "@/db";
import { receiveWebhook } from "@/db/webhooks/receive";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/api-error";
import { MAX_WEBHOOK_BYTES } from "@/lib/webhooks";
import { readLimitedText } from "@/lib/webhooks/read-body";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

interface Params {
  params: Promise<{ source: string; endpointId: string }>;
}

export async function POST(req: Request, { params }: Params): Promise<Response> {
  try {
    const body = await readLimitedText(req, MAX_WEBHOOK_BYTES);
    const { source, endpointId } = await params;
    const stored = await receiveWebhook(await getDb(), { source, publicId: endpointId, body, headers: req.headers });
    return Response.json(
      stored.duplicate ? { accepted: true, duplicate: true } : { accepted: true, duplicate: false, id: stored.id },
      { status: 202 },
    );
  } catch (e) {
    const response = errorResponse(e);
    if (e instanceof AppError && e.code === "rate_limited") {
      const { retryAfterSeconds } = e.details as { retryAfterSeconds: number };
      response.headers.set("Retry-After", String(retryAfterSeconds));
    }
    return response;
  }
}
