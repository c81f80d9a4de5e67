import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { AppError } from "@/lib/errors";

export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

export class UploadTooLargeError extends AppError {
  constructor(readonly limit: number) {
    super("too_large", `The file is larger than the ${Math.round(limit / 1024 / 1024)} MB upload limit.`);
  }
}

export interface StoredUpload {
  path: string;
  sha256: string;
  bytes: number;
}

/**
 * Copies an upload into UPLOAD_DIR/<org>/<sha256>.csv so the import can be inspected or replayed
 * later. Nothing is kept of an empty file, or of a body shorter than the `expectedBytes` its
 * sender declared (a cut-off upload must never be imported as if it were the whole file).
 */
export async function storeUpload(
  uploadDir: string,
  orgId: number,
  source: NodeJS.ReadableStream | AsyncIterable<Uint8Array>,
  options: { maxBytes?: number; expectedBytes?: number } = {},
): Promise<StoredUpload> {
  const maxBytes = options.maxBytes ?? MAX_UPLOAD_BYTES;
  const dir = path.resolve(uploadDir, String(orgId));
  mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.upload-${randomBytes(6).toString("hex")}`);
  const hash = createHash("sha256");
  let bytes = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) return done(new UploadTooLargeError(maxBytes));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  const file = createWriteStream(tmp);
  try {
    await pipeline(source, meter, file);
    if (bytes === 0) throw new AppError("bad_request", "The file is empty.");
    if (options.expectedBytes !== undefined && bytes !== options.expectedBytes) {
      throw new AppError("bad_request", `The upload arrived with ${bytes} of the ${options.expectedBytes} bytes announced (Content-Length). Nothing was stored; send the file again.`);
    }
  } catch (e) {
    // A stream destroyed while still opening creates its file afterwards: remove it only once closed.
    if (!file.closed) await new Promise<void>((resolve) => file.once("close", () => resolve()));
    rmSync(tmp, { force: true });
    throw e;
  }
  const sha256 = hash.digest("hex");
  const finalPath = path.join(dir, `${sha256}.csv`);
  renameSync(tmp, finalPath);
  return { path: finalPath, sha256, bytes };
}

export function storeUploadFromFile(uploadDir: string, orgId: number, filePath: string): Promise<StoredUpload> {
  return storeUpload(uploadDir, orgId, createReadStream(filePath, { highWaterMark: 1 << 20 }));
}
