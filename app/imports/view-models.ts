import "server-only";
import type { ImportRunRow } from "@/db/imports/runs";
import type { SavedMapping } from "@/db/queries/column-mappings";
import type { ImportRunView, SavedMappingView } from "./types";

// Database rows → the plain props the client components take (ISO strings instead of Date objects).

export function toRunView(run: ImportRunRow): ImportRunView {
  return {
    id: run.id,
    kind: run.kind,
    format: run.format,
    fileName: run.file_name,
    status: run.status,
    strict: run.strict,
    rowsTotal: run.rows_total,
    inserted: run.inserted,
    updated: run.updated,
    rejected: run.rejected,
    startedBy: run.started_by_shown,
    startedAt: new Date(run.started_at).toISOString(),
    durationMs: run.duration_ms,
    error: run.error,
  };
}

export function toMappingView(mapping: SavedMapping): SavedMappingView {
  return { id: mapping.id, name: mapping.name, kind: mapping.kind, mapping: mapping.mapping, options: mapping.options };
}
