// npm run bench:pages — the server response (time to the full HTML body) of the overview (`/`) and
// the clients table (`/clients`) for the default period, from the production build on PostgreSQL
// holding the large MSP of bench:kpi (2,000 clients, 1M tickets, 2M time entries, 100,000 devices;
// BENCH_SCALE shrinks the activity). Baselines from the same run: the same server answering
// GET /api/health (no database), and the KPI report's SQL alone for the same period, called
// directly. Targets: p50 < 500 ms for the overview; /clients (one page of rows, the database
// sorting and paging) p50 < 300 ms and its HTML < 150 KB, against the CSV export of every row.
// Also the first overview request after an SLA change (target p50 < 1 s, against the steady-state
// overview): the rollups are rebuilt in the background, so it answers with the old figures, marked.
// And the drill-down behind SLA met (/explain/sla_met: the period's tickets with their SLA outcome,
// the formula's totals and the first page of records), target p50 < 500 ms.
// And a figure's trend (the explanation view's 12 periods of SLA met), against one whole report and
// against the 12 whole reports one after another it replaces; and a client's SLA met trend, which
// the report does not hold (12 periods of the per-client ticket rollups), against the business one.
import { loadavg } from "node:os";
import { openDatabase } from "@/db/client";
import { computeKpiReportSql, computeKpiSectionsSql, refreshKpiRollups } from "@/db/queries/kpi";
import { figureTrend } from "@/db/queries/kpi/trend";
import { orgsWithStaleRollups, rebuildRollupsForSettings } from "@/db/queries/kpi/rollup-settings";
import { getDefaultOrgId, getKpiSettings } from "@/db/queries/org-settings";
import { trendPeriods } from "@/lib/kpi/trend-periods";
import { periodFromSearchParams } from "@/lib/kpi/url-period";
import { startThrowawayPostgres } from "@/scripts/lib/throwaway-postgres";
import { createMember } from "@/db/auth/users";
import { signInCookie, startAppServer, type AppServer } from "@/tests/support/app-server";
import { generateLargeMsp, LARGE_MSP } from "./lib/large-msp";
import { bench, withDatabaseName } from "./lib/report";
import { percentile } from "./webhooks-load";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 30);
const WARMUP = 5;
const TARGET_MS = 500;
const SLA_CHANGES = Number(process.env.BENCH_SLA_CHANGES ?? 5);
const AFTER_SLA_TARGET_MS = 1_000;
const CLIENTS_TARGET_MS = 300;
const CLIENTS_TARGET_BYTES = 150 * 1024;
const EXPLAIN_TARGET_MS = 500;

const log = (message: string) => console.error(message);

interface Timing {
  ms: number;
  status: number;
  body: string;
}

/**
 * One GET, timed until the last byte of the body (a streamed page is complete only then). Every
 * request of the benchmark goes through here: once pages need sign-in, its cookie or token is
 * one of `headers`.
 */
const BENCH_VIEWER = { name: "Bench Viewer", email: "bench@bench.example", password: "bench-viewer-pass", role: "viewer" } as const;

async function timedGet(url: string, headers: Record<string, string>): Promise<Timing> {
  const started = performance.now();
  const response = await fetch(url, { headers: { "accept-language": "en", ...headers } });
  const body = await response.text();
  return { ms: performance.now() - started, status: response.status, body };
}

interface Stats {
  p50: number;
  p95: number;
  min: number;
  bytes: number;
}

/** Warm-up requests, then `REQUESTS` one after another; each must answer 200 and contain `expect`. */
async function measureGet(url: string, headers: Record<string, string>, expect: string): Promise<Stats> {
  const check = (t: Timing) => {
    if (t.status !== 200 || !t.body.includes(expect)) throw new Error(`${url}: HTTP ${t.status}, ${t.body.length} bytes, without "${expect}"`);
    return t;
  };
  for (let i = 0; i < WARMUP; i++) check(await timedGet(url, headers));
  const runs: Timing[] = [];
  for (let i = 0; i < REQUESTS; i++) runs.push(check(await timedGet(url, headers)));
  const ms = runs.map((r) => r.ms);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), min: Math.min(...ms), bytes: runs[0]!.body.length };
}

