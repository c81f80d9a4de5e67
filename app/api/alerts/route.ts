// GET /api/alerts?state=&severity=&rule=&limit= — the alert history (newest first) and the
// unread count, for dashboards and automation. Viewers and up.
import { countUnreadAlerts, listFirings } from "@/db/alerts";
import { handle } from "@/lib/http/api-error";
import { requestContext } from "@/server/request-context";
import { AlertsQuery } from "./query";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(req: Request): Promise<Response> {
  return handle(async () => {
    const params = Object.fromEntries(new URL(req.url).searchParams);
    const query = AlertsQuery.parse(params);
    const { db, orgId } = await requestContext("viewer");
    const [alerts, unread] = await Promise.all([
      listFirings(db, orgId, { state: query.state, severity: query.severity, ruleId: query.rule, limit: query.limit }),
      countUnreadAlerts(db, orgId),
    ]);
    return Response.json({ unread, alerts }, { headers: { "cache-control": "no-store" } });
  });
}
