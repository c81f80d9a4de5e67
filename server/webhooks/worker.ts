import "server-only";
import { ZodError } from "zod";
import { parseWebhookBody } from "@/lib/webhooks";
import type { Database } from "@/db/client";
import { markDeviceRollupsStale, refreshStaleDeviceRollups } from "./after-batch";
import { applyEvents, type ApplyItem } from "@/db/webhooks/apply";
import { claimBatch, DEFAULT_RETRY, hasDueEvents, markFailed, markProcessed, parkAbandoned, type ClaimedEvent, type Failure, type RetryPolicy } from "./claim";
import { registerWebhookWorker } from "./worker-registry";

// Applies stored webhook events: claim a batch of due events, parse each with its source's schema,
// apply each org's events in one transaction that also marks them processed (so an event's effects
// and its 'processed' mark commit together), and schedule failures for a retry with back-off.

export interface WorkerOptions {
  batchSize?: number;
  /** How long an idle worker sleeps before it looks for due events again; see pollMsFor. */
  pollMs?: number;
  /** After a wake-up, wait this long so a burst of deliveries is applied as one batch. */
  wakeDelayMs?: number;
  /** The KPI rollups of orgs whose devices changed are rebuilt at most this often (and on stop). */
  refreshEveryMs?: number;
  /** How long a claimed event belongs to its worker before another may claim it. */
  leaseMs?: number;
  retry?: RetryPolicy;
  clock?: () => Date;
  log?: (message: string, error?: unknown) => void;
}

export interface BatchResult {
  claimed: number;
  processed: number;
  failed: number;
  /** Orgs whose devices or device status the batch changed: their KPI rollups are stale. */
  changedOrgs: number[];
}

const DEFAULTS = { batchSize: 500, leaseMs: 60_000, wakeDelayMs: 25, refreshEveryMs: 2_000 };

/**
 * The idle poll. Every event this process stores wakes its worker, so polling only finds events
 * another instance stored (PostgreSQL: every 500 ms) and retries coming due. On the embedded
 * database no other process can store events, and retries wait 5 s and more, so 5 s will do: an
 * idle `npm start` spent ~3 % of a core polling every 500 ms.
 */
export function pollMsFor(kind: Database["kind"]): number {
  return kind === "pglite" ? 5_000 : 500;
}
const PARSE_SLICE = 50;

function describeError(e: unknown): string {
  if (e instanceof ZodError) return e.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ");
  if (e instanceof SyntaxError) return `not JSON: ${e.message}`;
  return e instanceof Error ? e.message : String(e);
}

const changesDevices = (item: ApplyItem) => Boolean(item.records.device || item.records.status);

async function applyInTransaction(db: Database, orgId: number, items: ApplyItem[], now: Date | null) {
  return db.transaction(async (tx) => {
    const result = await applyEvents(tx, orgId, items);
    await markProcessed(tx, orgId, result.applied, now);
    const applied = new Set(result.applied);
    const deviceItems = items.filter((i) => applied.has(i.id) && changesDevices(i));
    const devicesChanged = deviceItems.length > 0;
    if (devicesChanged) {
      const earliest = new Date(Math.min(...deviceItems.map((i) => Date.parse(i.records.occurredAt)))).toISOString();
      await markDeviceRollupsStale(tx, orgId, earliest);
    }
    return { ...result, devicesChanged };
  });
}

