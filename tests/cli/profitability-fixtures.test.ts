import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliTestTimeout, queryCliDatabase, runCli } from "../support/cli";

// The acceptance set of fixtures/profitability goes in through `msp-kpi import`, one file per run,
// into a fresh embedded database: technicians with and without hourly_cost, contracts with and
// without monthly_cost (semicolons and decimal commas), time entries with and without category.

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/profitability");
const FILES = [
  ["clients.csv", "clients"],
  ["technicians.csv", "technicians"],
  ["contracts.csv", "contracts"],
  ["time_entries.csv", "time"],
  ["devices.csv", "devices"],
] as const;

const dir = mkdtempSync(path.join(tmpdir(), "msp-kpi-cli-profit-"));
const env = { PGLITE_DIR: path.join(dir, "pglite"), UPLOAD_DIR: path.join(dir, "uploads") };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const query = <T>(sql: string) => queryCliDatabase<T>(env.PGLITE_DIR, sql);

describe("fixtures/profitability through msp-kpi import", () => {
  it("imports every file without a rejected row and stores the costs and categories as written", async () => {
    for (const [name, kind] of FILES) {
      const run = runCli(["import", path.join(FIXTURES, name), "--json"], env);
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ kind, format: "generic", rejected: 0 });
    }
    expect(await query("select name, hourly_cost::numeric::float8 as cost from technicians order by name")).toEqual([
      { name: "Anna Berg", cost: 50 },
      { name: "Leon Wolf", cost: 40 },
      { name: "Mia Schulz", cost: null },
    ]);
    expect(await query("select external_id as id, monthly_value::float8 as value, monthly_cost::float8 as cost from contracts order by external_id")).toEqual([
      { id: "K-1", value: 2190, cost: 547.5 },
      { id: "K-2", value: 365, cost: null },
      { id: "K-3", value: 1095, cost: 730 },
      { id: "K-4", value: 730, cost: 182.5 },
    ]);
    const categories = await query<{ id: string; category: string | null }>("select external_id as id, category from time_entries order by external_id");
    expect(Object.fromEntries(categories.map((e) => [e.id, e.category]))).toEqual({
      "E-001": null, "E-002": "reactive", "E-003": null,
      "E-101": null, "E-102": "reactive", "E-103": "proactive", "E-104": "reactive", "E-105": "project",
      "E-106": null, "E-107": "reactive", "E-108": null, "E-109": null,
    });
    expect(await query("select count(*)::int as devices from devices")).toEqual([{ devices: 16 }]);
  }, cliTestTimeout(FILES.length + 1));
});
