import "server-only";
import { getDb } from "../database";
import { processSingletons } from "../process-singletons";
import { stopOnShutdown } from "../stop-on-shutdown";
import { RollupRebuilder } from "./settings-rebuilder";

// The rollup rebuilder inside the app server (started by instrumentation.ts, a few seconds after
// the server, like the alert scheduler). The settings page asks it to rebuild right after a save.

const STARTUP_DELAY_MS = 5_000;

async function serverRebuilder(): Promise<RollupRebuilder> {
  processSingletons.rollupRebuilder ??= getDb().then((db) => new RollupRebuilder(db));
  return processSingletons.rollupRebuilder;
}

export function startServerRollupRebuilder(): void {
  const timer = setTimeout(async () => {
    try {
      const rebuilder = await serverRebuilder();
      rebuilder.start();
      stopOnShutdown(rebuilder);
      console.log("Rollup rebuilder started (rebuilds figures for changed settings in the background).");
    } catch (error) {
      console.error("Rollup rebuilder not started: the database could not be opened.", error);
    }
  }, STARTUP_DELAY_MS);
  timer.unref();
}

/** Starts rebuilding the org's rollups for its new settings, without waiting for it. */
export async function rebuildRollupsInBackground(orgId: number): Promise<void> {
  void (await serverRebuilder()).rebuild(orgId);
}
