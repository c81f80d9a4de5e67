// Runs one import in a process of its own, so its peak memory is the importer's alone.
// Prints one JSON line: { rows, durationMs, maxRssMb, result }.
import { openDatabase } from "@/db/client";
import { importStoredFile } from "@/server/imports/import-file";
import { getDefaultOrgId } from "@/db/queries/org-settings";

const [file, target, kind = "time"] = process.argv.slice(2);
if (!file || !target) throw new Error("usage: import-child.ts FILE postgres://…|pglite-dir [kind]");
const db = await openDatabase(
  target.startsWith("postgres") ? { kind: "postgres", url: target, max: 4 } : { kind: "pglite", dataDir: target },
);
const orgId = await getDefaultOrgId(db);
const { size } = await import("node:fs").then((fs) => fs.statSync(file));
const started = performance.now();
const result = await importStoredFile(db, {
  orgId, fileName: file, upload: { path: file, sha256: "bench", bytes: size },
  overrides: { kind: kind as "time", format: "generic" }, strict: false, startedBy: "bench",
});
const durationMs = performance.now() - started;
await db.close();
const { errors, ...summary } = result;
console.log(JSON.stringify({ rows: result.inserted, durationMs, maxRssMb: process.resourceUsage().maxRSS / 1024, result: { ...summary, firstErrors: errors.slice(0, 3) } }));
