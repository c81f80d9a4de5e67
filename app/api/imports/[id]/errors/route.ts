// GET /api/imports/:id/errors — the rejected rows of one import run as a CSV download.
import { z } from "zod";
import { getImportRun, listImportRowErrors } from "@/db/imports/runs";
import { toCsv } from "@/lib/csv/export";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/http/api-error";
import { requestContext } from "@/server/request-context";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(_req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const { db, orgId } = await requestContext("manager");
    const id = z.coerce.number().int().positive().parse((await params).id);
    const run = await getImportRun(db, orgId, id);
    if (!run) throw new AppError("not_found", `Import run ${id} not found.`);
    const errors = await listImportRowErrors(db, orgId, id);
    const csv = toCsv(["line", "column", "value", "reason"], errors.map((e) => [e.line, e.column, e.value, e.reason]));
    const name = `rejected-rows-${id}-${run.file_name.replace(/[^\w.-]+/g, "_")}`;
    return new Response(csv, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name.replace(/\.csv$/i, "")}.csv"` },
    });
  });
}
