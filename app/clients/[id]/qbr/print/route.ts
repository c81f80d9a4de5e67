// GET /clients/[id]/qbr/print?from=…&to=… — the QBR as the printable document: the very HTML the
// PDF is rendered from (A4 pages, cover, print CSS). Use the browser's print dialog, or the PDF.
import { loadQbrContext, loadQbrReport } from "@/db/qbr/load-report";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/http/api-error";
import { localDate } from "@/lib/kpi/period";
import { qbrDocumentHtml } from "@/lib/qbr/document";
import { requestContext } from "@/server/request-context";
import { ClientIdParam, qbrRequestLocale, qbrRequestPeriod } from "@/app/api/qbr/request";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const { db, orgId } = await requestContext("viewer");
    const clientId = ClientIdParam.parse((await params).id);
    const period = await qbrRequestPeriod(db, orgId, new URL(req.url).searchParams);
    const context = await loadQbrContext(db, orgId, period);
    const report = await loadQbrReport(db, orgId, clientId, period, context);
    if (!report) throw new AppError("not_found", "No such client.");
    const html = qbrDocumentHtml(report, qbrRequestLocale(req), localDate(new Date(), context.settings.timeZone));
    return new Response(html, { headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
  });
}
