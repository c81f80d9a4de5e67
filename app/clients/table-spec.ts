import type { TableSpec } from "@/lib/tables/table-query";

/** The clients list's URL state: what sorts (db/queries/client-list.ts whitelists the same ids) and filters. */
export const CLIENTS_TABLE = {
  sortable: ["name", "segment", "mrr", "services", "serviceNames", "tickets", "ticketsPerDevice", "billedHours", "slaMet", "csat", "devices", "patched", "avOk", "backupOk", "seen"],
  filters: ["segment", "serviceNames"],
  defaultSort: "mrr",
  defaultDir: "desc",
  defaultSize: 25,
} as const satisfies TableSpec;
