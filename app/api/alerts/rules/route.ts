// GET /api/alerts/rules — the org's alert rules (viewers; webhook URL and e-mail recipients only
// for managers and owners). POST — create one from the rule JSON
// (managers): {name, kpi, subject?, comparator, threshold, window, severity?, webhookUrl?, emailTo?}.
import { createAlertRule, listAlertRules } from "@/db/alerts";
import { ruleForRole } from "@/lib/alerts";
import { SavableAlertRule } from "@/lib/alerts/savable-rule";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/http/api-error";
import { requestContext } from "@/app/server-context";

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
    const body: unknown = await req.json().catch(() => {
      throw new AppError("bad_request", "The body is not JSON.");
    });
    const rule = await createAlertRule(db, orgId, SavableAlertRule.parse(body));
    return Response.json({ rule }, { status: 201 });
  });
}
