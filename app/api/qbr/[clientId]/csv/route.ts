// GET /api/qbr/[clientId]/csv?from=YYYY-MM-DD&to=YYYY-MM-DD[&locale=de] — the QBR's tables as CSV.
import { loadQbrReport } from "@/db/qbr/load-report";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/http/api-error";
import { qbrCsv } from "@/lib/qbr/csv";
import { qbrFileStem } from "@/lib/qbr/file-name";
import { requestContext } from "@/server/request-context";
import { attachment, ClientIdParam, qbrRequestLocale, qbrRequestPeriod } from "../../request";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(req: Request, { params }: { params: Promise<{ clientId: string }> }): Promise<Response> {
  return handle(async () => {
    const { db, orgId } = await requestContext("viewer");
    const clientId = ClientIdParam.parse((await params).clientId);
    const period = await qbrRequestPeriod(db, orgId, new URL(req.url).searchParams);
    const report = await loadQbrReport(db, orgId, clientId, period);
    if (!report) throw new AppError("not_found", "No such client.");
    return new Response(qbrCsv(report, qbrRequestLocale(req)), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": attachment(`${qbrFileStem(report.client.name, period)}.csv`),
        "cache-control": "no-store",
      },
    });
  });
}
