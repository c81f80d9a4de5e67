import type { TableSpec } from "@/lib/tables/table-query";

/** The import history's URL state (db/imports/runs.ts importRunsSource sorts and filters the same ids). */
export const IMPORT_HISTORY_TABLE = {
  sortable: ["when", "file", "kind", "format", "status", "rows", "inserted", "updated", "rejected", "duration", "who"],
  filters: ["file", "kind", "format", "status", "who"],
  defaultSort: "when",
  defaultDir: "desc",
  defaultSize: 10,
} as const satisfies TableSpec;
