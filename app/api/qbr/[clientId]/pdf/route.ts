// GET /api/qbr/[clientId]/pdf?from=YYYY-MM-DD&to=YYYY-MM-DD[&locale=de] — the client's QBR as a
// PDF: the printable HTML built here, rendered by headless chromium from memory (no session needed).
import { buildQbrPdf } from "@/server/qbr/export";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/http/api-error";
import { requestContext } from "@/server/request-context";
import { attachment, ClientIdParam, qbrRequestLocale, qbrRequestPeriod } from "../../request";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(req: Request, { params }: { params: Promise<{ clientId: string }> }): Promise<Response> {
  return handle(async () => {
    const { db, orgId } = await requestContext("viewer");
    const clientId = ClientIdParam.parse((await params).clientId);
    const period = await qbrRequestPeriod(db, orgId, new URL(req.url).searchParams);
    const result = await buildQbrPdf(db, orgId, clientId, period, qbrRequestLocale(req));
    if (!result) throw new AppError("not_found", "No such client.");
    return new Response(Buffer.from(result.pdf), {
      headers: { "content-type": "application/pdf", "content-disposition": attachment(result.fileName), "cache-control": "no-store" },
    });
  });
}
