// npm run bench:import — 1,000,000 generated time entries: the importer into PostgreSQL and PGlite
// against PostgreSQL's own server-side COPY of the same rows (baseline, same run, same schema).
import { execFileSync } from "node:child_process";
import { chmodSync, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { once } from "node:events";
import { openDatabase } from "@/db/client";
import { startThrowawayPostgres } from "@/scripts/lib/throwaway-postgres";
import { bench, withDatabaseName } from "./lib/report";

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const CLIENTS = 2_000;
const TECHNICIANS = 200;
const dir = mkdtempSync(path.join(tmpdir(), "msp-kpi-bench-import-"));
chmodSync(dir, 0o755);

async function writeLines(file: string, header: string, row: (i: number) => string, count: number): Promise<void> {
  const out = createWriteStream(file);
  out.write(header + "\n");
  for (let i = 0; i < count; i++) {
    if (!out.write(row(i) + "\n")) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  chmodSync(file, 0o644);
}

const day = (i: number) => new Date(Date.UTC(2025, 0, 1) + (i % 365) * 86_400_000).toISOString().slice(0, 10);
const hours = (i: number) => ((i % 16) + 1) * 0.25;
const clientsFile = path.join(dir, "clients.csv");
const timeFile = path.join(dir, "time.csv");
const copyFile = path.join(dir, "time-copy.csv");
await writeLines(clientsFile, "client_id,name,segment", (i) => `C${i},Client ${i},SMB`, CLIENTS);
await writeLines(
  timeFile,
  "entry_id,technician,client,work_date,hours,billable,ticket_id,rate,amount",
  (i) => `E${i},Tech ${i % TECHNICIANS},C${(i * 7) % CLIENTS},${day(i)},${hours(i)},${i % 4 !== 0},T${i >> 2},${i % 4 ? "110.00" : ""},`,
  ROWS,
);
// The same rows with references already resolved to ids, the way COPY needs them.
await writeLines(
  copyFile,
  "org_id,source,external_id,technician_id,client_id,work_date,hours,billable,ticket_ref,rate,amount",
  (i) => `1,generic,E${i},${(i % TECHNICIANS) + 1},${((i * 7) % CLIENTS) + 1},${day(i)},${hours(i)},${i % 4 !== 0},T${i >> 2},${i % 4 ? "110.00" : ""},`,
  ROWS,
);

const pg = process.env.DATABASE_URL ? null : await startThrowawayPostgres();
const serverUrl = process.env.DATABASE_URL ?? pg!.url;

async function freshDatabase(name: string): Promise<string> {
  const admin = await openDatabase({ kind: "postgres", url: withDatabaseName(serverUrl, "postgres"), max: 1, migrate: false });
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.close();
  const url = withDatabaseName(serverUrl, name);
  const db = await openDatabase({ kind: "postgres", url, max: 2 });
  await db.close();
  return url;
}

function child(file: string, target: string, kind = "time") {
  const out = execFileSync(process.execPath, ["--import", "tsx", "--import", "./scripts/lib/allow-server-only.mjs", "bench/import-child.ts", file, target, kind], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  return JSON.parse(out.trim().split("\n").pop()!) as { rows: number; durationMs: number; maxRssMb: number; result: unknown };
}

try {
  // Baseline: PostgreSQL's own COPY into the same table, with the same keys, indexes and FKs.
  const copyUrl = await freshDatabase("bench_copy");
  child(clientsFile, copyUrl, "clients");
  const copyDb = await openDatabase({ kind: "postgres", url: copyUrl, max: 1 });
  await copyDb.query(
    `insert into technicians (org_id, name, source) select 1, 'Tech ' || g, 'generic' from generate_series(0, ${TECHNICIANS - 1}) g`,
  );
  const copyStarted = performance.now();
  await copyDb.query(
    `copy time_entries (org_id, source, external_id, technician_id, client_id, work_date, hours, billable, ticket_ref, rate, amount)
     from '${copyFile}' with (format csv, header true)`,
  );
  const copyRowsPerS = ROWS / ((performance.now() - copyStarted) / 1000);
  await copyDb.close();

  const importUrl = await freshDatabase("bench_import");
  child(clientsFile, importUrl, "clients");
  const idle = child(clientsFile, importUrl, "clients");
  const viaImporter = child(timeFile, importUrl);
  if (viaImporter.rows !== ROWS) throw new Error(`importer stored ${viaImporter.rows} of ${ROWS} rows: ${JSON.stringify(viaImporter.result)}`);
  const importRowsPerS = ROWS / (viaImporter.durationMs / 1000);
  bench("import.postgres.rows_per_s", importRowsPerS, "rows/s", copyRowsPerS, { rows: ROWS, target_ratio: 0.5 });
  bench("import.postgres.peak_rss", viaImporter.maxRssMb, "MB", idle.maxRssMb, { target_mb: 300 });
  const reimport = child(timeFile, importUrl);
  bench("import.postgres.reimport_rows_per_s", ROWS / (reimport.durationMs / 1000), "rows/s", copyRowsPerS, { note: "same file again: all unchanged" });

  const pgliteDir = path.join(dir, "pglite");
  child(clientsFile, pgliteDir, "clients");
  const viaPglite = child(timeFile, pgliteDir);
  if (viaPglite.rows !== ROWS) throw new Error(`PGlite import stored ${viaPglite.rows} of ${ROWS} rows`);
  bench("import.pglite.rows_per_s", ROWS / (viaPglite.durationMs / 1000), "rows/s", copyRowsPerS, { rows: ROWS });
  bench("import.pglite.peak_rss", viaPglite.maxRssMb, "MB", idle.maxRssMb, { note: "includes the embedded database's own memory" });
} finally {
  pg?.stop();
  rmSync(dir, { recursive: true, force: true });
}
