import type { TableSpec } from "@/lib/tables/table-query";

/** The cross-sell matrix's URL state: a column per service some client has (db/queries/services.ts crossSellSource sorts the same ids). */
export function crossSellSpec(services: string[]): TableSpec {
  return {
    sortable: ["client", "segment", "mrr", "missingCount", "missingList", ...services.map((s) => `service:${s}`)],
    filters: ["segment"],
    defaultSort: "missingCount",
    defaultDir: "desc",
    defaultSize: 25,
  };
}
