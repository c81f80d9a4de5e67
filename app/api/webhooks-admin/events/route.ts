// GET /api/webhooks-admin/events?status=received|processing|retrying|processed|failed|discarded&limit=N — the inbox, newest first.
import { requestContext } from "@/server/request-context";
import { countEventsByStatus, listEvents } from "@/db/webhooks/inbox";
import { handle } from "@/lib/http/api-error";
import { EventStatus } from "@/lib/webhooks";
import { z } from "zod";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const Query = z.object({ status: EventStatus.optional(), limit: z.coerce.number().int().min(1).max(5000).default(500) });

export function GET(req: Request): Promise<Response> {
  return handle(async () => {
    const { db, orgId } = await requestContext("owner");
    const params = new URL(req.url).searchParams;
    const query = Query.parse({ status: params.get("status") ?? undefined, limit: params.get("limit") ?? undefined });
    const [events, counts] = await Promise.all([listEvents(db, orgId, query), countEventsByStatus(db, orgId)]);
    return Response.json({ events, counts });
  });
}
