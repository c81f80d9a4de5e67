import type { ImportFileResult } from "@/server/imports/import-file";
import type { ImportRunRow } from "@/db/imports/runs";
import type { StreamErrorEvent } from "@/lib/http/api-error";
import type { ImportOptions, RowError } from "@/lib/imports/options";
import type { ImportPlan } from "@/lib/imports/plan";

// Plain, serialisable shapes the import UI works with (what the API answers and the server pages pass down).

export type { ImportPlan, RowError };

/** What the user chose in the preview; sent unchanged to POST /api/imports/plan and POST /api/imports. */
export type PlanOverrides = Partial<Omit<ImportOptions, "timeZone">>;

export interface UploadedFile {
  id: string;
  bytes: number;
  fileName: string;
}

export interface SavedMappingView {
  id: number;
  name: string;
  kind: string;
  mapping: Record<string, string>;
  options: Record<string, unknown>;
}

export type RunStatus = ImportRunRow["status"];

/** What POST /api/imports streams as its result: the importer's own result, as JSON. */
export type ImportResultView = ImportFileResult;

export interface ImportRunView {
  id: number;
  kind: string;
  format: string;
  fileName: string;
  status: RunStatus;
  strict: boolean;
  rowsTotal: number;
  inserted: number;
  updated: number;
  rejected: number;
  startedBy: string;
  /** ISO instant */
  startedAt: string;
  durationMs: number | null;
  error: string | null;
}

export interface ImportProgressEvent {
  bytesRead: number;
  totalBytes: number;
  rowsRead: number;
}

/** The lines POST /api/imports streams: progress, then one result or error. */
export type ImportStreamEvent = ({ type: "progress" } & ImportProgressEvent) | { type: "result"; result: ImportResultView } | StreamErrorEvent;

/** The counts a summary shows; null where the run did not record the number. */
export interface ImportCounts {
  status: RunStatus;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number | null;
  rejected: number;
  clientsCreated: number | null;
  techniciansCreated: number | null;
  durationMs: number | null;
}
