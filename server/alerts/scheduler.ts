import "server-only";
import type { Database } from "@/db/client";
import { ensureJob } from "@/db/jobs/jobs";
import type { JobHandler } from "../jobs/runner";
import { deliverDueAlerts, type DeliverOptions } from "./send-notifications";
import { evaluateAlertsIn } from "./evaluate";

// The scheduled evaluation: each org's rules every N minutes (alert_schedules.every_minutes, 15 by
// default). The job runner looks for due orgs every minute (alertEvaluationJob). One instance at a
// time: the pass holds a transaction-level advisory lock, and another instance that cannot take it
// skips its pass; the stamp it leaves makes a pass right after a no-op.

const SCHEDULER_LOCK = 7_301_007;

export interface ScheduledRun {
  /** False when another instance held the scheduler lock. */
  ran: boolean;
  /** The orgs evaluated in this tick. */
  orgs: number[];
  /** Orgs whose evaluation failed (each in its own savepoint, so the others still count). */
  failed: number[];
}

export async function runScheduledEvaluation(db: Database, options: { now?: Date; log?: (message: string, error?: unknown) => void } = {}): Promise<ScheduledRun> {
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const [lock] = await tx.query<{ locked: boolean }>("select pg_try_advisory_xact_lock($1::bigint) as locked", [SCHEDULER_LOCK]);
    if (!lock?.locked) return { ran: false, orgs: [], failed: [] };
    const due = await tx.query<{ org_id: number }>(
      `select r.org_id from alert_rules r left join alert_schedules s on s.org_id = r.org_id
       where r.deleted_at is null and not r.muted
         and (s.last_scheduled_at is null or s.last_scheduled_at <= $1::timestamptz - make_interval(mins => s.every_minutes))
       group by r.org_id order by r.org_id`,
      [now],
    );
    const run: ScheduledRun = { ran: true, orgs: [], failed: [] };
    for (const { org_id: orgId } of due) {
      try {
        await tx.savepoint((sp) => evaluateAlertsIn(sp, orgId, now));
        run.orgs.push(orgId);
      } catch (error) {
        run.failed.push(orgId);
        (options.log ?? console.error)(`alerts: evaluating org ${orgId} failed`, error);
      }
      await tx.query(
        `insert into alert_schedules (org_id, last_scheduled_at) values ($1, $2)
         on conflict (org_id) do update set last_scheduled_at = excluded.last_scheduled_at`,
        [orgId, now],
      );
    }
    return run;
  });
}

const EVALUATION_JOB_KEY = "all-orgs";
const LOOK_EVERY_MS = 60_000;

/** The job runner's handle on the scheduled evaluation: one job, due every minute, looking for due orgs. */
export const alertEvaluationJob: JobHandler = {
  kind: "alert-evaluation",
  plan: (db, now) => ensureJob(db, "alert-evaluation", EVALUATION_JOB_KEY, now),
  async run(db, job) {
    await runScheduledEvaluation(db, { now: job.now });
    return new Date(job.now.getTime() + LOOK_EVERY_MS);
  },
};

export interface AlertSchedulerOptions {
  /** How often to send due notifications. */
  deliverEveryMs?: number;
  deliver?: DeliverOptions;
  log?: (message: string, error?: unknown) => void;
}

/** The delivery of queued notifications inside the app (the evaluations run as a job: alertEvaluationJob). */
export class AlertScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly options: AlertSchedulerOptions = {},
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.wake(), this.options.deliverEveryMs ?? 10_000);
    this.timer.unref();
  }

  /** Sends due notifications now (after an evaluation queued some). */
  wake(): void {
    this.running = this.running
      .then(() => deliverDueAlerts(this.db, this.options.deliver))
      .catch((error) => (this.options.log ?? console.error)("alerts: delivery failed", error));
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
