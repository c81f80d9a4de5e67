import "server-only";
import { env } from "@/lib/env";
import { alertEvaluationJob } from "../alerts";
import { clientReportJobs } from "../client-reports/job";
import { getDb } from "../database";
import { digestJob } from "../digest/job";
import { processSingletons } from "../process-singletons";
import { rollupRebuildJob } from "../rollups/rebuild-job";
import { stopOnShutdown } from "../stop-on-shutdown";
import { JobRunner, type JobHandler } from "./runner";

// The job runner inside the app server (started by instrumentation.ts), a few seconds after the
// server so a process that only loads the app briefly (a build worker) never opens the database.
// Every instance runs one; the jobs table hands each due job to one of them.

const STARTUP_DELAY_MS = 5_000;

/** The scheduled work of this instance: digests and client reports only when there is an SMTP server to send them. */
export function serverJobHandlers(): JobHandler[] {
  const always = [alertEvaluationJob, rollupRebuildJob];
  return env.SMTP_URL ? [...always, digestJob(), ...clientReportJobs()] : always;
}

export function startServerJobRunner(): void {
  if (processSingletons.jobRunner) return;
  processSingletons.jobRunner = {};
  const timer = setTimeout(async () => {
    try {
      const handlers = serverJobHandlers();
      const runner = new JobRunner(await getDb(), handlers);
      processSingletons.jobRunner = { running: runner };
      runner.start();
      stopOnShutdown(runner);
      console.log(`Job runner started: ${handlers.map((h) => h.kind).join(", ")}${env.SMTP_URL ? "" : " (no weekly digests or client reports: SMTP_URL is not set)"}.`);
    } catch (error) {
      console.error("Job runner not started: the database could not be opened.", error);
    }
  }, STARTUP_DELAY_MS);
  timer.unref();
}
