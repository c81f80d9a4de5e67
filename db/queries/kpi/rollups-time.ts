import "server-only";
import type { SqlRunner } from "../../client";
import { applyRollupChanges, rebuildRollupTable, type RollupTable } from "./rollup-table";

/** A time entry's billed amount (its row's columns unqualified). */
export const BILLED = "case when amount is not null then amount when billable and rate is not null then hours * rate else 0 end";
/** A time entry's category: without one it is reactive when it has a ticket (KPIS.md, profitability inputs). */
export const ENTRY_CATEGORY = "coalesce(category, case when ticket_ref is null then 'internal' else 'reactive' end)";
const REACTIVE = `case when ${ENTRY_CATEGORY} = 'reactive' then hours else 0 end`;

/** Per technician and day, billable time per client and day, and all time per client, technician and day (profitability). */
const TIME_ROLLUPS: RollupTable[] = [
  {
    table: "kpi_time_technician_days",
    keys: ["day", "technician_id"],
    sums: ["entries", "logged", "billable", "billed"],
    counts: ["entries"],
    monthly: true,
    branches: [{ where: "true", keys: ["work_date", "technician_id"], sums: ["1", "hours", "case when billable then hours else 0 end", BILLED] }],
  },
  {
    table: "kpi_time_client_days",
    keys: ["day", "client_id"],
    sums: ["entries", "hours"],
    counts: ["entries"],
    monthly: true,
    branches: [{ where: "billable", keys: ["work_date", "client_id"], sums: ["1", "hours"] }],
  },
  {
    table: "kpi_time_client_technician_days",
    keys: ["day", "client_id", "technician_id"],
    sums: ["entries", "hours", "reactive", "billed"],
    counts: ["entries"],
    monthly: true,
    branches: [{ where: "true", keys: ["work_date", "client_id", "technician_id"], sums: ["1", "hours", REACTIVE, BILLED] }],
  },
];

/** The tables the time part keeps. */
export const TIME_ROLLUP_TABLES = TIME_ROLLUPS.map((spec) => spec.table);

/**
 * Rebuilds the org's time-entry rollups; or, given `changedRows` (time entry rows with a `sign`:
 * −1 for a row's version before a change, +1 after), adds just their difference.
 */
export async function refreshTimeRollups(db: SqlRunner, orgId: number, changedRows?: string): Promise<void> {
  for (const spec of TIME_ROLLUPS) {
    if (changedRows) await applyRollupChanges(db, orgId, spec, changedRows);
    else await rebuildRollupTable(db, orgId, spec, "time_entries");
  }
}
