import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { importStoredFile, type ImportFileResult } from "@/server/imports/import-file";
import { storeUploadFromFile } from "@/server/imports/uploads";
import { listColumnMappings } from "@/db/queries/column-mappings";
import type { Env } from "@/lib/env";
import { describeNotices, IMPORT_FORMATS } from "@/lib/imports";
import { ImportKind } from "@/lib/records/schemas";
import { openCliDatabase, UsageError, type CliIo } from "./context";
import { findSavedMapping, importOverrides, parseImportFlags, type ImportFlags } from "./import-flags";
import { progressBar } from "./progress";
import { remoteImport, remoteMappings, remoteTarget } from "./remote";

export const IMPORT_USAGE = `msp-kpi import <file> [--kind K] [--format F] [reading options] [--strict] [--json]
  --kind            ${ImportKind.options.join(", ")} (detected from the header row when omitted)
  --format          ${IMPORT_FORMATS.join(", ")} (detected when omitted)
  --map field=Header  read the field from that column (repeatable), e.g. --map technician=Agent
  --mapping NAME    use a mapping saved on the Imports page (its kind, columns, format, date order, decimal comma)
  --time-zone Z     IANA zone for timestamps without one (default: the organisation's)
  --date-order O    dmy, mdy or ymd for dates like 04/03/2026 (detected when omitted)
  --decimal-comma   read 1,5 as 1.5 (detected when omitted)
  --encoding E      utf-8 or windows-1252 (detected when omitted)
  --delimiter D     , ; | or tab (detected when omitted)
  --strict          any bad row aborts the whole file; nothing is stored
  --json            print one JSON object instead of the readable summary
  With MSP_KPI_URL and MSP_KPI_TOKEN set, the file goes to that server instead of the local database.`;

function summary(result: ImportFileResult, file: string): string {
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
  const notes = describeNotices(result.notices);
  if (notes.length) lines.push("", "Notes:", ...notes.map((n) => `  ${n}`));
  const shown = result.errors.slice(0, 20);
  if (shown.length) lines.push("", "Rejected rows:");
  for (const e of shown) lines.push(`  line ${e.line}${e.column ? `, ${e.column}` : ""}${e.value !== null ? ` = "${e.value}"` : ""}: ${e.reason}`);
  if (result.rejected > shown.length) lines.push(`  … and ${result.rejected - shown.length} more (see the Imports page)`);
  return lines.join("\n");
}

export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      kind: { type: "string" },
      format: { type: "string" },
      map: { type: "string", multiple: true },
      mapping: { type: "string" },
      "time-zone": { type: "string" },
      "date-order": { type: "string" },
      "decimal-comma": { type: "boolean" },
      encoding: { type: "string" },
      delimiter: { type: "string" },
      strict: { type: "boolean" },
      json: { type: "boolean" },
    },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError(IMPORT_USAGE);
  const { json, ...flagValues } = values;
  const flags = parseImportFlags(flagValues);
  if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`Cannot read ${file}: no such file`);

  const bar = progressBar(path.basename(file), io.progress);
  const onProgress = (p: { bytesRead: number; totalBytes: number; rowsRead: number }) => bar.update(p.bytesRead, p.totalBytes, p.rowsRead);
  const remote = remoteTarget(io.env);
  let result: ImportFileResult;
  if (remote) {
    const saved = flags.mapping ? findSavedMapping(await remoteMappings(remote), flags.mapping) : null;
    result = await remoteImport(remote, file, { overrides: importOverrides(flags, saved), strict: flags.strict }, onProgress);
  } else {
    result = await importLocally(io.env, file, flags, onProgress);
  }
  bar.finish();
  if (json) {
    const { kind, format, inserted, updated, rejected, errors, notices } = result;
    io.out(JSON.stringify({ kind, format, inserted, updated, rejected, errors, notices: { ...notices, messages: describeNotices(notices) }, status: result.status, run_id: result.runId }));
  } else {
    io.out(summary(result, file));
  }
  return result.status === "aborted" ? 1 : 0;
}

async function importLocally(
  env: Env,
  file: string,
  flags: ImportFlags,
  onProgress: (p: { bytesRead: number; totalBytes: number; rowsRead: number }) => void,
): Promise<ImportFileResult> {
  const { db, orgId } = await openCliDatabase(env);
  try {
    const saved = flags.mapping ? findSavedMapping(await listColumnMappings(db, orgId), flags.mapping) : null;
    const upload = await storeUploadFromFile(env.UPLOAD_DIR, orgId, file);
    return await importStoredFile(db, {
      orgId,
      fileName: path.basename(file),
      upload,
      overrides: importOverrides(flags, saved),
      strict: flags.strict,
      startedBy: "cli",
      onProgress,
    });
  } finally {
    await db.close();
  }
}
