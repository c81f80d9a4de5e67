import type { TableSpec } from "@/lib/tables/table-query";

/** A drill-down table's URL state: what sorts (db/queries/explain/explain.ts whitelists the same ids) and filters. */
export const EXPLAIN_TABLE = {
  sortable: ["ref", "client", "who", "day", "detail", "extra", "value", "term"],
  filters: ["term", "extra"],
  defaultSort: "day",
  defaultDir: "asc",
  defaultSize: 25,
} as const satisfies TableSpec;
