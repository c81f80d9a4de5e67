// npm run bench:webhooks — 20,000 signed generic events from 50 concurrent senders against the
// production server (scripts/start.ts: Next behind a listener that answers webhook deliveries
// itself) on loopback, PostgreSQL, no demo data; and the same load against a bare node:http server
// answering 202 (baseline, same run). Reports accepted/s, p50/p99 latency, the
// events stored (must equal those sent) and how long the worker needs after the load ends; also
// what a request costs when Next itself answers it (its route answering 405 to a GET).
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { openDatabase } from "@/db/client";
import { createEndpoint } from "@/db/webhooks/endpoints";
import { signatureHeaders } from "@/lib/webhooks/signature";
import { startThrowawayPostgres } from "@/scripts/lib/throwaway-postgres";
import { freePort } from "@/tests/support/app-server";
import { bench, withDatabaseName } from "./lib/report";
import { BARE_SERVER, percentile, runLoad, type PreparedRequest } from "./webhooks-load";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 20_000);
const CONCURRENCY = 50;
const WARMUP = 500;
const DEVICES = 1_000;

const pg = process.env.DATABASE_URL ? null : await startThrowawayPostgres();
const serverUrl = process.env.DATABASE_URL ?? pg!.url;
const children: ChildProcess[] = [];

function kill(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, "SIGTERM");
  } catch {
    // already gone
  }
}

async function freshDatabase(name: string): Promise<string> {
  const admin = await openDatabase({ kind: "postgres", url: withDatabaseName(serverUrl, "postgres"), max: 1 });
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.close();
  return withDatabaseName(serverUrl, name);
}

function genericBody(key: string, i: number): string {
  const device = i % DEVICES;
  const event: Record<string, unknown> = {
    event_id: key, type: "device.status", occurred_at: new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString(),
    client: `Bench client ${device % 100}`, device: { device_id: `BENCH-${device}`, hostname: `bench-${device}`, kind: "workstation" },
    status: i % 3 === 0 ? { patched: i % 7 !== 0, patches_missing: i % 7 === 0 ? 3 : 0 } : { av_ok: i % 11 !== 0, online: true },
  };
  if (i % 10 === 0) event.alert = { severity: "warning", kind: "cpu", message: "CPU above 90 % for 10 minutes", resolved: i % 20 === 0 };
  return JSON.stringify(event);
}

function prepare(publicId: string, secret: string, prefix: string, count: number): PreparedRequest[] {
  return Array.from({ length: count }, (_, i) => {
    const body = genericBody(`${prefix}-${i}`, i);
    return { path: `/api/webhooks/generic/${publicId}`, body: Buffer.from(body), headers: { "content-type": "application/json", ...signatureHeaders(secret, body) } };
  });
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode})`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(5000) })).status === 200) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no answer from ${url}`);
}

try {
  // Baseline first, while nothing else runs.
  const bare = spawn(process.execPath, ["-e", BARE_SERVER], { detached: true, stdio: ["ignore", "pipe", "inherit"] });
  children.push(bare);
  const barePort = Number(String((await once(bare.stdout!, "data"))[0]).trim());
  const bareRequests = prepare("bare", "whsec_bare", "bare", EVENTS);
  await runLoad(`http://127.0.0.1:${barePort}`, bareRequests.slice(0, WARMUP), CONCURRENCY);
  const baseline = await runLoad(`http://127.0.0.1:${barePort}`, bareRequests, CONCURRENCY);
  kill(bare);

  const databaseUrl = await freshDatabase("bench_webhooks");
  const db = await openDatabase({ kind: "postgres", url: databaseUrl, max: 2 });
  const orgId = (await db.query<{ id: number }>("select id from orgs where slug = 'default'"))[0]!.id;
  const endpoint = await createEndpoint(db, orgId, { name: "bench", source: "generic", rateLimitPerMinute: 10_000_000 });

  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
  delete env.MSP_KPI_DEMO;
  const app = spawn("npx", ["tsx", "scripts/start.ts"], { env, detached: true, stdio: ["ignore", "inherit", "inherit"] });
  children.push(app);
  const base = `http://127.0.0.1:${port}`;
  await waitForHttp(`${base}/api/health`, app, 600_000);

  const warmup = await runLoad(base, prepare(endpoint.publicId, endpoint.secret, "warm", WARMUP), CONCURRENCY);
  const requests = prepare(endpoint.publicId, endpoint.secret, "bench", EVENTS);
  const load = await runLoad(base, requests, CONCURRENCY);
  const loadEnded = performance.now();

  const count = async () =>
    (await db.query<{ stored: number; processed: number; failed: number }>(
      `select count(*)::int as stored, count(*) filter (where status = 'processed')::int as processed,
         count(*) filter (where status in ('failed', 'retrying'))::int as failed from webhook_events where org_id = $1 and event_key like 'bench-%'`,
      [orgId],
    ))[0]!;
  let c = await count();
  while (c.processed + c.failed < c.stored && performance.now() - loadEnded < 120_000) {
    await new Promise((r) => setTimeout(r, 50));
    c = await count();
  }
  const drainS = (performance.now() - loadEnded) / 1000;
  const [rows] = await db.query<{ n: number }>("select count(*)::int as n from device_status where org_id = $1 and external_id like 'bench-%'", [orgId]);
  await db.close();

  // Next's own floor: its route for the same path answering 405 to a GET, no database work (POSTs
  // never reach Next: the server's listener answers them).
  const floor = await runLoad(base, requests.slice(0, 5_000).map((r) => ({ ...r, method: "GET", body: Buffer.alloc(0) })), CONCURRENCY);

  const accepted = load.byStatus[202] ?? 0;
  const extra = { events: EVENTS, concurrency: CONCURRENCY, statuses: load.byStatus, warmup_statuses: warmup.byStatus };
  bench("webhooks.accepted_per_s", accepted / (load.wallMs / 1000), "req/s", (baseline.byStatus[202] ?? 0) / (baseline.wallMs / 1000), { ...extra, target: 1500 });
  bench("webhooks.next_route_floor_per_s", (floor.byStatus[405] ?? 0) / (floor.wallMs / 1000), "req/s", (baseline.byStatus[202] ?? 0) / (baseline.wallMs / 1000), {
    note: "Next's route for the same path answering 405 to a GET, no database work: what a request costs when Next answers it",
  });
  bench("webhooks.latency_p50", percentile(load.latencies, 50), "ms", percentile(baseline.latencies, 50));
  bench("webhooks.latency_p99", percentile(load.latencies, 99), "ms", percentile(baseline.latencies, 99), { target_ms: 100 });
  bench("webhooks.events_stored", c.stored, "events", EVENTS, { lost: EVENTS - c.stored, processed: c.processed, failed: c.failed, status_rows: rows?.n });
  bench("webhooks.processed_after_load", drainS, "s", 0, { target_s: 10, all_processed: c.processed === EVENTS });
  if (c.stored !== EVENTS || c.processed !== EVENTS) process.exitCode = 1;
} finally {
  for (const child of children) kill(child);
  pg?.stop();
}
