import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { importText } from "../support/import-text";

// An import that fills a table refreshes its planner statistics inside its transaction
// (db/imports/statistics.ts), so its own next statements are planned on the rows it wrote; a small
// import into a large table leaves them to autovacuum, as PostgreSQL would.

const HEADER = "entry_id,technician,client,work_date,hours,billable,ticket_id,rate,amount";
const timeExport = (prefix: string, rows: number) =>
  [HEADER, ...Array.from({ length: rows }, (_, i) => `${prefix}${i},Tech ${i % 5},Client ${i % 7},2026-03-${String((i % 28) + 1).padStart(2, "0")},1,true,,,`)].join("\n");

async function plannerRows(db: Database): Promise<number> {
  const [row] = await db.query<{ tuples: number }>("select reltuples::float8 as tuples from pg_class where oid = 'time_entries'::regclass");
  return row!.tuples;
}

describeEachDatabase("planner statistics after an import", (db) => {
  it("analyzes a table the import grew by a tenth or more, and not after a small import into it", async () => {
    const orgId = await createTestOrg(db());
    const [before] = await db().query<{ n: number }>("select count(*)::int as n from time_entries");
    const grown = await importText(db(), orgId, timeExport("S", 600 + before!.n), { kind: "time", format: "generic" });
    expect(grown).toMatchObject({ status: "completed", inserted: 600 + before!.n });
    const [after] = await db().query<{ n: number }>("select count(*)::int as n from time_entries");
    // ANALYZE counts every row of a table this small (it samples 30,000).
    expect(await plannerRows(db())).toBe(after!.n);

    const small = await importText(db(), orgId, timeExport("X", 20), { kind: "time", format: "generic" });
    expect(small).toMatchObject({ status: "completed", inserted: 20 });
    // PGlite has no autovacuum, so nothing else analyzes in between there.
    if (db().kind === "pglite") expect(await plannerRows(db())).toBe(after!.n);
  });
});
