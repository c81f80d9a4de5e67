import "server-only";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { StoredUpload } from "./uploads";

/** Uploads are referred to by their SHA-256; the path is derived, never taken from the client. */
export const UploadId = z.string().regex(/^[0-9a-f]{64}$/, "not an upload id");

export function storedUploadById(uploadDir: string, orgId: number, sha256: string): StoredUpload {
  const file = path.resolve(uploadDir, String(orgId), `${UploadId.parse(sha256)}.csv`);
  if (!existsSync(file)) throw new AppError("not_found", "That upload no longer exists; choose the file again.");
  return { path: file, sha256, bytes: statSync(file).size };
}
