import { expect, it } from "vitest";
import type { Database, SqlTx } from "@/db/client";
import { explainSource, type ExplainScope } from "@/db/queries/explain/explain";
import { figureRecords } from "@/db/queries/explain/records";
import { ensureKpiRollups } from "@/db/queries/kpi";
import { queryTablePage, streamTableRows } from "@/db/tables/sql-table";
import { EXPLAINED_FIGURES } from "@/lib/explain/figures";
import { parseTableQuery } from "@/lib/tables/table-query-schema";
import { DEFAULT_KPI_SETTINGS } from "@/lib/records/settings";
import { EXPLAIN_TABLE } from "@/app/explain/[metric]/table-spec";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { randomCase } from "../kpi/random-dataset";
import { insertDataset, storeSettings } from "../kpi-sql/insert-dataset";

// The explanation view's first page of counted tickets, in its default order (by day), reads the
// period's created tickets in the order of the tickets_org_created index and stops after the
// page, instead of classifying and sorting every ticket created or resolved in the period.

const CREATED_ONLY = ["tickets_created", "sla_met", "first_response_minutes"];

const figure = (metric: string) => EXPLAINED_FIGURES.find((f) => f.metric === metric)!;

/** A handle that records each statement run in a transaction, as the table pages run theirs. */
function recording(db: Database, statements: { sql: string; params: unknown[] }[]): Database {
  return {
    ...db,
    transaction: (fn) => db.transaction((tx) => fn({ ...tx, query: (sql: string, params: unknown[] = []) => (statements.push({ sql, params }), tx.query(sql, params)) } as SqlTx)),
  };
}

describeEachDatabase("the counted tickets' first page", (db) => {
  it("holds the counted records of the whole scope, ordered by creation instant and then id", async () => {
    for (const seed of [9301, 9302, 9303]) {
      const generated = randomCase(seed);
      const orgId = await createTestOrg(db());
      await insertDataset(db(), orgId, generated.data);
      await storeSettings(db(), orgId, generated.settings);
      const settings = await ensureKpiRollups(db(), orgId, generated.settings);
      for (const metric of CREATED_ONLY) {
        const scope: ExplainScope = { orgId, figure: figure(metric), period: generated.period, settings, subject: null };
        const all = figureRecords(orgId, metric, "records", generated.period, settings, null)!;
        const expected = await db().query<{ id: string }>(`select id from (${all.sql}) as r where counted order by created_at, id`, all.params);
        const streamed = [];
        for await (const chunk of streamTableRows(db(), explainSource(scope, "counted"), parseTableQuery(EXPLAIN_TABLE, {}), 7)) streamed.push(...chunk);
        expect(streamed.map((r) => r.id), `seed ${seed}, ${metric}`).toEqual(expected.map((r) => r.id));
      }
    }
  });

  it("reads only the period's created range, sorted by the indexed creation instant", () => {
    const period = { from: "2026-11-01", to: "2026-11-30" };
    for (const metric of CREATED_ONLY) {
      const source = explainSource({ orgId: 1, figure: figure(metric), period, settings: DEFAULT_KPI_SETTINGS, subject: null }, "counted");
      expect(source.sort.day?.expr, metric).toBe("created_at");
      // No second part: the tickets resolved in P but created outside it (records.ts).
      expect(source.sql, metric).not.toContain("union all");
      expect(source.sql, metric).not.toContain("created_in or resolved_in");
    }
    // Left-out tickets include those resolved in the period but created outside it.
    expect(explainSource({ orgId: 1, figure: figure("sla_met"), period, settings: DEFAULT_KPI_SETTINGS, subject: null }, "left-out").sql).toContain("union all");
  });

  it("is read from the creation index without sorting the period's tickets", async () => {
    const orgId = await createTestOrg(db());
    // A month busy enough for its first page to be worth reading in order (20,000 tickets), stored in
    // no particular order of creation (as the bench MSP's are).
    await db().query("insert into clients (org_id, name, source) select $1, 'Client ' || i, 'test' from generate_series(1, 50) as i", [orgId]);
    await db().query("insert into technicians (org_id, name, source) select $1, 'Tech ' || i, 'test' from generate_series(1, 10) as i", [orgId]);
    await db().query(
      `insert into tickets (org_id, client_id, technician_id, created_at, first_response_at, resolved_at, priority, source)
       select $1, c.id, p.id, at, at + interval '20 minutes', at + interval '5 hours', 'P' || (1 + i % 4), 'test'
       from generate_series(1, 20000) as i
       cross join lateral (select timestamptz '2026-06-01 00:00Z' + ((i * 7919) % 20000) * interval '2 minutes 9 seconds' as at) as a
       join lateral (select id from clients where org_id = $1 order by id offset i % 50 limit 1) as c on true
       join lateral (select id from technicians where org_id = $1 order by id offset i % 10 limit 1) as p on true`,
      [orgId],
    );
    await db().query("analyze tickets");
    await db().query("analyze clients");
    await db().query("analyze technicians");
    const period = { from: "2026-06-01", to: "2026-06-30" };
    const settings = await ensureKpiRollups(db(), orgId, DEFAULT_KPI_SETTINGS);
    const scope: ExplainScope = { orgId, figure: figure("sla_met"), period, settings, subject: null };
    const statements: { sql: string; params: unknown[] }[] = [];
    const page = await queryTablePage(recording(db(), statements), explainSource(scope, "counted"), parseTableQuery(EXPLAIN_TABLE, {}), Promise.resolve({ total: 1000, options: { term: [] } }));
    expect(page.rows).toHaveLength(25);
    const read = statements.find((s) => /limit 25/.test(s.sql))!;
    const [plan] = await db().query<{ "QUERY PLAN": unknown }>(`explain (format json) ${read.sql}`, read.params);
    const json = plan!["QUERY PLAN"];
    const nodes = typeof json === "string" ? json : JSON.stringify(json);
    expect(nodes).toMatch(/"Index Name":\s*"tickets_org_created"/);
    expect(nodes).toMatch(/"Node Type":\s*"Incremental Sort"/);
    expect(nodes).not.toMatch(/"Node Type":\s*"Sort"/);
  });
});
