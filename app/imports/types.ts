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

export type RunStatus = "running" | "completed" | "aborted" | "failed";

export interface ImportResultView {
  runId: number;
  kind: string;
  format: string;
  status: "completed" | "aborted";
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  clientsCreated: number;
  techniciansCreated: number;
  errors: RowError[];
  errorsTruncated: boolean;
  durationMs: number;
}

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
