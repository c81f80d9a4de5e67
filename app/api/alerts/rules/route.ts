// GET /api/alerts/rules — the org's alert rules (viewers). POST — create one from the rule JSON
// (managers): {name, kpi, subject?, comparator, threshold, window, severity?, webhookUrl?, emailTo?}.
import { createAlertRule, listAlertRules } from "@/db/alerts";
import { AlertRuleInput } from "@/lib/alerts";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/http/api-error";
import { requestContext } from "@/app/server-context";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(): Promise<Response> {
  return handle(async () => {
    const { db, orgId } = await requestContext("viewer");
    return Response.json({ rules: await listAlertRules(db, orgId) }, { headers: { "cache-control": "no-store" } });
  });
}

export function POST(req: Request): Promise<Response> {
  return handle(async () => {
    const { db, orgId } = await requestContext("manager");
    const body: unknown = await req.json().catch(() => {
      throw new AppError("bad_request", "The body is not JSON.");
    });
    const rule = await createAlertRule(db, orgId, AlertRuleInput.parse(body));
    return Response.json({ rule }, { status: 201 });
  });
}
