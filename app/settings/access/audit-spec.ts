import type { TableSpec } from "@/lib/tables/table-query";

/** The audit log's URL state (db/auth/audit.ts auditSource sorts and filters the same ids). */
export const AUDIT_TABLE = {
  sortable: ["at", "actor", "action", "subject"],
  filters: ["actor", "action"],
  defaultSort: "at",
  defaultDir: "desc",
  defaultSize: 25,
} as const satisfies TableSpec;
