import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliTestTimeout, runCli, spawnCli } from "../support/cli";
import { copyMigratedPglite } from "../support/db";

const dir = mkdtempSync(path.join(tmpdir(), "msp-kpi-cli-"));
const env = { PGLITE_DIR: path.join(dir, "pglite"), UPLOAD_DIR: path.join(dir, "uploads") };
copyMigratedPglite(env.PGLITE_DIR);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

// The first runs go through bin/msp-kpi.mjs in a child process, so the binary's exit codes (0, 1, 2)
// are proven; the rest run the same command in-process.
describe("msp-kpi import (CLI)", () => {
  const header = "entry_id,technician,client,work_date,hours,billable,ticket_id,rate,amount";
  const mixed = file("mixed.csv", [header, "E1,Ida,Acme,2026-04-01,1.5,true,,100,", "E2,Ida,Acme,01.04.2026x,1,true,,,", "E3,Ida,Acme,2026-04-02,2,false,,,"].join("\n"));

  it("--json prints one object with counts and the rejected rows; exit 0 even with rejected rows", () => {
    const run = spawnCli(["import", mixed, "--json"], env);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(out).toMatchObject({ kind: "time", format: "generic", inserted: 2, updated: 0, rejected: 1 });
    expect(out.errors).toEqual([expect.objectContaining({ line: 3, column: "work_date", value: "01.04.2026x" })]);
  }, cliTestTimeout(1));

  it("a re-import of the same file inserts nothing and counts nothing twice", async () => {
    const run = await runCli(["import", mixed, "--kind", "time", "--format", "generic", "--json"], env);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ inserted: 0, updated: 0, rejected: 1 });
  }, cliTestTimeout(1));

  it("--strict aborts on a bad row with exit 1 and a readable summary", () => {
    const run = spawnCli(["import", mixed, "--strict"], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("nothing was stored");
    expect(run.stdout).toMatch(/line 3, work_date = "01\.04\.2026x"/);
  }, cliTestTimeout(1));

  it("exit 2 on usage errors and unreadable files", async () => {
    expect(spawnCli(["import"], env).code).toBe(2);
    expect(await runCli(["import", mixed, "--kind", "invoices"], env)).toMatchObject({ code: 2, stderr: expect.stringContaining("Unknown kind") });
    expect(await runCli(["import", path.join(dir, "missing.csv")], env)).toMatchObject({ code: 2, stderr: expect.stringContaining("no such file") });
    const unknown = file("unknown.csv", "foo,bar\n1,2\n");
    expect(await runCli(["import", unknown], env)).toMatchObject({ code: 2, stderr: expect.stringContaining("Could not tell") });
  }, cliTestTimeout(4));
});
