import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { importText } from "../support/import-text";

// Hourly costs come in with the technician lists where the tool keeps them (ConnectWise member
// hourlyCost, HaloPSA agent costprice, the generic hourly_cost column), and a later list without
// the column keeps them.

const EXPORTS = path.resolve(import.meta.dirname, "../../fixtures/exports");

async function costs(db: Database, orgId: number): Promise<Record<string, string | null>> {
  const rows = await db.query<{ name: string; cost: string | null }>(
    "select name, hourly_cost::text as cost from technicians where org_id = $1 order by name",
    [orgId],
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.cost === null ? null : Number(r.cost).toFixed(2)]));
}

describeEachDatabase("technician hourly costs", (db) => {
  it("ConnectWise members and HaloPSA agents bring their hourly cost", async () => {
    const cw = await createTestOrg(db());
    await importText(db(), cw, readFileSync(path.join(EXPORTS, "connectwise/technicians.csv")));
    expect(await costs(db(), cw)).toEqual({ "Julia Berg": "52.00", "Markus Schulz": "38.50", "Paul Koch": "41.00" });
    const halo = await createTestOrg(db());
    await importText(db(), halo, readFileSync(path.join(EXPORTS, "halopsa/technicians.csv")));
    expect(await costs(db(), halo)).toEqual({ "Jonas Krüger": "45.00", "Mia Schulz": "32.00", "Ole Brandt": "48.00" });
  });

  it("a German generic file reads decimal commas; a later list without the column keeps the costs; no column means no cost", async () => {
    const orgId = await createTestOrg(db());
    const german = ["technician;weekly_capacity_hours;hourly_cost", "Anna Berg;40;47,50", "Leon Wolf;32;", ""].join("\n");
    const first = await importText(db(), orgId, german, { kind: "technicians", format: "generic", decimalComma: true, delimiter: ";" });
    expect(first).toMatchObject({ inserted: 2, rejected: 0 });
    expect(await costs(db(), orgId)).toEqual({ "Anna Berg": "47.50", "Leon Wolf": null });
    await importText(db(), orgId, "technician,weekly_capacity_hours\nAnna Berg,38\nIda Maier,40\n", { kind: "technicians", format: "generic" });
    expect(await costs(db(), orgId)).toEqual({ "Anna Berg": "47.50", "Ida Maier": null, "Leon Wolf": null });
  });
});
