// GET /api/alerts/rules — the org's alert rules (viewers; webhook URL and e-mail recipients only
// for managers and owners). POST — create one from the rule JSON
// (managers): {name, kpi, subject?, comparator, threshold, window, severity?, webhookUrl?, emailTo?}.
import { createAlertRule, listAlertRules } from "@/db/alerts";
import { ruleForRole } from "@/lib/alerts";
import { SavableAlertRule } from "@/lib/alerts/savable-rule";
import { handle } from "@/lib/http/api-error";
import { parseJsonBody } from "@/lib/http/json-body";
import { requestContext } from "@/server/request-context";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(): Promise<Response> {
  return handle(async () => {
    const { db, orgId, role } = await requestContext("viewer");
    const rules = (await listAlertRules(db, orgId)).map((rule) => ruleForRole(rule, role));
    return Response.json({ rules }, { headers: { "cache-control": "no-store" } });
  });
}

export function POST(req: Request): Promise<Response> {
  return handle(async () => {
    const { db, orgId } = await requestContext("manager");
    const rule = await createAlertRule(db, orgId, await parseJsonBody(req, SavableAlertRule));
    return Response.json({ rule }, { status: 201 });
  });
}
