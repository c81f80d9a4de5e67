// POST /api/qbr/bulk {from, to, locale} — every client's QBR PDF for the period, zipped. Streams
// NDJSON: {type:"start", total}, {type:"progress", done, total, client} per PDF, then
// {type:"done", id, files, url} (GET url downloads the zip) or {type:"error", status, error}.
import { z } from "zod";
import { saveBulkExport } from "@/db/qbr/bulk-exports";
import { buildQbrZip } from "@/server/qbr/export";
import { listQbrClients } from "@/db/qbr/load-report";
import { KpiPeriodQuery } from "@/db/queries/kpi/period-query";
import { LOCALES } from "@/lib/format/locale";
import { errorEvent, errorResponse } from "@/lib/http/api-error";
import { parseJsonBody } from "@/lib/http/json-body";
import { ndjsonResponse } from "@/lib/http/ndjson";
import type { BulkExportEvent } from "@/lib/qbr/bulk-export-event";
import { requestContext } from "@/server/request-context";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const BulkRequest = z.object({ period: KpiPeriodQuery, locale: z.enum(LOCALES).default("en") });

export async function POST(req: Request): Promise<Response> {
  let prepared;
  try {
    // Building every client's report is QBR preparation: a manager's job.
    const ctx = await requestContext("manager");
    const body = await parseJsonBody(req, z.looseObject({}));
    const { period, locale } = BulkRequest.parse({ period: { from: body.from, to: body.to }, locale: body.locale });
    prepared = { ...ctx, period, locale, total: (await listQbrClients(ctx.db, ctx.orgId)).length };
  } catch (e) {
    return errorResponse(e);
  }
  const { db, orgId, actor, period, locale, total } = prepared;
  return ndjsonResponse<BulkExportEvent>(async (send) => {
    send({ type: "start", total });
    const { zip, files } = await buildQbrZip(db, orgId, period, locale, (p) => send({ type: "progress", ...p }));
    const id = await saveBulkExport(db, orgId, period, files, zip, actor);
    send({ type: "done", id, files, url: `/api/qbr/bulk/${id}` });
  }, errorEvent);
}
