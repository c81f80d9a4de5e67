import "server-only";
import type { SqlRunner } from "../client";

// Autovacuum's defaults: analyze once 50 rows plus a tenth of the table changed.
const ANALYZE_THRESHOLD = 50;
const ANALYZE_SCALE_FACTOR = 0.1;

/**
 * Refreshes a table's planner statistics when an import changed enough of it, as autovacuum would
 * later. The import's own next statements need them: autovacuum never runs inside its transaction,
 * and PGlite has no autovacuum at all. Without them the planner takes a freshly filled table for
 * one of a row or so, and nests loops over it: the demo's first import of 18,000 time entries
 * spent 160 million comparisons capturing its own rows for the rollups.
 */
export async function analyzeIfGrown(tx: SqlRunner, table: string, changedRows: number): Promise<void> {
  const [row] = await tx.query<{ tuples: number }>("select reltuples::float8 as tuples from pg_class where oid = $1::regclass", [table]);
  const known = Math.max(row?.tuples ?? 0, 0); // -1: never analyzed
  if (changedRows >= ANALYZE_THRESHOLD + ANALYZE_SCALE_FACTOR * known) await tx.query(`analyze ${table}`);
}
