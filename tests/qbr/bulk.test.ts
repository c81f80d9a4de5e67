import { unzipSync } from "fflate";
import { expect, it } from "vitest";
import { getBulkExport, saveBulkExport } from "@/db/qbr/bulk-exports";
import { buildQbrZip, type BulkProgress } from "@/server/qbr/export";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { PERIOD, SETTINGS, smallBusiness } from "../dashboard-pages/fixture";
import { seedDataset } from "../dashboard-pages/seed";

describeEachDatabase("QBR bulk export", (db) => {
  it("zips one PDF per client, reports progress per PDF, and keeps the zip for download", async () => {
    const orgId = await createTestOrg(db());
    await seedDataset(db(), orgId, smallBusiness(), SETTINGS);
    const progress: BulkProgress[] = [];
    const { zip, files } = await buildQbrZip(db(), orgId, PERIOD, "de", (p) => progress.push(p));
    expect(files).toBe(3);
    expect(progress).toEqual([
      { done: 1, total: 3, client: "Acme" },
      { done: 2, total: 3, client: "Beta" },
      { done: 3, total: 3, client: "Gamma" },
    ]);
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual([
      "qbr-acme-2026-03-01-2026-03-31.pdf",
      "qbr-beta-2026-03-01-2026-03-31.pdf",
      "qbr-gamma-2026-03-01-2026-03-31.pdf",
    ]);
    for (const pdf of Object.values(entries)) expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe("%PDF-");

    const id = await saveBulkExport(db(), orgId, PERIOD, files, zip, "user:1");
    const stored = await getBulkExport(db(), orgId, id);
    expect(stored?.period).toEqual(PERIOD);
    expect(stored?.clients).toBe(3);
    expect(Buffer.from(stored!.zip).equals(Buffer.from(zip))).toBe(true);
    expect(await getBulkExport(db(), await createTestOrg(db()), id)).toBeNull(); // another org's
  });

  it("names every client's PDF apart, in any script, so the zip holds as many PDFs as it reports", async () => {
    const orgId = await createTestOrg(db());
    const names = ["東京商事株式会社", "ООО Ромашка", "Acme", "ACME!", "???"];
    const ids = new Map<string, number>();
    for (const name of names) {
      const [row] = await db().query<{ id: number }>("insert into clients (org_id, name, source) values ($1, $2, 'test') returning id", [orgId, name]);
      ids.set(name, row!.id);
    }
    const { zip, files } = await buildQbrZip(db(), orgId, PERIOD, "en");
    const entries = Object.keys(unzipSync(zip));
    expect(files).toBe(names.length);
    expect(entries.sort()).toEqual(
      [
        "qbr-東京商事株式会社-2026-03-01-2026-03-31.pdf",
        "qbr-ооо-ромашка-2026-03-01-2026-03-31.pdf",
        `qbr-acme_${ids.get("Acme")}-2026-03-01-2026-03-31.pdf`,
        `qbr-acme_${ids.get("ACME!")}-2026-03-01-2026-03-31.pdf`,
        `qbr-client_${ids.get("???")}-2026-03-01-2026-03-31.pdf`,
      ].sort(),
    );
  });

  it("an org without clients gets an empty zip", async () => {
    const orgId = await createTestOrg(db());
    const { zip, files } = await buildQbrZip(db(), orgId, PERIOD, "en");
    expect(files).toBe(0);
    expect(Object.keys(unzipSync(zip))).toEqual([]);
  });
});
