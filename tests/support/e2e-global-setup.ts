import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "@/db/client";
import { loadDemoDataIfEmpty } from "@/server/demo/load-demo";
import { buildIfNeeded } from "@/scripts/lib/build-if-needed";
import { startAppServer } from "./app-server";

declare module "vitest" {
  export interface ProvidedContext {
    /** The demo server every browser test shares, unless its file starts its own. */
    e2eAppUrl: string;
    /** A data folder (pglite/, uploads/) with the demo data loaded, for servers of their own to copy. */
    e2eDemoDataDir: string;
    /** The day (UTC, YYYY-MM-DD) the demo data is anchored to. */
    e2eDemoToday: string;
  }
}

// Once per run, for the browser tests: one `next build`, the demo data loaded once (servers of
// their own copy the folder instead of importing it again), and the shared demo server started.
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  buildIfNeeded();
  const today = new Date().toISOString().slice(0, 10);
  const demoDir = mkdtempSync(path.join(tmpdir(), "msp-kpi-e2e-demo-"));
  const db = await openDatabase({ kind: "pglite", dataDir: path.join(demoDir, "pglite") });
  try {
    await loadDemoDataIfEmpty(db, { uploadDir: path.join(demoDir, "uploads"), today });
  } finally {
    await db.close();
  }
  const server = await startAppServer({ copyDataFrom: demoDir });
  project.provide("e2eAppUrl", server.url);
  project.provide("e2eDemoDataDir", demoDir);
  project.provide("e2eDemoToday", today);
  return async () => {
    await server.stop();
    rmSync(demoDir, { recursive: true, force: true });
  };
}
