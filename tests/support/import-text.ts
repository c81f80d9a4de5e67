import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Database } from "@/db/client";
import { importStoredFile, type ImportFileResult } from "@/server/imports/import-file";
import { storeUploadFromFile } from "@/server/imports/uploads";
import type { ImportOptions } from "@/lib/imports";

const dir = mkdtempSync(path.join(tmpdir(), "msp-kpi-import-test-"));
let counter = 0;

/** Imports CSV text (or bytes) through the same path the CLI and the web page use. */
export async function importText(
  db: Database,
  orgId: number,
  content: string | Uint8Array,
  overrides: Partial<ImportOptions> = {},
  strict = false,
): Promise<ImportFileResult> {
  const file = path.join(dir, `upload-${++counter}.csv`);
  writeFileSync(file, content);
  const upload = await storeUploadFromFile(path.join(dir, "uploads"), orgId, file);
  return importStoredFile(db, { orgId, fileName: path.basename(file), upload, overrides, strict, startedBy: "test" });
}
