import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { openDatabase, type Database } from "@/db/client";
import { listImportRuns } from "@/db/imports/runs";
import { getDefaultOrgId } from "@/db/queries/org-settings";
import { runCli } from "../support/cli";
import { copyMigratedPglite, testDatabaseKinds, type TestDatabaseKind } from "../support/db";
import { withDatabase } from "../support/global-setup";

// kill -9 in the middle of an import (the CLI, on each database): afterwards the history must not
// hold a run that says "running" for ever, nothing of the file may have landed, and the next
// import must run normally.
const ROOT = path.resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "msp-kpi-killed-import-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ROWS = 150_000;
const HEADER = "entry_id,technician,client,work_date,hours,billable";
function timeExport(name: string, rows: number): string {
  const file = path.join(dir, name);
  const lines = [HEADER];
  for (let i = 1; i <= rows; i++) lines.push(`K-${i},Kai Kill,Killed Import Ltd,2026-02-${String((i % 28) + 1).padStart(2, "0")},0.25,true`);
  writeFileSync(file, lines.join("\n"));
  return file;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Target {
  env: Record<string, string>;
  open: () => Promise<Database>;
  /** Resolves once the import is inside its transaction. */
  importing: () => Promise<void>;
  drop: () => Promise<void>;
}

async function targetFor(kind: TestDatabaseKind): Promise<Target> {
  const uploadDir = path.join(dir, `uploads-${kind}`);
  if (kind === "pglite") {
    const dataDir = path.join(dir, "pglite");
    copyMigratedPglite(dataDir);
    return {
      env: { PGLITE_DIR: dataDir, UPLOAD_DIR: uploadDir },
      open: () => openDatabase({ kind: "pglite", dataDir }),
      // The embedded database is held by the CLI: the stored upload is the sign, and the import's
      // transaction starts right after it (the file takes far longer than the wait to import).
      importing: async () => {
        const stored = () => existsSync(uploadDir) && readdirSync(uploadDir, { recursive: true, encoding: "utf8" }).some((f) => /[0-9a-f]{64}\.csv$/.test(f));
        for (const deadline = Date.now() + 60_000; !stored() && Date.now() < deadline; ) await pause(50);
        await pause(2_000);
      },
      drop: async () => undefined,
    };
  }
  const template = inject("postgresTemplateUrl")!;
  const name = `msp_kpi_killed_${randomBytes(4).toString("hex")}`;
  const admin = await openDatabase({ kind: "postgres", url: withDatabase(template, "postgres"), max: 1, migrate: false });
  await admin.query(`create database ${name} template ${new URL(template).pathname.slice(1)}`);
  const url = withDatabase(template, name);
  return {
    env: { DATABASE_URL: url, UPLOAD_DIR: uploadDir },
    open: () => openDatabase({ kind: "postgres", url, max: 2 }),
    importing: async () => {
      const watcher = await openDatabase({ kind: "postgres", url, max: 1, migrate: false });
      try {
        const copying = async () => (await watcher.query("select 1 from pg_stat_activity where datname = $1 and query ilike 'copy%'", [name])).length > 0;
        for (const deadline = Date.now() + 60_000; !(await copying()) && Date.now() < deadline; ) await pause(50);
      } finally {
        await watcher.close();
      }
    },
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.close();
    },
  };
}

describe.each(testDatabaseKinds())("an import killed mid-way [%s]", (kind) => {
  it("leaves no run marked running and no rows, and the next import runs normally", { timeout: 240_000 }, async () => {
    const target = await targetFor(kind);
    try {
      expect((await runCli(["kpis", "--from", "2026-01-01", "--to", "2026-01-31", "--json"], target.env)).code).toBe(0); // opens the database first
      const file = timeExport(`big-${kind}.csv`, ROWS);
      const child = spawn(process.execPath, [path.join(ROOT, "bin/msp-kpi.mjs"), "import", file, "--kind", "time", "--format", "generic"], {
        cwd: ROOT, env: { ...process.env, DATABASE_URL: "", ...target.env }, stdio: "ignore",
      });
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      await target.importing();
      expect(child.exitCode, "the import finished before the kill: make the file bigger").toBeNull();
      child.kill("SIGKILL");
      await exited;

      const db = await target.open();
      try {
        const orgId = await getDefaultOrgId(db);
        expect((await listImportRuns(db, orgId)).filter((r) => r.status === "running")).toEqual([]);
        expect(await db.query("select count(*)::int as n from time_entries where org_id = $1", [orgId])).toEqual([{ n: 0 }]);
      } finally {
        await db.close();
      }
      const again = await runCli(["import", timeExport(`small-${kind}.csv`, 1), "--json"], target.env);
      expect(again.code, again.stderr).toBe(0);
      expect(JSON.parse(again.stdout)).toMatchObject({ status: "completed", inserted: 1, rejected: 0 });
    } finally {
      await target.drop();
    }
  });
});
