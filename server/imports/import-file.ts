import "server-only";
import { open } from "node:fs/promises";
import { planImport, type ImportNotices, type ImportOptions, type ImportPlan } from "@/lib/imports";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/db/auth/audit";
import type { Database } from "@/db/client";
import { getOrgTimeZone } from "@/db/queries/org-settings";
import { runImport, type ImportProgress, type ImportResult } from "./run-import";
import type { StoredUpload } from "./uploads";

const SAMPLE_BYTES = 256 * 1024;

async function readSample(filePath: string, bytes = SAMPLE_BYTES): Promise<Uint8Array> {
  const handle = await open(filePath, "r");
  try {
    const buffer = new Uint8Array(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Detects kind, format and mapping for a stored upload (the preview the UI shows before committing). */
export async function planStoredImport(
  db: Database,
  orgId: number,
  upload: StoredUpload,
  overrides: Partial<ImportOptions>,
): Promise<ImportPlan> {
  const timeZone = overrides.timeZone ?? (await getOrgTimeZone(db, orgId));
  return planImport(await readSample(upload.path), { ...overrides, timeZone });
}

/** An import's result with what the file could not feed (from the plan the import ran with). */
export type ImportFileResult = ImportResult & { notices: ImportNotices };

/** Plans and imports a stored upload; refuses with a clear error when the kind or required columns are unknown. */
export async function importStoredFile(
  db: Database,
  request: {
    orgId: number;
    fileName: string;
    upload: StoredUpload;
    overrides: Partial<ImportOptions>;
    strict: boolean;
    startedBy: string;
    onProgress?: (progress: ImportProgress) => void;
  },
): Promise<ImportFileResult> {
  const plan = await planStoredImport(db, request.orgId, request.upload, request.overrides);
  const question = plan.question;
  if (question) {
    const [a, b] = question;
    throw new AppError(
      "unprocessable",
      `This file could hold ${a.kind} (${a.format}) or ${b.kind} (${b.format}); say which with --kind ${a.kind} or --kind ${b.kind} (on the Imports page: choose the kind).`,
      { candidates: question },
    );
  }
  if (!request.overrides.kind && !plan.detected.kind) {
    throw new AppError("unprocessable", `Could not tell what this file holds from its header row (${plan.headers.join(", ")}). Choose the kind.`);
  }
  if (plan.missingRequired.length > 0) {
    throw new AppError(
      "unprocessable",
      `Required columns not found for ${plan.options.kind}: ${plan.missingRequired.join(", ")}. Found: ${plan.headers.join(", ")}.`,
      { missing: plan.missingRequired, headers: plan.headers },
    );
  }
  const result = await runImport(db, { ...request, options: plan.options });
  await recordAudit(db, request.orgId, {
    actor: request.startedBy,
    action: "import.finished",
    subject: `import:${result.runId}`,
    details: { file: request.fileName, kind: result.kind, status: result.status, inserted: result.inserted, updated: result.updated, rejected: result.rejected },
  });
  return { ...result, notices: plan.notices };
}
