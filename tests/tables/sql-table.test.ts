import { expect, it } from "vitest";
import { createApiToken } from "@/db/auth/api-tokens";
import { auditSource, recordAudit } from "@/db/auth/audit";
import { createMember } from "@/db/auth/users";
import { createImportRun, importRunsSource } from "@/db/imports/runs";
import { queryTablePage, streamTableRows } from "@/db/tables/sql-table";
import { compareNatural } from "@/lib/tables/natural-sort";
import { type TableSpec } from "@/lib/tables/table-query";
import { parseTableQuery } from "@/lib/tables/table-query-schema";
import { AUDIT_TABLE } from "@/app/settings/access/audit-spec";
import { IMPORT_HISTORY_TABLE } from "@/app/imports/history-spec";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { DataTable } from "@/components/data-table";
import { createTestOrg, describeEachDatabase } from "../support/db";

// Server-side tables in SQL: a page of the rows the URL asks for, their count, the select filters'
// values, and the export's chunks holding every matching row in the same order.

const NAMES_TABLE = { sortable: ["name"], filters: [], defaultSort: "name", defaultDir: "asc", defaultSize: 25 } as const satisfies TableSpec;

describeEachDatabase("server-side tables in SQL", (db) => {
  it("import history: 23 runs page by ten, sort by file either way, filter by kind, search literally, export every match", async () => {
    const orgId = await createTestOrg(db());
    const kinds = ["tickets", "time", "devices"];
    const runs = Array.from({ length: 23 }, (_, i) => ({
      kind: kinds[i % 3]!,
      fileName: i === 6 ? "100%_done.csv" : `export-${String(i + 1).padStart(2, "0")}.csv`,
    }));
    for (const run of runs) {
      await createImportRun(db(), { orgId, ...run, format: "generic", filePath: null, fileSha256: null, fileBytes: 1, strict: false, startedBy: "user:x" });
    }
    const byName = runs.map((r) => r.fileName).sort();
    await createImportRun(db(), { orgId: await createTestOrg(db()), kind: "tickets", format: "generic", fileName: "other-org.csv", filePath: null, fileSha256: null, fileBytes: 1, strict: false, startedBy: "user:y" });
    const source = importRunsSource(orgId);
    const page = async (params: Record<string, string>) => {
      const p = await queryTablePage(db(), source, parseTableQuery(IMPORT_HISTORY_TABLE, params));
      return { files: p.rows.map((r) => r.file_name), total: p.total, page: p.query.page, options: p.options };
    };

    const first = await page({ sort: "file", dir: "asc" });
    expect(first.total).toBe(23);
    expect(first.files).toEqual(byName.slice(0, 10));
    expect(first.options).toMatchObject({ kind: ["devices", "tickets", "time"], format: ["generic"], status: ["running"], who: ["user:x"] }); // a stored actor that names no member stays as stored
    expect((await page({ sort: "file", dir: "asc", page: "3" })).files).toEqual(byName.slice(20));
    expect((await page({ sort: "file", dir: "desc" })).files[0]).toBe("export-23.csv");
    // Past the end: the last page.
    expect(await page({ sort: "file", dir: "asc", page: "99" })).toMatchObject({ page: 3, total: 23 });

    const devices = await page({ "f-kind": "devices", size: "25" });
    const deviceFiles = runs.filter((r) => r.kind === "devices").map((r) => r.fileName).sort();
    expect(devices.total).toBe(deviceFiles.length);
    expect([...devices.files].sort()).toEqual(deviceFiles);
    // % and _ are what was typed, not wildcards.
    expect(await page({ q: "%_" })).toMatchObject({ files: ["100%_done.csv"], total: 1 });
    expect(await page({ "f-file": "0%" })).toMatchObject({ files: ["100%_done.csv"] });
    expect(await page({ q: "nothing like it" })).toMatchObject({ files: [], total: 0, options: first.options });

    const chunks: string[][] = [];
    const everyDevice = parseTableQuery(IMPORT_HISTORY_TABLE, { "f-kind": "devices", sort: "file", dir: "asc" });
    for await (const rows of streamTableRows(db(), source, everyDevice, 3)) chunks.push(rows.map((r) => r.file_name));
    expect(chunks.map((c) => c.length)).toEqual([3, 3, 1]);
    expect(chunks.flat()).toEqual(deviceFiles);
  });

  it("sorts text in natural order, ignoring case and accents, as the browser's tables do", async () => {
    const names = ["Client 10", "client 2", "Client 1", "Zeta", "Ärzte Nord", "alpha", "Client 2b", "client 02", "Åland 7", "Client 100", "ärzte Süd", "Beta"];
    const source = {
      sql: `select * from (values ${names.map((_, i) => `(${i + 1}, $${i + 1})`).join(", ")}) as v(id, name)`,
      params: names,
      sort: { name: { expr: "name", text: true } },
      search: [],
      filters: {},
      key: "id",
      toRow: (r: Record<string, unknown>) => r.name as string,
    };
    const sorted = async (dir: string) => (await queryTablePage(db(), source, parseTableQuery(NAMES_TABLE, { sort: "name", dir }))).rows;
    const natural = ["Åland 7", "alpha", "Ärzte Nord", "ärzte Süd", "Beta", "Client 1", "client 2", "client 02", "Client 2b", "Client 10", "Client 100", "Zeta"];
    expect(await sorted("asc")).toEqual(natural);
    expect([...names].sort(compareNatural)).toEqual(natural);
    // Descending, ties ("client 2" = "client 02") still by key: the later row first.
    expect(await sorted("desc")).toEqual([...natural].reverse());

    // The browser's table (components/data-table.tsx) sorts the same rows the same way.
    const html = renderToStaticMarkup(
      createElement(DataTable<{ name: string }>, {
        columns: [{ id: "name", header: "Name", value: (r) => r.name }],
        data: names.map((name) => ({ name })),
        caption: "Names",
        initialSort: { id: "name" },
      }),
    );
    expect([...html.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1])).toEqual(natural);
  });

  it("runs with JIT off (compiling the clients select took seconds at 2,000 clients), pages and export alike", async () => {
    const source = {
      sql: "select 1 as id, current_setting('jit') as jit",
      params: [],
      sort: {},
      search: [],
      filters: {},
      key: "id",
      toRow: (r: Record<string, unknown>) => r.jit,
    };
    const query = parseTableQuery(AUDIT_TABLE, {});
    expect((await queryTablePage(db(), source, query)).rows).toEqual(["off"]);
    for await (const rows of streamTableRows(db(), source, query)) expect(rows).toEqual(["off"]);
  });

  it("import history: who started a run reads as the member's e-mail or the token's name, filtered by that name", async () => {
    const orgId = await createTestOrg(db());
    const userId = await createMember(db(), orgId, { name: "Bo", email: "bo@example.test", password: "a-long-password-1", role: "owner" });
    const token = await createApiToken(db(), orgId, { name: "Nightly", role: "manager", createdBy: userId });
    const run = { orgId, kind: "time", format: "generic", filePath: null, fileSha256: null, fileBytes: 1, strict: false };
    await createImportRun(db(), { ...run, fileName: "by-bo.csv", startedBy: `user:${userId}` });
    await createImportRun(db(), { ...run, fileName: "by-token.csv", startedBy: `token:${token.id}` });
    await createImportRun(db(), { ...run, fileName: "by-cli.csv", startedBy: "cli" });
    const source = importRunsSource(orgId);
    const page = (params: Record<string, string>) => queryTablePage(db(), source, parseTableQuery(IMPORT_HISTORY_TABLE, params));

    const byFile = (await page({ sort: "file", dir: "asc" })).rows.map((r) => [r.file_name, r.started_by_shown]);
    expect(byFile).toEqual([["by-bo.csv", "bo@example.test"], ["by-cli.csv", "cli"], ["by-token.csv", expect.stringMatching(/^Nightly \(.+…\)$/)]]);
    expect([...(await page({})).options.who!].sort()).toEqual([expect.stringMatching(/^Nightly \(/), "bo@example.test", "cli"]);
    expect((await page({ "f-who": "bo@example.test" })).rows.map((r) => [r.file_name, r.started_by])).toEqual([["by-bo.csv", `user:${userId}`]]);
  });

  it("audit log: members by e-mail and tokens by name, sorted, filtered and searched by those names, details as JSON", async () => {
    const orgId = await createTestOrg(db());
    const userId = await createMember(db(), orgId, { name: "Ada", email: "ada@example.test", password: "a-long-password-1", role: "owner" });
    const token = await createApiToken(db(), orgId, { name: "CI", role: "viewer", createdBy: userId });
    await recordAudit(db(), orgId, { actor: `user:${userId}`, action: "settings.changed", details: { currency: "USD" } });
    await recordAudit(db(), orgId, { actor: `token:${token.id}`, action: "token.used" });
    await recordAudit(db(), orgId, { actor: `user:${userId}`, action: "role.changed", subject: `token:${token.id}` });
    await recordAudit(db(), orgId, { actor: "system", action: "imports.pruned" });
    const source = auditSource(orgId);
    const rows = async (params: Record<string, string>) => (await queryTablePage(db(), source, parseTableQuery(AUDIT_TABLE, params))).rows;

    const newestFirst = await rows({});
    expect(newestFirst.map((r) => r.action)).toEqual(["imports.pruned", "role.changed", "token.used", "settings.changed"]);
    expect(newestFirst[1]).toMatchObject({ actor: "ada@example.test", subject: expect.stringMatching(/^CI \(.+…\)$/) });
    expect(newestFirst[3]).toMatchObject({ details: '{"currency": "USD"}', subject: null });
    expect((await rows({ sort: "actor", dir: "asc" })).map((r) => r.actor)).toEqual([
      "ada@example.test",
      "ada@example.test",
      expect.stringMatching(/^CI \(/),
      "system",
    ]);
    expect((await rows({ "f-actor": "ada@example.test" })).map((r) => r.action)).toEqual(["role.changed", "settings.changed"]);
    expect((await rows({ q: "usd" })).map((r) => r.action)).toEqual(["settings.changed"]);
    const options = (await queryTablePage(db(), source, parseTableQuery(AUDIT_TABLE, {}))).options;
    expect(options.action).toEqual(["imports.pruned", "role.changed", "settings.changed", "token.used"]);
  });
});
