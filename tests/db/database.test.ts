import { expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { createTestOrg, describeEachDatabase } from "../support/db";

it("opens PGlite from its own gzipped dump, with the shared_buffers asked for or PGlite's default", async () => {
  const first = await openDatabase({ kind: "pglite", dataDir: "memory://" });
  await first.query("insert into orgs (name, slug) values ('Dumped', 'dumped')");
  const dump = await first.dumpDataDir!();
  await first.close();
  expect(dump.type).toBe("application/x-gzip");
  const small = await openDatabase({ kind: "pglite", dataDir: "memory://", loadDataDir: dump, sharedBuffers: "16MB" });
  expect(await small.query("select current_setting('shared_buffers') as size, (select count(*) from orgs where slug = 'dumped') as dumped")).toEqual([{ size: "16MB", dumped: 1 }]);
  await small.close();
  const standard = await openDatabase({ kind: "pglite", dataDir: "memory://", loadDataDir: dump });
  expect(await standard.query("select current_setting('shared_buffers') as size")).toEqual([{ size: "128MB" }]);
  await standard.close();
}, 60_000);

describeEachDatabase("database handle", (db) => {
  it("migrates and creates the default org with the default settings of docs/kpis.md", async () => {
    const rows = await db().query<{ slug: string; time_zone: string; currency: string; workload_upper: string }>(
      "select o.slug, s.time_zone, s.currency, s.workload_upper from orgs o join org_settings s on s.org_id = o.id where o.slug = 'default'",
    );
    expect(rows).toEqual([{ slug: "default", time_zone: "UTC", currency: "EUR", workload_upper: "0.90" }]);
  });

  it("streams CSV into COPY inside a transaction and rolls back on error", async () => {
    const orgId = await createTestOrg(db());
    async function* lines() {
      yield `${orgId},Acme,manual,A1\n`;
      yield `${orgId},"Beta, ""Ltd""",manual,B1\n`;
    }
    await db().transaction((tx) =>
      tx.copyFrom("copy clients (org_id, name, source, external_id) from stdin with (format csv)", lines()),
    );
    const names = await db().query<{ name: string }>("select name from clients where org_id = $1 order by name", [orgId]);
    expect(names.map((r) => r.name)).toEqual(["Acme", 'Beta, "Ltd"']);

    await expect(
      db().transaction(async (tx) => {
        await tx.query("insert into clients (org_id, name, source) values ($1, 'Gamma', 'manual')", [orgId]);
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    const count = await db().query<{ n: number }>("select count(*)::int as n from clients where org_id = $1", [orgId]);
    expect(count[0]?.n).toBe(2);
  });
});

describeEachDatabase("RMM alerts table (migration 0017)", (db) => {
  it("is named rmm_alerts, and so are its sequence, keys and indexes: nothing is left named alert_events", async () => {
    const names = await db().query<{ name: string }>(
      `select relname as name from pg_class where relname like 'alert\\_events%' or relname like 'rmm\\_alerts%'
       union all select conname from pg_constraint where conname like 'alert\\_events%' or conname like 'rmm\\_alerts%'`,
    );
    const found = names.map((n) => n.name);
    expect(found.filter((name) => name.startsWith("alert_events"))).toEqual([]);
    expect(found).toEqual(
      expect.arrayContaining(["rmm_alerts", "rmm_alerts_id_seq", "rmm_alerts_org_fk", "rmm_alerts_org_id_id_pk", "rmm_alerts_org_source_event"]),
    );
  });
});
