// GET /api/kpis?from=YYYY-MM-DD&to=YYYY-MM-DD — every KPI of docs/kpis.md for the period and the
// previous one (the KpiReport JSON), computed in the database for the requester's org. Viewers get
// it without the profitability and scorecards sections, managers without the costs per technician
// (reportForRole). While the rollups are rebuilt for changed settings, the figures use the old
// ones and the body says `"recomputing": true`.
import { servedKpiReport } from "@/db/queries/kpi";
import { kpiPeriodOfUrl } from "@/db/queries/kpi/period-query";
import { KpiReport } from "@/lib/kpi/report-schema";
import { reportForRole } from "@/lib/kpi/served-report";
import { handle } from "@/lib/http/api-error";
import { requestContext } from "@/server/request-context";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(req: Request): Promise<Response> {
  return handle(async () => {
    const period = kpiPeriodOfUrl(req.url);
    const { db, orgId, role } = await requestContext("viewer");
    const { report, settings } = await servedKpiReport(db, orgId, period);
    // The report is checked against its schema before it leaves; a mismatch is our bug (500), not the caller's.
    const checked = KpiReport.safeParse(report);
    if (!checked.success) throw new Error(`KPI report does not match its schema: ${checked.error.message}`);
    // Currency and zone travel as headers so the body stays exactly the KpiReport (the CLI prints with them).
    return Response.json(reportForRole(checked.data, role), {
      headers: { "cache-control": "no-store", "x-msp-kpi-currency": settings.currency, "x-msp-kpi-time-zone": settings.timeZone },
    });
  });
}
