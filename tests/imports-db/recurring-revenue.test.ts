import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { importText } from "../support/import-text";

// ConnectWise agreements billed through additions: the agreement bills 0, its additions carry the
// value and name only the agreement. Imported after the agreements, each addition takes the
// agreement's client; the client's recurring revenue is the sum of its billed, uncancelled additions.

const CW = path.resolve(import.meta.dirname, "../../fixtures/exports/connectwise");
const load = (db: Database, orgId: number, file: string) => importText(db, orgId, readFileSync(path.join(CW, file)));

async function mrr(db: Database, orgId: number, client: string, day: string): Promise<string> {
  const [row] = await db.query<{ mrr: string }>(
    `select coalesce(sum(k.monthly_value), 0)::text as mrr from contracts k join clients c on c.org_id = k.org_id and c.id = k.client_id
     where k.org_id = $1 and c.external_id = $2 and k.start_date <= $3::date and (k.end_date is null or k.end_date >= $3::date)`,
    [orgId, client, day],
  );
  return row!.mrr;
}

describeEachDatabase("recurring revenue from ConnectWise additions", (db) => {
  it("additions take their agreement's client; MRR is the sum of billed additions, cancelled ones end", async () => {
    const orgId = await createTestOrg(db());
    await load(db(), orgId, "clients.csv");
    await load(db(), orgId, "contracts.csv");
    const additions = await load(db(), orgId, "additions.csv");
    expect(additions).toMatchObject({ kind: "contracts", format: "connectwise", inserted: 3, rejected: 1 });
    expect(additions.errors).toEqual([{ line: 5, column: "billCustomer", value: "NoCharge", reason: "not billed to the client: no recurring revenue" }]);
    // 24 × 45 + 2 × 180 + 24 × 3.50; the firewall agreement ended in February
    expect(await mrr(db(), orgId, "BERGFELD", "2026-03-15")).toBe("1524");
    // the backup addition was cancelled at the end of April
    expect(await mrr(db(), orgId, "BERGFELD", "2026-05-15")).toBe("1440");
  });

  it("additions whose agreement is unknown are refused with the reason", async () => {
    const orgId = await createTestOrg(db());
    const additions = await load(db(), orgId, "additions.csv");
    expect(additions).toMatchObject({ status: "completed", inserted: 0, rejected: 4 });
    expect(additions.errors.filter((e) => e.column === "parent_contract_id")).toEqual(
      [2, 3, 4].map((line) => ({ line, column: "parent_contract_id", value: "3104", reason: "unknown agreement: import the agreements first, or add the client and start date columns" })),
    );
  });
});
