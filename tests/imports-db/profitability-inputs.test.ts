import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { importText } from "../support/import-text";

// A contract's monthly_cost and a time entry's category are stored by an import, updated by a
// re-import of the same records (never counted twice), and kept when a later file lacks the column.

async function contractCosts(db: Database, orgId: number) {
  const rows = await db.query<{ id: string; cost: string | null }>(
    "select external_id as id, monthly_cost::text as cost from contracts where org_id = $1 order by external_id",
    [orgId],
  );
  return rows.map((r) => ({ id: r.id, cost: r.cost === null ? null : Number(r.cost).toFixed(2) }));
}

async function entryCategories(db: Database, orgId: number) {
  return db.query<{ id: string; category: string | null }>(
    "select external_id as id, category from time_entries where org_id = $1 order by external_id",
    [orgId],
  );
}

describeEachDatabase("profitability inputs", (db) => {
  it("contracts: monthly_cost stored, a re-import updates it without a second contract, a file without the column keeps it", async () => {
    const orgId = await createTestOrg(db());
    const first = "contract_id,client,service,monthly_value,start_date,monthly_cost\nK-1,Nordlicht,Managed,1470,2026-01-01,380.50\nK-2,Nordlicht,Backup,99,2026-01-01,\n";
    expect(await importText(db(), orgId, first, { kind: "contracts", format: "generic" })).toMatchObject({ inserted: 2, rejected: 0 });
    expect(await contractCosts(db(), orgId)).toEqual([{ id: "K-1", cost: "380.50" }, { id: "K-2", cost: null }]);

    const german = "contract_id;client;service;monthly_value;start_date;monthly_cost\nK-1;Nordlicht;Managed;1.470,00;01.01.2026;1.234,50\nK-2;Nordlicht;Backup;99,00;01.01.2026;12,00\n";
    const again = await importText(db(), orgId, german, { kind: "contracts", format: "generic", decimalComma: true, delimiter: ";" });
    expect(again).toMatchObject({ inserted: 0, updated: 2, rejected: 0 });
    expect(await contractCosts(db(), orgId)).toEqual([{ id: "K-1", cost: "1234.50" }, { id: "K-2", cost: "12.00" }]);

    const withoutCost = "contract_id,client,service,monthly_value,start_date\nK-1,Nordlicht,Managed,1500,2026-01-01\n";
    expect(await importText(db(), orgId, withoutCost, { kind: "contracts", format: "generic" })).toMatchObject({ inserted: 0, updated: 1 });
    expect(await contractCosts(db(), orgId)).toEqual([{ id: "K-1", cost: "1234.50" }, { id: "K-2", cost: "12.00" }]);
  });

  it("time: category stored, a re-import updates it, unchanged rows stay unchanged, a file without the column keeps it", async () => {
    const orgId = await createTestOrg(db());
    const head = "entry_id,technician,client,work_date,hours,billable,ticket_id";
    const first = `${head},category\nE-1,Anna Berg,Nordlicht,2026-03-02,1.5,true,T-1,Reactive\nE-2,Anna Berg,Nordlicht,2026-03-02,2,false,,\n`;
    expect(await importText(db(), orgId, first, { kind: "time", format: "generic" })).toMatchObject({ inserted: 2, rejected: 0 });
    expect(await entryCategories(db(), orgId)).toEqual([{ id: "E-1", category: "reactive" }, { id: "E-2", category: null }]);

    const second = `${head},category\nE-1,Anna Berg,Nordlicht,2026-03-02,1.5,true,T-1,reactive\nE-2,Anna Berg,Nordlicht,2026-03-02,2,false,,PROACTIVE\n`;
    expect(await importText(db(), orgId, second, { kind: "time", format: "generic" })).toMatchObject({ inserted: 0, updated: 1, rejected: 0 });
    expect(await entryCategories(db(), orgId)).toEqual([{ id: "E-1", category: "reactive" }, { id: "E-2", category: "proactive" }]);

    const withoutCategory = `${head}\nE-1,Anna Berg,Nordlicht,2026-03-02,1.5,true,T-1\nE-2,Anna Berg,Nordlicht,2026-03-02,2.5,false,\n`;
    expect(await importText(db(), orgId, withoutCategory, { kind: "time", format: "generic" })).toMatchObject({ inserted: 0, updated: 1 });
    expect(await entryCategories(db(), orgId)).toEqual([{ id: "E-1", category: "reactive" }, { id: "E-2", category: "proactive" }]);
    const [hours] = await db().query<{ total: string }>("select sum(hours)::text as total from time_entries where org_id = $1", [orgId]);
    expect(Number(hours?.total)).toBe(4);
  });

  it("a bad category rejects its row and names the column and the allowed values", async () => {
    const orgId = await createTestOrg(db());
    const csv = "entry_id,technician,client,work_date,hours,billable,category\nE-1,Anna Berg,Nordlicht,2026-03-02,1,true,project\nE-2,Anna Berg,Nordlicht,2026-03-02,1,true,billable\n";
    const result = await importText(db(), orgId, csv, { kind: "time", format: "generic" });
    expect(result).toMatchObject({ inserted: 1, rejected: 1 });
    expect(result.errors).toEqual([
      { line: 3, column: "category", value: "billable", reason: 'unknown category "billable": expected one of reactive, proactive, project, internal' },
    ]);
    expect(await db().query("select line, \"column\", value from import_row_errors where org_id = $1 and import_run_id = $2", [orgId, result.runId])).toEqual([
      { line: 3, column: "category", value: "billable" },
    ]);
  });
});
