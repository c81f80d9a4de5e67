import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "@/db/client";
import { loadDemoDataIfEmpty } from "@/server/demo/load-demo";
import { buildInBackgroundIfNeeded } from "@/scripts/lib/build-if-needed";
import { startAppServer, type AppServer } from "./app-server";
import type { E2eReady } from "./e2e-ready";
import { browserTestFiles, plainOwnServerFiles, startServerPool } from "./server-pool";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the shared demo server's E2eReady is written once it serves (or failed to start). */
    e2eReadyFile: string;
    /** A data folder (pglite/, uploads/) with the demo data loaded, for servers of their own to copy. */
    e2eDemoDataDir: string;
    /** The day (UTC, YYYY-MM-DD) the demo data is anchored to. */
    e2eDemoToday: string;
  }
}

async function startDemoServers(demoDir: string, today: string, sharedCount: number, poolSize: number): Promise<{ shared: AppServer[]; pool: AppServer[] }> {
  await buildInBackgroundIfNeeded();
  const db = await openDatabase({ kind: "pglite", dataDir: path.join(demoDir, "pglite") });
  try {
    await loadDemoDataIfEmpty(db, { uploadDir: path.join(demoDir, "uploads"), today });
  } finally {
    await db.close();
  }
  const shared = await Promise.all(Array.from({ length: sharedCount }, () => startAppServer({ copyDataFrom: demoDir })));
  return { shared, pool: await startServerPool(demoDir, poolSize) };
}

/** The file filters given on the command line; none: every browser file runs. */
function fileFilters(project: TestProject): string[] | undefined {
  return (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
}

/** One shared demo server per worker that will run browser files at the same time. */
function sharedServerCount(project: TestProject): number {
  const filters = fileFilters(project);
  const files = browserTestFiles().filter((file) => !filters || filters.some((f) => file.includes(f)));
  return Math.max(1, Math.min(project.vitest.config.maxWorkers, files.length));
}

// Once per run, for the browser tests: one `next build`, the demo data loaded once (servers of
// their own copy the folder instead of importing it again), and a shared demo server per worker started.
// All of it runs in the background while the unit project runs (vitest runs every project's global
// setup before the first test); tests/support/e2e-setup.ts makes each browser file wait for it.
// On a whole run the servers of the files' own are started ahead too (server-pool.ts).
export default function setup(project: TestProject): () => Promise<void> {
  const today = new Date().toISOString().slice(0, 10);
  const work = mkdtempSync(path.join(tmpdir(), "msp-kpi-e2e-run-"));
  const demoDir = path.join(work, "demo");
  mkdirSync(demoDir);
  const readyFile = path.join(work, "ready.json");
  mkdirSync(`${readyFile}.claims`);
  const announce = (ready: E2eReady) => {
    writeFileSync(`${readyFile}.tmp`, JSON.stringify(ready));
    renameSync(`${readyFile}.tmp`, readyFile);
  };
  const servers = startDemoServers(demoDir, today, sharedServerCount(project), fileFilters(project) ? 0 : plainOwnServerFiles());
  servers.then(
    ({ shared, pool }) => announce({ urls: shared.map((s) => s.url), pool: pool.map(({ url, pid, dataDir }) => ({ url, pid, dataDir })) }),
    (error: unknown) => announce({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
  project.provide("e2eReadyFile", readyFile);
  project.provide("e2eDemoDataDir", demoDir);
  project.provide("e2eDemoToday", today);
  return async () => {
    const started = await servers.catch(() => undefined);
    await Promise.all([...(started?.shared ?? []), ...(started?.pool ?? [])].map((s) => s.stop()));
    rmSync(work, { recursive: true, force: true });
  };
}
