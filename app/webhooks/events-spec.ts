import type { TableSpec } from "@/lib/tables/table-query";

/** The event inbox's URL state (db/webhooks/inbox.ts eventsSource sorts and filters the same ids). */
export const EVENTS_TABLE = {
  sortable: ["receivedAt", "endpoint", "key", "status", "attempts", "lastError"],
  filters: ["endpoint", "status"],
  defaultSort: "receivedAt",
  defaultDir: "desc",
  defaultSize: 25,
} as const satisfies TableSpec;
