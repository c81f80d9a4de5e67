// POST /api/webhooks-admin/endpoints/<public-id>/rotate — a new secret (shown once); the old one works for 24 h more.
import { requestContext } from "@/server/request-context";
import { findEndpointAuth, rotateSecret } from "@/db/webhooks/endpoints";
import { forgetCachedEndpoints } from "@/server/webhooks/receive";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/http/api-error";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function POST(_req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const { db, orgId } = await requestContext("owner");
    const endpoint = await findEndpointAuth(db, (await params).id);
    const rotated = endpoint && endpoint.orgId === orgId ? await rotateSecret(db, orgId, endpoint.id) : null;
    if (!rotated) throw new AppError("not_found", "No such webhook endpoint.");
    forgetCachedEndpoints();
    return Response.json({ id: rotated.publicId, secret: rotated.secret, previousSecretExpiresAt: rotated.previousSecretExpiresAt });
  });
}
