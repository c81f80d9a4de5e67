// GET /api/scorecards/csv?from=YYYY-MM-DD&to=YYYY-MM-DD — managers and owners: one row per person
// with the period's scorecard figures and the pay plan's total, for payroll.
import { kpiPeriodOfUrl } from "@/db/queries/kpi/period-query";
import { getKpiSettings } from "@/db/queries/org-settings";
import { getPayPlan } from "@/db/queries/pay-plans";
import { scorecardPage } from "@/db/queries/scorecard-cards";
import { handle } from "@/lib/http/api-error";
import { payrollCsv } from "@/lib/scorecards/payroll-csv";
import { requestContext } from "@/server/request-context";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(req: Request): Promise<Response> {
  return handle(async () => {
    const period = kpiPeriodOfUrl(req.url);
    const { db, orgId } = await requestContext("manager");
    const settings = await getKpiSettings(db, orgId);
    const [{ cards }, stored] = await Promise.all([scorecardPage(db, orgId, period, settings), getPayPlan(db, orgId)]);
    return new Response(payrollCsv(cards, stored?.plan ?? null, period), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="scorecards-${period.from}-${period.to}.csv"`,
        "cache-control": "no-store",
      },
    });
  });
}
