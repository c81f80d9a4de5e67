import { expect, it } from "vitest";
import { listColumnMappings, saveColumnMapping } from "@/db/queries/column-mappings";
import { createTestOrg, describeEachDatabase } from "../support/db";

const mapping = { kind: "tickets", mapping: { Ticket: "external_id", "Opened at": "opened_at" }, options: { delimiter: ";" } };

describeEachDatabase("drizzle on a runner", (db) => {
  it("stores JSON once, as an object, and reads it back as it was given", async () => {
    const orgId = await createTestOrg(db());
    const saved = await saveColumnMapping(db(), orgId, { name: "Autotask", ...mapping });
    expect(saved).toEqual({ id: expect.any(Number), name: "Autotask", ...mapping });

    const [stored] = await db().query<{ type: string; ticket: string }>(
      "select jsonb_typeof(mapping) as type, mapping->>'Ticket' as ticket from column_mappings where org_id = $1",
      [orgId],
    );
    expect(stored).toEqual({ type: "object", ticket: "external_id" });
    expect(await listColumnMappings(db(), orgId)).toEqual([saved]);
  });

  it("runs inside the transaction or savepoint it is given, and is rolled back with it", async () => {
    const orgId = await createTestOrg(db());
    await expect(
      db().transaction(async (tx) => {
        await saveColumnMapping(tx, orgId, { name: "kept by the savepoint", ...mapping });
        await expect(
          tx.savepoint(async (sp) => {
            await saveColumnMapping(sp, orgId, { name: "undone by the savepoint", ...mapping });
            throw new Error("savepoint fails");
          }),
        ).rejects.toThrow("savepoint fails");
        expect((await listColumnMappings(tx, orgId)).map((m) => m.name)).toEqual(["kept by the savepoint"]);
        throw new Error("transaction fails");
      }),
    ).rejects.toThrow("transaction fails");
    expect(await listColumnMappings(db(), orgId)).toEqual([]);
  });
});
