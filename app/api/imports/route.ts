// POST /api/imports — runs an import of a stored upload, streaming NDJSON progress then the result.
// GET  /api/imports — the org's import history.
import { z } from "zod";
import { importStoredFile } from "@/server/imports/import-file";
import { listImportRuns } from "@/db/imports/runs";
import { storedUploadById, UploadId } from "@/server/imports/upload-ref";
import { ImportOptions } from "@/lib/imports";
import { UploadFileName } from "@/lib/imports/file-name";
import { env } from "@/lib/env";
import { errorEvent, errorResponse, handle } from "@/lib/http/api-error";
import { parseJsonBody } from "@/lib/http/json-body";
import { ndjsonResponse } from "@/lib/http/ndjson";
import type { ImportStreamEvent } from "@/app/imports/types";
import { requestContext } from "@/server/request-context";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const ImportRequest = z.object({
  uploadId: UploadId,
  fileName: UploadFileName,
  /** timeZone: the organisation's when absent (the CLI's --time-zone sends one) */
  overrides: ImportOptions.partial(),
  strict: z.boolean().default(false),
});

export function GET(): Promise<Response> {
  return handle(async () => {
    const { db, orgId } = await requestContext("manager");
    return Response.json({ runs: await listImportRuns(db, orgId) });
  });
}

export async function POST(req: Request): Promise<Response> {
  let prepared;
  try {
    const { db, orgId, actor } = await requestContext("manager");
    const body = await parseJsonBody(req, ImportRequest);
    prepared = { db, orgId, actor, body, upload: storedUploadById(env.UPLOAD_DIR, orgId, body.uploadId) };
  } catch (e) {
    return errorResponse(e);
  }
  const { db, orgId, actor, body, upload } = prepared;
  return ndjsonResponse<ImportStreamEvent>(async (send) => {
    const result = await importStoredFile(db, {
      orgId, fileName: body.fileName, upload, overrides: body.overrides, strict: body.strict, startedBy: actor,
      onProgress: (p) => send({ type: "progress", ...p }),
    });
    send({ type: "result", result });
  }, errorEvent);
}
