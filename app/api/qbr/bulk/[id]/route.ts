// GET /api/qbr/bulk/[id] — the zip a bulk export built (kept for a day).
import { z } from "zod";
import { getBulkExport } from "@/db/qbr/bulk-exports";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/http/api-error";
import { requestContext } from "@/server/request-context";
import { attachment } from "../../request";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const ExportId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export function GET(_req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const { db, orgId } = await requestContext("viewer");
    const found = await getBulkExport(db, orgId, ExportId.parse((await params).id));
    if (!found) throw new AppError("not_found", "This export does not exist or has expired; generate it again.");
    return new Response(Buffer.from(found.zip), {
      headers: {
        "content-type": "application/zip",
        "content-disposition": attachment(`qbr-${found.period.from}-${found.period.to}.zip`),
        "cache-control": "no-store",
      },
    });
  });
}
