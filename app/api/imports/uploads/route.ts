// POST /api/imports/uploads — stores an export file (raw body, ≤ 200 MB) and returns the detected plan.
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { z } from "zod";
import { planStoredImport } from "@/server/imports/import-file";
import { MAX_UPLOAD_BYTES, storeUpload, UploadTooLargeError } from "@/server/imports/uploads";
import { FileNameHeader } from "@/lib/imports/file-name";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/http/api-error";
import { requestContext } from "@/server/request-context";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// Exports are text: CSV, TSV or plain text files, sent raw or as a generic binary stream.
const ACCEPTED_NAME = /\.(csv|tsv|txt)$/i;
const ACCEPTED_TYPES = ["", "text/csv", "text/plain", "text/tab-separated-values", "application/csv", "application/vnd.ms-excel", "application/octet-stream"];

const UploadHeaders = z.object({
  "x-file-name": FileNameHeader.default("upload.csv"),
  "content-type": z.string().default("").transform((type) => type.split(";")[0]!.trim().toLowerCase()),
  // Absent when the body is sent chunked; then the size cap alone applies.
  "content-length": z.coerce.number().int().nonnegative().optional(),
});

export function POST(req: Request): Promise<Response> {
  return handle(async () => {
    const { db, orgId } = await requestContext("manager");
    const headers = UploadHeaders.parse({
      "x-file-name": req.headers.get("x-file-name") ?? undefined,
      "content-type": req.headers.get("content-type") ?? undefined,
      "content-length": req.headers.get("content-length") ?? undefined,
    });
    const fileName = headers["x-file-name"];
    const type = headers["content-type"];
    const declared = headers["content-length"];
    if (declared !== undefined && declared > MAX_UPLOAD_BYTES) throw new UploadTooLargeError(MAX_UPLOAD_BYTES);
    if (!req.body) throw new AppError("bad_request", "The file is empty.");
    if (!ACCEPTED_NAME.test(fileName) || !ACCEPTED_TYPES.includes(type)) {
      throw new AppError("unsupported_type", `Only CSV, TSV or text exports can be imported (got ${fileName}${type ? `, ${type}` : ""}).`);
    }
    const body = Readable.fromWeb(req.body as WebReadableStream<Uint8Array>);
    const upload = await storeUpload(env.UPLOAD_DIR, orgId, body, { expectedBytes: declared });
    const plan = await planStoredImport(db, orgId, upload, {});
    return Response.json({ upload: { id: upload.sha256, bytes: upload.bytes, fileName }, plan });
  });
}
