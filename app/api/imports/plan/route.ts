// POST /api/imports/plan — re-plans a stored upload with the user's kind, format and mapping overrides.
import { z } from "zod";
import { planStoredImport } from "@/server/imports/import-file";
import { storedUploadById, UploadId } from "@/server/imports/upload-ref";
import { ImportOptions } from "@/lib/imports";
import { env } from "@/lib/env";
import { handle } from "@/lib/http/api-error";
import { parseJsonBody } from "@/lib/http/json-body";
import { requestContext } from "@/server/request-context";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const PlanRequest = z.object({ uploadId: UploadId, overrides: ImportOptions.partial().omit({ timeZone: true }) });

export function POST(req: Request): Promise<Response> {
  return handle(async () => {
    const { db, orgId } = await requestContext("manager");
    const body = await parseJsonBody(req, PlanRequest);
    const upload = storedUploadById(env.UPLOAD_DIR, orgId, body.uploadId);
    return Response.json({ plan: await planStoredImport(db, orgId, upload, body.overrides) });
  });
}
