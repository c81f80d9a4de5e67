import { expect, it } from "vitest";
import { listImportRowErrors, listImportRuns } from "@/db/imports/runs";
import { MAX_TEXT_LENGTH } from "@/lib/records/schemas";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { importText } from "../support/import-text";

// Values no export should hold, but a hostile or broken one does: each rejects its own row, with
// the column named, and the rest of the file lands.
describeEachDatabase("hostile rows", (db) => {
  it("a 1 MB name and a NUL byte reject only their rows, naming the column; the good rows land", async () => {
    const orgId = await createTestOrg(db());
    const huge = "N".repeat(1024 * 1024);
    const csv = ["client_id,name,segment", "C1,Good One,SMB", `C2,${huge},SMB`, "C3,Nul\u0000Name,SMB", "C4,Good Two,SMB\u0000"].join("\n");
    const result = await importText(db(), orgId, csv, { kind: "clients", format: "generic" });
    expect(result).toMatchObject({ status: "completed", rowsRead: 4, inserted: 1, rejected: 3 });
    const expected = [
      { line: 3, column: "name", value: `${"N".repeat(200)}…`, reason: `name is longer than ${MAX_TEXT_LENGTH} characters (${huge.length})` },
      { line: 4, column: "name", value: "Nul\uFFFDName", reason: "name contains a NUL byte, which cannot be stored" },
      { line: 5, column: "segment", value: "SMB\uFFFD", reason: "segment contains a NUL byte, which cannot be stored" },
    ];
    expect(result.errors).toEqual(expected);
    const [run] = await listImportRuns(db(), orgId);
    expect(run).toMatchObject({ status: "completed", inserted: 1, rejected: 3 });
    expect(await listImportRowErrors(db(), orgId, run!.id)).toEqual(expected);
    const names = await db().query<{ name: string }>("select name from clients where org_id = $1 order by name", [orgId]);
    expect(names).toEqual([{ name: "Good One" }]);
  });

  it("a name at the limit is kept whole", async () => {
    const orgId = await createTestOrg(db());
    const longest = "Ä".repeat(MAX_TEXT_LENGTH);
    const result = await importText(db(), orgId, `client_id,name\nL1,${longest}\n`, { kind: "clients", format: "generic" });
    expect(result).toMatchObject({ inserted: 1, rejected: 0 });
    expect(await db().query("select name from clients where org_id = $1", [orgId])).toEqual([{ name: longest }]);
  });
});
