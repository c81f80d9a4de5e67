import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { importStoredFile } from "@/db/imports/import-file";
import type { ImportResult } from "@/db/imports/run-import";
import { storeUploadFromFile } from "@/db/imports/uploads";
import { IMPORT_FORMATS, type ImportFormat } from "@/lib/imports";
import { readEnv } from "@/lib/env";
import { ImportKind } from "@/lib/records/schemas";
import { openCliDatabase, UsageError } from "./context";
import { progressBar } from "./progress";
import { remoteImport, remoteTarget } from "./remote";

export const IMPORT_USAGE = `msp-kpi import <file> [--kind K] [--format F] [--strict] [--json]
  --kind     ${ImportKind.options.join(", ")} (detected from the header row when omitted)
  --format   ${IMPORT_FORMATS.join(", ")} (detected when omitted)
  --strict   any bad row aborts the whole file; nothing is stored
  --json     print one JSON object instead of the readable summary
  With MSP_KPI_URL and MSP_KPI_TOKEN set, the file goes to that server instead of the local database.`;

function summary(result: ImportResult, file: string): string {
  const lines = [
    `${result.status === "aborted" ? "Aborted" : "Imported"} ${path.basename(file)} as ${result.kind} (${result.format}) in ${(result.durationMs / 1000).toFixed(1)} s`,
    `  rows read  ${result.rowsRead}`,
    `  inserted   ${result.inserted}`,
    `  updated    ${result.updated}`,
    `  unchanged  ${result.unchanged}`,
    `  rejected   ${result.rejected}`,
  ];
  if (result.clientsCreated) lines.push(`  new clients created from references: ${result.clientsCreated}`);
  if (result.techniciansCreated) lines.push(`  new technicians created from references: ${result.techniciansCreated}`);
  if (result.status === "aborted") lines.push("  --strict: bad rows were found, so nothing was stored.");
  const shown = result.errors.slice(0, 20);
  if (shown.length) lines.push("", "Rejected rows:");
  for (const e of shown) lines.push(`  line ${e.line}${e.column ? `, ${e.column}` : ""}${e.value !== null ? ` = "${e.value}"` : ""}: ${e.reason}`);
  if (result.rejected > shown.length) lines.push(`  … and ${result.rejected - shown.length} more (see the Imports page)`);
  return lines.join("\n");
}

export async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { kind: { type: "string" }, format: { type: "string" }, strict: { type: "boolean" }, json: { type: "boolean" } },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError(IMPORT_USAGE);
  const kind = values.kind === undefined ? undefined : ImportKind.safeParse(values.kind);
  if (kind && !kind.success) throw new UsageError(`Unknown kind "${values.kind}". Kinds: ${ImportKind.options.join(", ")}`);
  if (values.format !== undefined && !IMPORT_FORMATS.includes(values.format as ImportFormat)) {
    throw new UsageError(`Unknown format "${values.format}". Formats: ${IMPORT_FORMATS.join(", ")}`);
  }
  if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`Cannot read ${file}: no such file`);

  const bar = progressBar(path.basename(file));
  const options = { kind: kind?.data, format: values.format as ImportFormat | undefined, strict: values.strict ?? false };
  const onProgress = (p: { bytesRead: number; totalBytes: number; rowsRead: number }) => bar.update(p.bytesRead, p.totalBytes, p.rowsRead);
  const remote = remoteTarget();
  const result = remote ? await remoteImport(remote, file, options, onProgress) : await importLocally(file, options, onProgress);
  bar.finish();
  if (values.json) {
    const { kind: k, format, inserted, updated, rejected, errors } = result;
    console.log(JSON.stringify({ kind: k, format, inserted, updated, rejected, errors, status: result.status, run_id: result.runId }));
  } else {
    console.log(summary(result, file));
  }
  return result.status === "aborted" ? 1 : 0;
}

async function importLocally(
  file: string,
  options: { kind?: ImportKind; format?: ImportFormat; strict: boolean },
  onProgress: (p: { bytesRead: number; totalBytes: number; rowsRead: number }) => void,
): Promise<ImportResult> {
  const { db, orgId } = await openCliDatabase();
  try {
    const upload = await storeUploadFromFile(readEnv().UPLOAD_DIR, orgId, file);
    return await importStoredFile(db, {
      orgId,
      fileName: path.basename(file),
      upload,
      overrides: { kind: options.kind, format: options.format },
      strict: options.strict,
      startedBy: "cli",
      onProgress,
    });
  } finally {
    await db.close();
  }
}
