// POST /api/webhooks/<source>/<endpoint-id> — receives an RMM tool's event: verified, stored once, answered 202.
// In production scripts/lib/serve.ts answers this path before Next sees it; this handler serves
// `next dev`. Both call answerWebhookDelivery, so they answer alike.
import { getDb } from "@/server/database";
import { answerWebhookDelivery } from "@/server/webhooks/answer-delivery";
import { chunksOf } from "@/lib/webhooks/read-body";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

interface Params {
  params: Promise<{ source: string; endpointId: string }>;
}

export async function POST(req: Request, { params }: Params): Promise<Response> {
  const { source, endpointId } = await params;
  const answer = await answerWebhookDelivery(getDb, { source, endpointId, headers: req.headers, body: req.body && chunksOf(req.body) });
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}
