// npm run bench:rollups — what keeping the KPI rollups current costs on the bench MSP (bench/lib/large-msp.ts,
// PostgreSQL): importing 1,000 tickets and 2,000 time entries of one week (half of them updates
// that move rows from anywhere in the year into that week), 10,000 device-status rows of one day
// (p50 of three days), and a webhook batch of 500 device events. Each import is timed whole (parse, COPY, merge,
// rollups) against the importer's COPY of the same rows into its staging table, in the same run;
// the webhook batch's rollup refresh against applying the batch. BENCH_SCALE=0.1 for a quicker run.
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Database } from "@/db/client";
import { copyStatement, createStagingTable, stagingLine } from "@/db/imports/staging";
import { refreshKpiRollups } from "@/db/queries/kpi";
import { getDefaultOrgId } from "@/db/queries/org-settings";
import { createEndpoint } from "@/db/webhooks/endpoints";
import { insertEvents } from "@/db/webhooks/inbox";
import type { ImportKind } from "@/lib/records/schemas";
import { importStoredFile } from "@/server/imports/import-file";
import { refreshMarkedDeviceRollups } from "@/server/webhooks/after-batch";
import { processWebhookBatch } from "@/server/webhooks/worker";
import { startThrowawayPostgres } from "@/scripts/lib/throwaway-postgres";
import { generateLargeMsp, LARGE_MSP } from "./lib/large-msp";
import { bench, openFreshDatabase } from "./lib/report";
import { percentile } from "./webhooks-load";

type Row = Record<string, string | number | boolean | null>;

const WEEK = Date.parse("2026-11-02T00:00:00Z");
/** Three days in a row, each imported as its own file: one import's time varies with what the server's cache holds. */
const STATUS_DAYS = ["2026-12-21", "2026-12-22", "2026-12-23"];
const log = (message: string) => console.error(message);
const at = (ms: number) => new Date(ms).toISOString();
/** Bench rows spread over the whole table, the same every run. */
const spread = (i: number, count: number) => 1 + ((i * 1997) % count);

function ticketRows(): Row[] {
  return Array.from({ length: 1_000 }, (_, i) => {
    const created = WEEK + ((i * 7919) % (7 * 86_400)) * 1000;
    return {
      ticket_id: i < 500 ? `T${spread(i, LARGE_MSP.tickets)}` : `W${i}`, client: `C${1 + (i % LARGE_MSP.clients)}`, created_at: at(created),
      first_response_at: i % 10 ? at(created + (i % 90) * 60_000) : null, resolved_at: i % 4 ? at(created + (i % 50) * 3_600_000) : null,
      priority: `P${1 + (i % 4)}`, csat: i % 4 && i % 3 === 0 ? 1 + (i % 5) : null,
    };
  });
}

function timeRows(): Row[] {
  return Array.from({ length: 2_000 }, (_, i) => ({
    entry_id: i < 1_000 ? `E${spread(i, LARGE_MSP.timeEntries)}` : `W${i}`, technician: `Tech ${1 + (i % LARGE_MSP.technicians)}`,
    client: `C${1 + ((i * 13) % LARGE_MSP.clients)}`, work_date: at(WEEK + (i % 7) * 86_400_000).slice(0, 10), hours: (1 + (i % 16)) * 0.25,
    billable: i % 4 !== 0, rate: i % 3 ? 110 : null, category: ["reactive", "proactive", "project", null][i % 4]!,
  }));
}

function statusRows(statusDay: string): Row[] {
  const day = Date.parse(`${statusDay}T00:00:00Z`);
  return Array.from({ length: Math.min(10_000, LARGE_MSP.devices) }, (_, i) => ({
    device_id: `D${(i * 7) % LARGE_MSP.devices}`, observed_at: at(day + ((i * 7919) % 86_400) * 1000),
    av_ok: i % 20 !== 0, patched: i % 5 !== 0, patches_missing: i % 5, backup_ok: i % 10 !== 0, online: true,
  }));
}

function csv(rows: Row[]): string {
  const header = Object.keys(rows[0]!);
  return [header.join(","), ...rows.map((r) => header.map((h) => (r[h] === null ? "" : String(r[h]))).join(","))].join("\n") + "\n";
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await fn();
  return { ms: performance.now() - started, result };
}

class Rollback extends Error {}

/** The importer's COPY of these rows into its staging table, alone (rolled back). */
async function copyOnly(db: Database, kind: ImportKind, rows: Row[]): Promise<number> {
  let ms = 0;
  await db
    .transaction(async (tx) => {
      await createStagingTable(tx, kind);
      const lines = rows.map((r, i) => stagingLine(kind, i + 2, r)).join("");
      ms = (await timed(() => tx.copyFrom(copyStatement(kind), (async function* () { yield lines; })()))).ms;
      throw new Rollback();
    })
    .catch((e: unknown) => {
      if (!(e instanceof Rollback)) throw e;
    });
  return ms;
}

