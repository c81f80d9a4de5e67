import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { refreshKpiRollups } from "@/db/queries/kpi";
import { getDefaultOrgId } from "@/db/queries/org-settings";
import { toCsv } from "@/lib/csv/export";
import { computeKpiReport, KpiReport } from "@/lib/kpi/reference";
import { DEFAULT_KPI_SETTINGS } from "@/lib/records/settings";
import { cliTestTimeout, runCli } from "../support/cli";
import { copyMigratedPglite } from "../support/db";
import { randomCase } from "../kpi/random-dataset";
import { insertDataset, storeSettings } from "./insert-dataset";

// `msp-kpi kpis` in a child process against a PGlite folder of its own: most records written with
// SQL, time entries and device status through `msp-kpi import` (which refreshes the rollups).

const dir = mkdtempSync(path.join(tmpdir(), "msp-kpi-kpis-cli-"));
const env = { PGLITE_DIR: path.join(dir, "pglite"), UPLOAD_DIR: path.join(dir, "uploads") };
copyMigratedPglite(env.PGLITE_DIR);
// Time categories reach the database through the import mappings (tested with them); here they stay
// empty, so the entries' ticket decides which hours are reactive.
const generated = randomCase(4711);
const { period } = generated;
const data = { ...generated.data, timeEntries: generated.data.timeEntries.map((e) => ({ ...e, category: null })) };
const settings = { ...DEFAULT_KPI_SETTINGS, timeZone: "Europe/Berlin", currency: "CHF", holidays: ["2026-01-06"] };

function csv(name: string, rows: Record<string, unknown>[]): string {
  const headers = Object.keys(rows[0]!);
  const file = path.join(dir, name);
  writeFileSync(file, toCsv(headers, rows.map((r) => headers.map((h) => r[h]))));
  return file;
}

beforeAll(async () => {
  const db = await openDatabase({ kind: "pglite", dataDir: env.PGLITE_DIR });
  try {
    const orgId = await getDefaultOrgId(db);
    // Time entries and device status come through the import below (which creates, not confirmed,
    // the technicians the entries name without a record).
    await insertDataset(db, orgId, { ...data, timeEntries: [], deviceStatus: [] });
    await storeSettings(db, orgId, settings);
  } finally {
    await db.close();
  }
  for (const [name, rows, kind] of [["time.csv", data.timeEntries, "time"], ["status.csv", data.deviceStatus, "device-status"]] as const) {
    if (rows.length === 0) continue;
    const run = await runCli(["import", csv(name, rows as unknown as Record<string, unknown>[]), "--kind", kind, "--format", "generic", "--json"], env);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ inserted: rows.length, rejected: 0 });
  }
  // The imports rebuilt their rollups in their own transaction; nothing has built the ticket ones yet.
  const check = await openDatabase({ kind: "pglite", dataDir: env.PGLITE_DIR });
  try {
    const parts = await check.query<{ part: string }>("select part from kpi_rollup_state order by part");
    expect(parts.map((p) => p.part)).toEqual(["devices", "time"]);
  } finally {
    await check.close();
  }
}, cliTestTimeout(3)); // two CLI imports, and the database opened around them
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("msp-kpi kpis (CLI)", () => {
  it("--json prints exactly the KpiReport, equal to lib/kpi on the same records", async () => {
    const run = await runCli(["kpis", "--from", period.from, "--to", period.to, "--json"], env);
    expect(run.code, run.stderr).toBe(0);
    const report = KpiReport.parse(JSON.parse(run.stdout));
    expect(report).toEqual(computeKpiReport(data, period, settings));
  }, cliTestTimeout(1));

  it("prints a readable report: sections, money in the org's currency, shares as percentages, — for no data", async () => {
    const run = await runCli(["kpis", "--from", "2026-01-01", "--to", "2026-03-31"], env);
    expect(run.code, run.stderr).toBe(0);
    const expected = computeKpiReport(data, { from: "2026-01-01", to: "2026-03-31" }, settings);
    expect(run.stdout).toContain("KPIs 2026-01-01 … 2026-03-31 (90 days), compared with 2025-10-03 … 2025-12-31");
    for (const section of ["Revenue", "Technicians", "Tickets and service", "Devices", "Profitability"]) expect(run.stdout).toMatch(new RegExp(`^${section} +current +previous +change$`, "m"));
    const mrr = run.stdout.split("\n").find((l) => l.trimStart().startsWith("MRR at the end"));
    expect(mrr).toContain(`CHF`);
    expect(mrr).toContain(expected.revenue.mrr.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
    expect(run.stdout).toMatch(/Team utilization +(\d+\.\d\u00a0%|—)/);
    const profit = run.stdout.split("\n").find((l) => l.trimStart().startsWith("Gross profit"));
    expect(profit).toContain(expected.profitability!.gross_profit.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
    expect(run.stdout).toContain("—");
    const lines = run.stdout.split("\n");
    const scorecards = lines.findIndex((l) => l.startsWith("Technician scorecards (current period)"));
    const [name, card] = Object.entries(expected.scorecards!.technicians)[0]!;
    expect(lines[scorecards + 1]).toMatch(new RegExp(`^  ${name} +${card.tickets_resolved} `));
  }, cliTestTimeout(1));

  it("exit 2 with a message naming the parameter for a missing, unreal or reversed period, or one over three years", async () => {
    const cases: [string[], RegExp][] = [
      [["kpis", "--to", "2026-03-31"], /--from: is required/],
      [["kpis", "--from", "2026-02-30", "--to", "2026-03-31"], /--from: not a calendar date/],
      [["kpis", "--from", "2026-04-01", "--to", "2026-03-31"], /--from: must not be after to/],
      [["kpis", "--from", "2020-01-01", "--to", "2026-03-31"], /--to: the period may span at most three years/],
      [["kpis", "--from", "2026-01-01", "--to", "31.03.2026"], /--to: expected a date YYYY-MM-DD/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(args, env);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr).toMatch(message);
    }
  }, cliTestTimeout(5));

  it("after new SLA targets, a batch tool recomputes first: the new figures, not marked recomputing", async () => {
    const changed = { ...settings, slaTargetMinutes: { P1: 100_000, P2: 100_000, P3: 100_000, P4: 100_000 } };
    expect(computeKpiReport(data, period, changed).tickets.sla_met).not.toEqual(computeKpiReport(data, period, settings).tickets.sla_met);
    const db = await openDatabase({ kind: "pglite", dataDir: env.PGLITE_DIR });
    try {
      const orgId = await getDefaultOrgId(db);
      await refreshKpiRollups(db, orgId, "all"); // built with the old targets
      await storeSettings(db, orgId, changed);
    } finally {
      await db.close();
    }
    const run = await runCli(["kpis", "--from", period.from, "--to", period.to, "--json"], env);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(computeKpiReport(data, period, changed));
  }, cliTestTimeout(3));
});
