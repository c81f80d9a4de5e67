import { openDatabase, type Database } from "@/db/client";

/** One machine-readable line per measurement, comparable run to run. */
export function bench(name: string, value: number, unit: string, baseline: number, extra: Record<string, unknown> = {}): void {
  const round = (n: number) => Math.round(n * 1000) / 1000;
  const line = { name, value: round(value), unit, baseline: round(baseline), ratio: round(baseline ? value / baseline : 0), ...extra };
  console.log(`BENCH ${JSON.stringify(line)}`);
}

/** CPU-seconds this process has used (user and system), for benches whose work runs in it. */
export function processCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A migrated, empty database `name` on the server at `serverUrl` (dropped first when it exists). */
export async function openFreshDatabase(serverUrl: string, name: string): Promise<Database> {
  const admin = await openDatabase({ kind: "postgres", url: withDatabaseName(serverUrl, "postgres"), max: 1, migrate: false });
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.close();
  return openDatabase({ kind: "postgres", url: withDatabaseName(serverUrl, name), max: 10 });
}
