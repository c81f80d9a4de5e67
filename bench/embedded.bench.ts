// npm run bench:embedded — the KPI report on the embedded database (PGlite) holding the demo data as
// `npm start` loads it, against the same report after a full ANALYZE of that database (baseline,
// same run). PGlite runs no autovacuum: the planner sees only the statistics the app itself keeps
// (imports and rollup rebuilds analyze what they change), so a ratio near 1 says they are enough.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase, type Database } from "@/db/client";
import { computeKpiReportSql } from "@/db/queries/kpi";
import { figureSettings } from "@/db/queries/kpi/rollup-settings";
import { getDefaultOrgId } from "@/db/queries/org-settings";
import { loadDemoDataIfEmpty } from "@/server/demo/load-demo";
import { bench, processCpuSeconds } from "./lib/report";

const TODAY = "2026-11-23";
const PERIODS = [
  { from: "2026-10-01", to: "2026-10-31" },
  { from: "2026-07-01", to: "2026-09-30" },
  { from: "2026-01-01", to: "2026-12-31" },
];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

/** CPU milliseconds per report (this process: PGlite runs in it), over ROUNDS rounds of PERIODS after one warm-up round. */
async function reportCpuMs(db: Database): Promise<number> {
  const orgId = await getDefaultOrgId(db);
  const { settings } = await figureSettings(db, orgId);
  for (const period of PERIODS) await computeKpiReportSql(db, orgId, period, settings);
  const started = processCpuSeconds();
  for (let round = 0; round < ROUNDS; round++) for (const period of PERIODS) await computeKpiReportSql(db, orgId, period, settings);
  return ((processCpuSeconds() - started) * 1000) / (ROUNDS * PERIODS.length);
}

async function opened<T>(dataDir: string, work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase({ kind: "pglite", dataDir });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

const dir = mkdtempSync(path.join(tmpdir(), "msp-kpi-bench-embedded-"));
try {
  const demo = path.join(dir, "demo");
  await opened(demo, (db) => loadDemoDataIfEmpty(db, { uploadDir: path.join(dir, "uploads"), today: TODAY }));
  // Each measurement on its own copy, opened afresh: the copy the app would open on its next start.
  const measure = async (analyzeFirst: boolean) => {
    const copy = path.join(dir, analyzeFirst ? "analyzed" : "as-loaded");
    rmSync(copy, { recursive: true, force: true });
    cpSync(demo, copy, { recursive: true });
    return opened(copy, async (db) => {
      if (analyzeFirst) await db.query("analyze");
      return reportCpuMs(db);
    });
  };
  // Twice each, alternating, so a warming process favours neither; the better of each pair counts.
  const asLoaded = [await measure(false)];
  const analyzed = [await measure(true)];
  asLoaded.push(await measure(false));
  analyzed.push(await measure(true));
  bench("embedded.report.demo", Math.min(...asLoaded), "ms", Math.min(...analyzed), {
    note: "CPU per KPI report (P and the previous period) on the demo data as loaded; baseline: the same after a full ANALYZE",
    periods: PERIODS,
    rounds: ROUNDS,
    database: "PGlite",
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
