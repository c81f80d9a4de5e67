// GET /api/alerts/unread — how many alerts are firing and not yet acknowledged (the bell).
import { countUnreadAlerts } from "@/db/alerts";
import { handle } from "@/lib/http/api-error";
import { requestContext } from "@/server/request-context";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(): Promise<Response> {
  return handle(async () => {
    const { db, orgId } = await requestContext("viewer");
    return Response.json({ unread: await countUnreadAlerts(db, orgId) }, { headers: { "cache-control": "no-store" } });
  });
}
