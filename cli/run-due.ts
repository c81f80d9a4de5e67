import { runDueJobs, type JobHandler } from "@/server/jobs/runner";
import { openCliDatabase, UsageError, type CliIo } from "./context";

/**
 * `… run-due` for cron setups instead of the app's job runner: one pass of these job kinds, each
 * due job once (another instance running the same pass skips what this one claimed), then exit.
 */
export async function runDueOnce(io: CliIo, handlers: (smtpUrl: string) => JobHandler[], words: { what: string; done: string }): Promise<number> {
  if (!io.env.SMTP_URL) throw new UsageError(`SMTP_URL is not set: ${words.what} cannot be sent.`);
  const { db } = await openCliDatabase(io.env);
  try {
    const runs = await runDueJobs(db, handlers(io.env.SMTP_URL));
    for (const run of runs) io.out(`${run.kind} ${run.key}: ${run.ok ? words.done : "failed (retried later)"}${run.late ? ", late" : ""}`);
    io.out(`${runs.filter((r) => r.ok).length} of ${runs.length} due ${words.what} ${words.done}.`);
    return runs.every((r) => r.ok) ? 0 : 1;
  } finally {
    await db.close();
  }
}