async function measureCall(fn: () => Promise<unknown>): Promise<Stats> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const started = performance.now();
    await fn();
    ms.push(performance.now() - started);
  }
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), min: Math.min(...ms), bytes: 0 };
}

const pg = process.env.DATABASE_URL ? null : await startThrowawayPostgres();
const serverUrl = process.env.DATABASE_URL ?? pg!.url;
let app: AppServer | undefined;
try {
  const admin = await openDatabase({ kind: "postgres", url: withDatabaseName(serverUrl, "postgres"), max: 1, migrate: false });
  await admin.query("drop database if exists bench_pages with (force)");
  await admin.query("create database bench_pages");
  await admin.close();
  const databaseUrl = withDatabaseName(serverUrl, "bench_pages");
  const db = await openDatabase({ kind: "postgres", url: databaseUrl, max: 2 });
  try {
    const orgId = await getDefaultOrgId(db);
    await generateLargeMsp(db, orgId, (step, ms) => log(`generated ${step} in ${(ms / 1000).toFixed(1)} s`));
    await createMember(db, orgId, BENCH_VIEWER);
    // As an import leaves them: rollups current, statistics fresh.
    for (const kind of ["time", "tickets", "device-status"] as const) await db.transaction((tx) => refreshKpiRollups(tx, orgId, kind));
    await db.query("vacuum analyze");
    const settings = await getKpiSettings(db, orgId);
    // The pages' default period, resolved the way they resolve it.
    const { period } = periodFromSearchParams({}, new Date(), settings.timeZone);

    // The production build through scripts/start.ts, as `npm start` runs it (no demo data).
    app = await startAppServer({ env: { DATABASE_URL: databaseUrl, MSP_KPI_DEMO: "0" }, timeoutMs: 900_000 });
    const base = app.url;
    log(`app up on ${base}; period ${period.from} … ${period.to}; ${WARMUP} warm-up + ${REQUESTS} requests each`);

    // Pages answer only a signed-in user: a viewer's session cookie, as a browser would send it.
    const headers: Record<string, string> = { cookie: await signInCookie(base, BENCH_VIEWER) };
    const health = await measureGet(`${base}/api/health`, headers, '"ok":true');
    const sql = await measureCall(() => computeKpiReportSql(db, orgId, period, settings));
    const trend = await measureCall(() => figureTrend(db, orgId, { metric: "sla_met", subject: null, period, settings, role: "viewer" }));
    const [busiest] = await db.query<{ name: string }>(
      "select c.name from tickets t join clients c on c.id = t.client_id where t.org_id = $1 group by c.name order by count(*) desc limit 1", [orgId],
    );
    const clientTrend = await measureCall(() => figureTrend(db, orgId, { metric: "client.sla_met", subject: busiest!.name, period, settings, role: "viewer" }));
    const sequentialStarted = performance.now();
    for (const p of trendPeriods(period)) await computeKpiSectionsSql(db, orgId, p, settings);
    const sequentialMs = performance.now() - sequentialStarted;
    const overview = await measureGet(`${base}/`, headers, "Net new MRR");
    // The page holds the first 25 rows and the count of all of them.
    const clients = await measureGet(`${base}/clients`, headers, ` of ${LARGE_MSP.clients}`);
    const explain = await measureGet(`${base}/explain/sla_met?from=${period.from}&to=${period.to}`, headers, "in the SLA base");
    // What the page carried before it paged on the server: every row (here as the export's CSV).
    const everyRow = await timedGet(`${base}/clients/export`, headers);
    if (everyRow.status !== 200 || everyRow.body.split("\r\n").length !== LARGE_MSP.clients + 2) throw new Error(`/clients/export: HTTP ${everyRow.status}, not every client`);

    // Each sample stores new SLA targets and starts their rebuild (as a save does, here from this
    // process), times the first overview request while it runs, then waits until it is done.
    const afterSla: number[] = [];
    for (let i = 1; i <= SLA_CHANGES; i++) {
      const targets = { P1: 60 + i, P2: 240, P3: 480, P4: 1440 };
      await db.query("update org_settings set sla_target_minutes = $2::text::jsonb where org_id = $1", [orgId, JSON.stringify(targets)]);
      const rebuild = rebuildRollupsForSettings(db, orgId);
      const first = await timedGet(`${base}/`, headers);
      if (first.status !== 200 || !first.body.includes("Recomputing with your new settings")) throw new Error(`overview after an SLA change: HTTP ${first.status}, no recomputing notice`);
      afterSla.push(first.ms);
      await rebuild;
      // The server's own check may have taken the org's rebuild lock first.
      while ((await orgsWithStaleRollups(db)).includes(orgId)) await new Promise((r) => setTimeout(r, 1_000));
    }
    const afterSlaP50 = percentile(afterSla, 50);

    const spread = (s: Stats) => ({ p50: s.p50, p95: s.p95, min: s.min });
    // The machine's load during the run: on a shared box it explains much of the spread.
    const common = { period, requests: REQUESTS, warmup: WARMUP, database: "PostgreSQL", load_avg_1m: loadavg()[0], ...LARGE_MSP };
    bench("pages.baseline.health", health.p50, "ms", health.p50, { ...spread(health), note: "GET /api/health on the same server: Next's floor" });
    bench("pages.baseline.kpi_report_sql", sql.p50, "ms", health.p50, { ...spread(sql), note: "computeKpiReportSql alone, called directly" });
    bench("pages.trend.p50", trend.p50, "ms", sql.p50, {
      ...spread(trend), sequential_whole_reports_ms: sequentialMs, pool: 2,
      note: "figureTrend of SLA met (12 periods, only the tickets part, all at once), called directly; baseline = one whole KPI report's SQL", ...common,
    });
    bench("pages.trend_client_sla_met.p50", clientTrend.p50, "ms", trend.p50, {
      ...spread(clientTrend), pool: 2,
      note: "figureTrend of client.sla_met for the client with the most tickets (12 periods of the per-client ticket rollups, all at once), called directly; baseline = the business SLA met trend", ...common,
    });
    for (const [name, stats, target] of [["overview", overview, TARGET_MS], ["clients", clients, CLIENTS_TARGET_MS], ["explain_sla_met", explain, EXPLAIN_TARGET_MS]] as const) {
      bench(`pages.${name}.p50`, stats.p50, "ms", sql.p50, {
        ...spread(stats), html_bytes: stats.bytes, health_p50: health.p50, target_ms: target, met: stats.p50 < target,
        note: "time to the full HTML body; baseline = the KPI report SQL alone", ...common,
      });
    }
    bench("pages.overview.first_after_sla_change.p50", afterSlaP50, "ms", overview.p50, {
      samples: afterSla, changes: SLA_CHANGES, target_ms: AFTER_SLA_TARGET_MS, met: afterSlaP50 < AFTER_SLA_TARGET_MS,
      note: "first GET / after new SLA targets, the rebuild running in the background; baseline = the steady-state overview p50", ...common,
    });
    bench("pages.clients.html_bytes", clients.bytes, "bytes", Buffer.byteLength(everyRow.body), {
      target_bytes: CLIENTS_TARGET_BYTES, met: clients.bytes < CLIENTS_TARGET_BYTES, export_ms: everyRow.ms,
      note: "the /clients HTML (25 of the clients); baseline = the CSV export of every client, streamed", ...common,
    });
    if (overview.p50 >= TARGET_MS || clients.p50 >= CLIENTS_TARGET_MS || explain.p50 >= EXPLAIN_TARGET_MS || clients.bytes >= CLIENTS_TARGET_BYTES || afterSlaP50 >= AFTER_SLA_TARGET_MS) process.exitCode = 1;
  } finally {
    await db.close();
  }
} finally {
  await app?.stop();
  pg?.stop();
}
