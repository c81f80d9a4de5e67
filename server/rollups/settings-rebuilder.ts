import "server-only";
import type { Database } from "@/db/client";
import { orgsWithStaleRollups, rebuildRollupsForSettings } from "@/db/queries/kpi/rollup-settings";

// Rebuilds rollups for changed settings in the background, one org at a time per process: for the
// org whose settings were just saved, and for every org found stale when the loop starts and on
// each check after (a rebuild killed mid-way rolled back, so its org is still stale; another
// instance that held the org's lock and died leaves it stale too).

export interface RollupRebuilderOptions {
  /** How often to look for orgs whose rollups were built with other settings. */
  checkEveryMs?: number;
  log?: (message: string, error?: unknown) => void;
}

export class RollupRebuilder {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  /** Orgs waiting for their turn: a second request for one of them adds nothing. */
  private readonly waiting = new Set<number>();

  constructor(
    private readonly db: Database,
    private readonly options: RollupRebuilderOptions = {},
  ) {}

  /** Checks now and then every checkEveryMs (default one minute). */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.rebuildStale(), this.options.checkEveryMs ?? 60_000);
    this.timer.unref();
    void this.rebuildStale();
  }

  /** Queues a rebuild of the org's rollups for its stored settings; resolves when it is done (or failed, logged). */
  rebuild(orgId: number): Promise<void> {
    if (this.waiting.has(orgId)) return this.running.then(() => undefined);
    this.waiting.add(orgId);
    this.running = this.running.then(async () => {
      this.waiting.delete(orgId);
      try {
        await rebuildRollupsForSettings(this.db, orgId);
      } catch (error) {
        (this.options.log ?? console.error)(`rollups: rebuilding org ${orgId} for its settings failed`, error);
      }
    });
    return this.running.then(() => undefined);
  }

  /** Queues every org whose rollups were built with other settings; resolves when they are done. */
  async rebuildStale(): Promise<void> {
    try {
      await Promise.all((await orgsWithStaleRollups(this.db)).map((orgId) => this.rebuild(orgId)));
    } catch (error) {
      (this.options.log ?? console.error)("rollups: looking for stale rollups failed", error);
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
