import { expect, it } from "vitest";
import { clientListSource } from "@/db/queries/client-list";
import { queryTablePage, streamTableRows } from "@/db/tables/sql-table";
import { type TableSpec } from "@/lib/tables/table-query";
import { parseTableQuery } from "@/lib/tables/table-query-schema";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { PERIOD, SETTINGS, smallBusiness } from "./fixture";
import { seedDataset } from "./seed";

// The clients list in SQL pages, sorts and filters as the URL says (its figures: clients.test.ts).

const SPEC: TableSpec = {
  sortable: ["name", "segment", "mrr", "tickets", "slaMet", "patched"],
  filters: ["segment", "serviceNames"],
  defaultSort: "mrr",
  defaultDir: "desc",
  defaultSize: 25,
};
const query = (params: Record<string, string>) => parseTableQuery(SPEC, params);

describeEachDatabase("clients list in SQL", (db) => {
  it("Acme 500.50, Beta, Gamma: sorts by MRR either way, pages, searches, filters by segment and counts the matches", async () => {
    const orgId = await createTestOrg(db());
    await seedDataset(db(), orgId, smallBusiness(), SETTINGS);
    const source = clientListSource(orgId, PERIOD);
    const names = async (params: Record<string, string>) => {
      const page = await queryTablePage(db(), source, query(params));
      return { names: page.rows.map((r) => r.name), total: page.total, page: page.query.page, options: page.options };
    };
    const all = await names({});
    expect(all.total).toBe(3);
    const byMrr = (await queryTablePage(db(), source, query({}))).rows.map((r) => r.mrr);
    expect(byMrr).toEqual([...byMrr].sort((a, b) => b - a));
    expect((await names({ dir: "asc" })).names).toEqual([...all.names].reverse());
    expect(all.options.segment?.length).toBeGreaterThan(0);

    // A page past the end shows the last one.
    expect(await names({ sort: "name", dir: "asc", size: "10" })).toMatchObject({ names: ["Acme", "Beta", "Gamma"], total: 3 });
    expect(await names({ sort: "name", dir: "desc", page: "9" })).toMatchObject({ names: ["Gamma", "Beta", "Acme"], page: 1 });

    // Search and filters are case-insensitive "contains" (with % and _ taken literally), segment exact.
    expect(await names({ q: "acm" })).toMatchObject({ names: ["Acme"], total: 1 });
    expect(await names({ q: "%" })).toMatchObject({ names: [], total: 0 });
    expect((await names({ q: "%" })).options.segment).toEqual(all.options.segment);
    expect(await names({ "f-segment": "SMB" })).toMatchObject({ names: ["Acme"] });
    expect(await names({ "f-serviceNames": "backup", sort: "name", dir: "asc" })).toMatchObject({ names: expect.arrayContaining(["Acme"]) });

    // The export reads every matching row, a chunk at a time, in the same order.
    const chunks: string[][] = [];
    for await (const rows of streamTableRows(db(), source, query({ sort: "name", dir: "asc" }), 2)) chunks.push(rows.map((r) => r.name));
    expect(chunks).toEqual([["Acme", "Beta"], ["Gamma"]]);
  });
});
