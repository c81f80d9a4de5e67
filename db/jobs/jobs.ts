import "server-only";
import type { SqlRunner } from "../client";

// The jobs table of the job runner (server/jobs/runner.ts). A run claims its row with FOR UPDATE
// SKIP LOCKED and stamps claimed_at, so another instance neither waits for it nor runs it too; the
// stamp, not a held transaction, keeps the claim while the job runs (a long SMTP exchange keeps
// no transaction open). A claim older than the lease is taken to be from a crashed instance.

export interface ClaimedJob {
  id: number;
  kind: string;
  key: string;
  dueAt: Date;
}

export interface JobState {
  dueAt: Date;
  lastRunAt: Date | null;
  lastRunLate: boolean;
  lastError: string | null;
  runs: number;
}

/** Adds the job unless a job of that kind and key exists (whose due time then stays). */
export async function ensureJob(db: SqlRunner, kind: string, key: string, dueAt: Date): Promise<void> {
  await db.query("insert into jobs (kind, key, due_at) values ($1, $2, $3) on conflict (kind, key) do nothing", [kind, key, dueAt]);
}

export async function deleteJob(db: SqlRunner, kind: string, key: string): Promise<void> {
  await db.query("delete from jobs where kind = $1 and key = $2", [kind, key]);
}

export async function getJob(db: SqlRunner, kind: string, key: string): Promise<JobState | null> {
  const [row] = await db.query<JobState>(
    `select due_at as "dueAt", last_run_at as "lastRunAt", last_run_late as "lastRunLate", last_error as "lastError", runs
     from jobs where kind = $1 and key = $2`,
    [kind, key],
  );
  return row ?? null;
}

/**
 * The earliest due job of these kinds that nobody holds, now claimed; null when none is due. A
 * claim older than its kind's lease (milliseconds, by kind) no longer holds.
 */
export async function claimDueJob(db: SqlRunner, leaseMsByKind: Map<string, number>, now: Date): Promise<ClaimedJob | null> {
  const [row] = await db.query<ClaimedJob>(
    `update jobs set claimed_at = $3
     where id = (
       select j.id from jobs j join unnest($1::text[], $2::float8[]) as lease(kind, ms) on lease.kind = j.kind
       where j.due_at <= $3 and (j.claimed_at is null or j.claimed_at <= $3::timestamptz - make_interval(secs => lease.ms / 1000))
       order by j.due_at, j.id limit 1 for update of j skip locked
     )
     returning id, kind, key, due_at as "dueAt"`,
    [[...leaseMsByKind.keys()], [...leaseMsByKind.values()], now],
  );
  return row ?? null;
}

/** Releases a finished job: due again at `nextDue`, or deleted when it is no longer needed. */
export async function finishJob(db: SqlRunner, id: number, run: { at: Date; late: boolean; nextDue: Date | null }): Promise<void> {
  if (run.nextDue === null) {
    await db.query("delete from jobs where id = $1", [id]);
    return;
  }
  await db.query(
    `update jobs set due_at = $2, claimed_at = null, last_run_at = $3, last_run_late = $4, last_error = null, runs = runs + 1 where id = $1`,
    [id, run.nextDue, run.at, run.late],
  );
}

/** Releases a failed job, due again at `retryAt`. */
export async function failJob(db: SqlRunner, id: number, run: { at: Date; late: boolean; retryAt: Date; error: string }): Promise<void> {
  await db.query(
    `update jobs set due_at = $2, claimed_at = null, last_run_at = $3, last_run_late = $4, last_error = $5, runs = runs + 1 where id = $1`,
    [id, run.retryAt, run.at, run.late, run.error],
  );
}
