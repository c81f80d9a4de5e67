import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliTestTimeout, queryCliDatabase, runCli } from "../support/cli";

// The acceptance set of fixtures/profitability goes in through `msp-kpi import`, one file per run,
// into a fresh embedded database: technicians with and without hourly_cost, contracts with and
// without monthly_cost (semicolons and decimal commas), time entries with and without category.
// `kpis --json` must then give the figures fixtures/profitability/README.md works out by hand.

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
      const run = await runCli(["import", path.join(FIXTURES, name), "--json"], env);
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

  it("gives kpis --json the hand-checked profitability of March 2026 and of the previous period", async () => {
    const run = await runCli(["kpis", "--from", "2026-03-01", "--to", "2026-03-31", "--json"], env);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    const client = (earned: number, hard: number, labour: number, profit: number, margin: number | null, rate: number | null, hours: number, costed: number | null, reactive: number, perEndpoint: number | null) => ({
      revenue_earned: earned, hard_cost: hard, labour_cost: labour, gross_profit: profit, gross_margin: margin,
      effective_hourly_rate: rate, logged_hours: hours, costed_hours_share: costed, reactive_hours: reactive,
      reactive_hours_per_endpoint: perEndpoint,
    });
    expect(report.profitability).toEqual({
      ...client(5154, 1398, 810, 2946, 0.5716, 170.73, 22, 0.8409, 14, 0.8591),
      hard_cost_coverage: 0.9167,
      unlogged_capacity_cost: 15030,
      by_client: {
        "Nordlicht Logistik GmbH": client(2804, 558, 240, 2006, 0.7154, 320.86, 7, 0.7857, 5, 0.4909),
        "Bergfeld Bau AG": client(1656, 744, 440, 472, 0.285, 76, 12, 0.8333, 6, 1.4728),
        "Hafenkante Medien KG": client(534, 96, 50, 388, 0.7266, 438, 1, 1, 1, 0.4909),
        "Lindenhof Zahnarztpraxis": client(160, 0, 80, 80, 0.5, 80, 2, 1, 2, null),
      },
      by_technician: {
        "Anna Berg": { cost_rate: 50, labour_cost: 350 },
        "Leon Wolf": { cost_rate: 40, labour_cost: 460 },
        "Mia Schulz": { cost_rate: null, labour_cost: null },
      },
    });
    expect(report.previous.profitability).toEqual({
      ...client(4020, 1302, 350, 2368, 0.5891, 302, 9, 0.8889, 9, 0.6312),
      hard_cost_coverage: 0.9,
      unlogged_capacity_cost: 15490,
      by_client: {
        "Nordlicht Logistik GmbH": client(2904, 558, 150, 2196, 0.7562, 782, 3, 1, 3, 0.2946),
        "Bergfeld Bau AG": client(1116, 744, 200, 172, 0.1541, 74.4, 5, 1, 5, 1.2273),
        "Hafenkante Medien KG": client(0, 0, 0, 0, null, 0, 1, 0, 1, null),
      },
      by_technician: {
        "Anna Berg": { cost_rate: 50, labour_cost: 150 },
        "Leon Wolf": { cost_rate: 40, labour_cost: 200 },
        "Mia Schulz": { cost_rate: null, labour_cost: null },
      },
    });
  }, cliTestTimeout(1));
});
