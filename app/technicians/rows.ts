import type { TechnicianRow } from "@/db/queries/technicians";
import type { Workload } from "@/lib/kpi/report-schema";
import type { LoadFigures } from "@/lib/rebalancing/types";

/** A technician's row on the page: the period's figures, and the projection with accepted moves in place. */
export interface TechnicianTableRow extends TechnicianRow {
  projectedUtilization: number | null;
  projectedLoggedUtilization: number | null;
  projectedWorkload: Workload | null;
}

export function withProjection(rows: readonly TechnicianRow[], projected: ReadonlyMap<number, LoadFigures>): TechnicianTableRow[] {
  return rows.map((r) => {
    const p = projected.get(r.id);
    return {
      ...r,
      projectedUtilization: p ? p.utilization : r.utilization,
      projectedLoggedUtilization: p ? p.loggedUtilization : r.loggedUtilization,
      projectedWorkload: p ? p.workload : r.workload,
    };
  });
}
