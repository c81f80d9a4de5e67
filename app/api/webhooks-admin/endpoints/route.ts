// GET  /api/webhooks-admin/endpoints — the org's webhook endpoints (never their secrets).
// POST /api/webhooks-admin/endpoints — creates one; the answer carries the URL and the secret, once.
import { z } from "zod";
import { requestContext } from "@/server/request-context";
import { createEndpoint, listEndpoints } from "@/db/webhooks/endpoints";
import { handle } from "@/lib/http/api-error";
import { parseJsonBody } from "@/lib/http/json-body";
import { AuthMode, webhookUrl, WebhookSource } from "@/lib/webhooks";
import { publicBaseUrl, requestOrigin } from "@/lib/webhooks/public-url";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const CreateRequest = z.object({
  name: z.string(),
  source: WebhookSource,
  authMode: AuthMode.optional(),
  rateLimitPerMinute: z.number().int().positive().optional(),
});

export function GET(): Promise<Response> {
  return handle(async () => {
    const { db, orgId } = await requestContext("owner");
    return Response.json({ endpoints: await listEndpoints(db, orgId) });
  });
}

export function POST(req: Request): Promise<Response> {
  return handle(async () => {
    const { db, orgId } = await requestContext("owner");
    const input = await parseJsonBody(req, CreateRequest);
    const created = await createEndpoint(db, orgId, input);
    const base = publicBaseUrl(requestOrigin(req.headers, new URL(req.url).origin));
    return Response.json(
      {
        id: created.publicId,
        source: created.source,
        url: webhookUrl(base, created.source, created.publicId),
        secret: created.secret,
        authMode: created.authMode,
        name: created.name,
      },
      { status: 201 },
    );
  });
}