/** One batch. Returns how many events were claimed, processed and failed. */
export async function processWebhookBatch(db: Database, options: WorkerOptions = {}): Promise<BatchResult> {
  const now = options.clock?.() ?? null;
  const retry = options.retry ?? DEFAULT_RETRY;
  const claimed: ClaimedEvent[] = await claimBatch(db, {
    now, limit: options.batchSize ?? DEFAULTS.batchSize, leaseMs: options.leaseMs ?? DEFAULTS.leaseMs,
  });
  const failures: Failure[] = [];
  const byOrg = new Map<number, ApplyItem[]>();
  for (const [i, e] of claimed.entries()) {
    // Parsing is synchronous: between slices the server answers the requests waiting meanwhile.
    if (i > 0 && i % PARSE_SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
    try {
      const item = { id: e.id, source: e.source, eventKey: e.eventKey, records: parseWebhookBody(e.source, e.body) };
      const items = byOrg.get(e.orgId);
      if (items) items.push(item);
      else byOrg.set(e.orgId, [item]);
    } catch (error) {
      failures.push({ orgId: e.orgId, id: e.id, error: describeError(error) });
    }
  }
  let processed = 0;
  const changedOrgs = new Set<number>();
  for (const [orgId, items] of byOrg) {
    // Together first; if the transaction fails, one event at a time so one bad event holds back only itself.
    const groups = [items];
    while (groups.length > 0) {
      const group = groups.shift()!;
      try {
        const result = await applyInTransaction(db, orgId, group, now);
        processed += result.applied.length;
        if (result.devicesChanged) changedOrgs.add(orgId);
        failures.push(...result.unresolved.map((u) => ({ orgId, ...u })));
      } catch (error) {
        if (group.length > 1) groups.push(...group.map((item) => [item]));
        else failures.push({ orgId, id: group[0]!.id, error: describeError(error) });
      }
    }
  }
  await markFailed(db, failures, now, retry);
  return { claimed: claimed.length, processed, failed: failures.length, changedOrgs: [...changedOrgs] };
}

/** A polling loop around processWebhookBatch; woken early when an event is stored in this process. */
export class WebhookWorker {
  private stopped = true;
  private loop: Promise<void> | null = null;
  private woken = false;
  private wakeSleep: (() => void) | null = null;
  private unregister: (() => void) | null = null;
  private lastPark = 0;
  /** Whether kpi_device_rollups_stale may hold marks: on start and every sweep, to catch up on a worker that died. */
  private refreshDue = true;
  private lastRefresh = 0;

  constructor(
    private readonly db: Database,
    private readonly options: WorkerOptions = {},
  ) {}

  start(): void {
    if (this.loop) return;
    this.stopped = false;
    this.unregister = registerWebhookWorker(this);
    this.loop = this.run();
  }

  wake(): void {
    if (this.woken) return;
    this.woken = true;
    setTimeout(() => this.wakeSleep?.(), this.options.wakeDelayMs ?? DEFAULTS.wakeDelayMs);
  }

  /** Finishes the batch in hand, then returns; nothing is left half-applied. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeSleep?.();
    await this.loop;
    await this.refreshRollups(true);
    this.loop = null;
    this.unregister?.();
  }

  private async run(): Promise<void> {
    const { batchSize = DEFAULTS.batchSize, pollMs = pollMsFor(this.db.kind) } = this.options;
    while (!this.stopped) {
      let claimed = 0;
      try {
        if (Date.now() - this.lastPark > 5_000) {
          this.lastPark = Date.now();
          await parkAbandoned(this.db, this.options.clock?.() ?? null, (this.options.retry ?? DEFAULT_RETRY).maxAttempts);
          // The same sweep for rollups another instance's worker left stale when it died.
          this.refreshDue = true;
        }
        if (await hasDueEvents(this.db, this.options.clock?.() ?? null)) {
          const result = await processWebhookBatch(this.db, this.options);
          claimed = result.claimed;
          if (result.changedOrgs.length > 0) this.refreshDue = true;
        }
        await this.refreshRollups(false);
      } catch (error) {
        (this.options.log ?? console.error)("webhook worker: batch failed", error);
      }
      if (!this.stopped && claimed < batchSize) await this.sleep(pollMs);
    }
  }

  /** Throttled: under a steady stream the figures lag the events by at most refreshEveryMs. */
  private async refreshRollups(force: boolean): Promise<void> {
    if (!this.refreshDue) return;
    if (!force && Date.now() - this.lastRefresh < (this.options.refreshEveryMs ?? DEFAULTS.refreshEveryMs)) return;
    this.refreshDue = false;
    try {
      // A check that found nothing to rebuild does not hold back the next rebuild.
      if ((await refreshStaleDeviceRollups(this.db)).length > 0) this.lastRefresh = Date.now();
    } catch (error) {
      this.refreshDue = true;
      this.lastRefresh = Date.now();
      (this.options.log ?? console.error)("webhook worker: KPI rollup refresh failed", error);
    }
  }

  private sleep(ms: number): Promise<void> {
    if (this.woken) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeSleep = null;
        this.woken = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeSleep = done;
    });
  }
}
