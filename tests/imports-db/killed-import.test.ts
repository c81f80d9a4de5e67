import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { listImportRuns } from "@/db/imports/runs";
import { getDefaultOrgId } from "@/db/queries/org-settings";
import { runCli } from "../support/cli";

// kill -9 in the middle of an import (the CLI, on the embedded database): afterwards the history
// must not hold a run that says "running" for ever, and nothing of the file may have landed.
const ROOT = path.resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "msp-kpi-killed-import-"));
const env = { PGLITE_DIR: path.join(dir, "pglite"), UPLOAD_DIR: path.join(dir, "uploads") };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ROWS = 150_000;
function bigTimeExport(): string {
  const file = path.join(dir, "big-time.csv");
  const lines = ["entry_id,technician,client,work_date,hours,billable"];
  for (let i = 1; i <= ROWS; i++) lines.push(`K-${i},Kai Kill,Killed Import Ltd,2026-02-${String((i % 28) + 1).padStart(2, "0")},0.25,true`);
  writeFileSync(file, lines.join("\n"));
  return file;
}

/** The stored upload appears once the file is copied; the import's transaction starts right after. */
function storedUploadExists(): boolean {
  if (!existsSync(env.UPLOAD_DIR)) return false;
  return readdirSync(env.UPLOAD_DIR, { recursive: true, encoding: "utf8" }).some((f) => /[0-9a-f]{64}\.csv$/.test(f));
}

describe("an import killed mid-way", () => {
  it("leaves no run marked running and no rows, and the next import runs normally", { timeout: 240_000 }, async () => {
    expect(runCli(["kpis", "--from", "2026-01-01", "--to", "2026-01-31", "--json"], env).code).toBe(0); // migrates the database first
    const file = bigTimeExport();
    const child = spawn(process.execPath, [path.join(ROOT, "bin/msp-kpi.mjs"), "import", file, "--kind", "time", "--format", "generic"], {
      cwd: ROOT, env: { ...process.env, DATABASE_URL: "", ...env }, stdio: "ignore",
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const deadline = Date.now() + 60_000;
    while (!storedUploadExists() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(storedUploadExists()).toBe(true);
    await new Promise((r) => setTimeout(r, 2_000));
    expect(child.exitCode, "the import finished before the kill: make the file bigger").toBeNull();
    child.kill("SIGKILL");
    await exited;

    const db = await openDatabase({ kind: "pglite", dataDir: env.PGLITE_DIR });
    try {
      const orgId = await getDefaultOrgId(db);
      expect((await listImportRuns(db, orgId)).filter((r) => r.status === "running")).toEqual([]);
      expect(await db.query("select count(*)::int as n from time_entries where org_id = $1", [orgId])).toEqual([{ n: 0 }]);
    } finally {
      await db.close();
    }
    const small = path.join(dir, "small-time.csv");
    writeFileSync(small, "entry_id,technician,client,work_date,hours,billable\nS-1,Kai Kill,Killed Import Ltd,2026-02-02,1,true\n");
    const again = runCli(["import", small, "--json"], env);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ status: "completed", inserted: 1, rejected: 0 });
  });
});
