import "server-only";
import type { Database } from "@/db/client";
import { claimDueJob, failJob, finishJob, type ClaimedJob } from "@/db/jobs/jobs";

// One runner for everything scheduled: the alert evaluation, digests, and whatever registers a
// handler (scheduled client reports, say). Jobs are rows in `jobs`, due at a time; every app
// instance runs a runner, and each due job is claimed by exactly one of them (db/jobs/jobs.ts).
// A job whose due time passed while no instance ran starts on the next tick, once, marked late:
// its handler schedules the next run from now, not from each missed slot.

export interface JobRun extends ClaimedJob {
  /** When this run started (the runner's clock). */
  now: Date;
  /** It started more than LATE_AFTER_MS after its due time. */
  late: boolean;
}

export interface JobHandler {
  kind: string;
  /** Adds the jobs of this kind that should exist and do not (idempotent); runs before each pass. */
  plan?(db: Database, now: Date): Promise<void>;
  /** How long a claim holds before the job counts as crashed and runs again (default LEASE_MS). */
  leaseMs?: number;
  /** Does the work of one due job; returns when it is due next, or null to drop the job. */
  run(db: Database, job: JobRun): Promise<Date | null>;
}

export interface RunnerOptions {
  now?: Date;
  log?: (message: string, error?: unknown) => void;
}

export interface PassResult {
  kind: string;
  key: string;
  late: boolean;
  ok: boolean;
}

/** A job running longer than this is taken to be from a crashed instance, and runs again (unless its kind sets its own lease). */
export const LEASE_MS = 15 * 60_000;
/** A job starting this long after its due time counts as late. */
export const LATE_AFTER_MS = 5 * 60_000;
/** A failed job tries again after this long. */
export const RETRY_AFTER_MS = 10 * 60_000;
/** At most this many jobs per pass, so one pass never runs for ever. */
const JOBS_PER_PASS = 200;

/** Plans, then runs every job due at `now` that no other instance has claimed. */
export async function runDueJobs(db: Database, handlers: JobHandler[], options: RunnerOptions = {}): Promise<PassResult[]> {
  const now = options.now ?? new Date();
  const log = options.log ?? console.error;
  const byKind = new Map(handlers.map((h) => [h.kind, h]));
  const leaseMsByKind = new Map(handlers.map((h) => [h.kind, h.leaseMs ?? LEASE_MS]));
  for (const handler of handlers) {
    try {
      await handler.plan?.(db, now);
    } catch (error) {
      log(`jobs: planning ${handler.kind} failed`, error);
    }
  }
  const results: PassResult[] = [];
  while (results.length < JOBS_PER_PASS) {
    const job = await claimDueJob(db, leaseMsByKind, now);
    if (!job) break;
    const late = now.getTime() - job.dueAt.getTime() > LATE_AFTER_MS;
    try {
      const nextDue = await byKind.get(job.kind)!.run(db, { ...job, now, late });
      await finishJob(db, job.id, { at: now, late, nextDue });
      results.push({ kind: job.kind, key: job.key, late, ok: true });
    } catch (error) {
      log(`jobs: ${job.kind} ${job.key} failed`, error);
      const message = error instanceof Error ? error.message : String(error);
      await failJob(db, job.id, { at: now, late, retryAt: new Date(now.getTime() + RETRY_AFTER_MS), error: message });
      results.push({ kind: job.kind, key: job.key, late, ok: false });
    }
  }
  return results;
}

/** The runner inside the app: a pass every tick, one pass at a time. */
export class JobRunner {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly handlers: JobHandler[],
    private readonly options: { tickMs?: number; log?: (message: string, error?: unknown) => void } = {},
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.pass(), this.options.tickMs ?? 30_000);
    this.timer.unref();
    this.pass();
  }

  /** A pass now, after the one running (a settings save has work for it). */
  wake(): void {
    this.pass();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private pass(): void {
    const log = this.options.log ?? console.error;
    this.running = this.running.then(() => runDueJobs(this.db, this.handlers, { log })).catch((error) => log("jobs: a pass failed", error));
  }
}
