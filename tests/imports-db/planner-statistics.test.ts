import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { importText } from "../support/import-text";

// An import that fills a table refreshes its planner statistics inside its transaction
// (db/imports/statistics.ts), so its own next statements are planned on the rows it wrote; a small
// import into a large table leaves them to autovacuum, as PostgreSQL would. The same goes for the
// rollup tables the import refreshes, which the KPI queries read (db/queries/kpi/rollups.ts).

const HEADER = "entry_id,technician,client,work_date,hours,billable,ticket_id,rate,amount";
const timeExport = (prefix: string, rows: number, { month = "03", clients = 7 } = {}) =>
  [HEADER, ...Array.from({ length: rows }, (_, i) => `${prefix}${i},Tech ${i % 5},Client ${i % clients},2026-${month}-${String((i % 28) + 1).padStart(2, "0")},1,true,,,`)].join("\n");

async function plannerRows(db: Database, table = "time_entries"): Promise<number> {
  const [row] = await db.query<{ tuples: number }>("select reltuples::float8 as tuples from pg_class where oid = $1::regclass", [table]);
  return row!.tuples;
}

async function rowCount(db: Database, table: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(`select count(*)::int as n from ${table}`);
  return row!.n;
}

describeEachDatabase("planner statistics after an import", (db) => {
  it("analyzes a table the import grew by a tenth or more, and not after a small import into it", async () => {
    const orgId = await createTestOrg(db());
    const before = await rowCount(db(), "time_entries");
    const grown = await importText(db(), orgId, timeExport("S", 600 + before), { kind: "time", format: "generic" });
    expect(grown).toMatchObject({ status: "completed", inserted: 600 + before });
    const after = await rowCount(db(), "time_entries");
    // ANALYZE counts every row of a table this small (it samples 30,000).
    expect(await plannerRows(db())).toBe(after);

    const small = await importText(db(), orgId, timeExport("X", 20), { kind: "time", format: "generic" });
    expect(small).toMatchObject({ status: "completed", inserted: 20 });
    // PGlite has no autovacuum, so nothing else analyzes in between there.
    if (db().kind === "pglite") expect(await plannerRows(db())).toBe(after);
  });

  it("analyzes the rollup tables an import rebuilt, or grew by a tenth or more", async () => {
    const orgId = await createTestOrg(db());
    // The org's first time import builds its time rollups whole: ~450 rows of 30 clients' days and months.
    await importText(db(), orgId, timeExport("R", 600, { clients: 30 }), { kind: "time", format: "generic" });
    expect(await plannerRows(db(), "kpi_time_client_days")).toBe(await rowCount(db(), "kpi_time_client_days"));
    // The next adds to them what it changed: another month, a new row per client and day.
    await importText(db(), orgId, timeExport("Q", 600, { month: "04", clients: 30 }), { kind: "time", format: "generic" });
    expect(await plannerRows(db(), "kpi_time_client_days")).toBe(await rowCount(db(), "kpi_time_client_days"));
  });
});