const pg = process.env.DATABASE_URL ? null : await startThrowawayPostgres();
const serverUrl = process.env.DATABASE_URL ?? pg!.url;
const dir = mkdtempSync(path.join(tmpdir(), "msp-kpi-bench-rollups-"));
try {
  const db = await openFreshDatabase(serverUrl, "bench_rollups");
  try {
    const orgId = await getDefaultOrgId(db);
    await generateLargeMsp(db, orgId, (step, ms) => log(`generated ${step} in ${(ms / 1000).toFixed(1)} s`));
    const rebuild = await timed(() => db.transaction((tx) => refreshKpiRollups(tx, orgId, "all")));
    log(`rollups built in ${(rebuild.ms / 1000).toFixed(1)} s`);
    // The rows the imports update come from the same tool as the files.
    const tickets = ticketRows();
    const entries = timeRows();
    await db.query("update tickets set source = 'generic' where org_id = $1 and external_id = any($2::text[])", [orgId, tickets.slice(0, 500).map((t) => t.ticket_id)]);
    await db.query("update time_entries set source = 'generic' where org_id = $1 and external_id = any($2::text[])", [orgId, entries.slice(0, 1_000).map((e) => e.entry_id)]);
    await db.query("vacuum analyze");
    const scale = { scale: Number(process.env.BENCH_SCALE ?? 1), tickets: LARGE_MSP.tickets, time_entries: LARGE_MSP.timeEntries, devices: LARGE_MSP.devices, database: "PostgreSQL" };

    const importRows = async (name: string, kind: ImportKind, rows: Row[]) => {
      const file = path.join(dir, `${name}.csv`);
      writeFileSync(file, csv(rows));
      const copyMs = await copyOnly(db, kind, rows);
      const run = await timed(() =>
        importStoredFile(db, {
          orgId, fileName: `${name}.csv`, upload: { path: file, sha256: "bench", bytes: statSync(file).size },
          overrides: { kind, format: "generic" }, strict: false, startedBy: "bench",
        }),
      );
      const { inserted, updated, rejected } = run.result;
      if (inserted + updated !== rows.length) throw new Error(`${name}: ${inserted} inserted, ${updated} updated, ${rejected} rejected of ${rows.length}`);
      return { ms: run.ms, copyMs, inserted, updated };
    };

    const ticketImport = await importRows("tickets-week", "tickets", tickets);
    bench("rollups.import.tickets_week", ticketImport.ms, "ms", ticketImport.copyMs, {
      rows: tickets.length, updated: ticketImport.updated, target_ms: 2_000, note: "whole import, rollups included; baseline: its COPY of the same rows", ...scale,
    });
    const timeImport = await importRows("time-week", "time", entries);
    bench("rollups.import.time_week", timeImport.ms, "ms", timeImport.copyMs, {
      rows: entries.length, updated: timeImport.updated, target_ms: 2_000, note: "whole import, rollups included; baseline: its COPY of the same rows", ...scale,
    });
    const statusFiles = STATUS_DAYS.map(statusRows);
    const statusImports = [];
    for (const [i, rows] of statusFiles.entries()) statusImports.push(await importRows(`status-${STATUS_DAYS[i]}`, "device-status", rows));
    bench("rollups.import.status_day", percentile(statusImports.map((i) => i.ms), 50), "ms", percentile(statusImports.map((i) => i.copyMs), 50), {
      rows: statusFiles[0]!.length, days: STATUS_DAYS, each_ms: statusImports.map((i) => Math.round(i.ms)), target_ms: 2_000,
      note: "p50 of three days' imports, each whole, device figures refreshed from its day; baseline: p50 of their COPY of the same rows", ...scale,
    });

    const endpoint = await createEndpoint(db, orgId, { name: "bench", source: "generic" });
    await insertEvents(db, Array.from({ length: 500 }, (_, i) => ({
      orgId, endpointId: endpoint.id, eventKey: `bench-${i}`, headers: {},
      body: JSON.stringify({
        event_id: `bench-${i}`, type: "device.status", occurred_at: at(Date.parse("2026-12-28T00:00:00Z") + i * 60_000),
        device: { device_id: `D${(i * 31) % LARGE_MSP.devices}` }, status: { av_ok: i % 9 !== 0, patched: i % 4 !== 0, online: true },
      }),
    })));
    const applied = await timed(() => processWebhookBatch(db, { batchSize: 500 }));
    if (applied.result.processed !== 500) throw new Error(`webhook batch applied ${applied.result.processed} of 500`);
    const refreshed = await timed(() => refreshMarkedDeviceRollups(db, orgId));
    bench("rollups.webhooks.batch_refresh", refreshed.ms, "ms", applied.ms, {
      events: 500, target_ms: 500, note: "device figures refreshed after the batch; baseline: applying the batch", ...scale,
    });
    bench("rollups.rebuild_all", rebuild.ms, "ms", rebuild.ms, { note: "every part rebuilt whole, for scale; no target", ...scale });
  } finally {
    await db.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  pg?.stop();
}
