import "server-only";
import { getDb } from "../database";
import { stopOnShutdown } from "../stop-on-shutdown";
import { AlertScheduler } from "./scheduler";
import { registerAlertScheduler, runningAlertScheduler } from "./wake";

// The alert deliveries inside the app server (started by instrumentation.ts); the scheduled
// evaluation is a job of the job runner (server/jobs). Every instance runs one; deliveries are
// claimed with SKIP LOCKED, so none is sent twice. It starts a few seconds after the server, so a process
// that only loads the app briefly (a build worker) never opens the database for it.

const STARTUP_DELAY_MS = 5_000;

export function startServerAlertScheduler(): void {
  if (runningAlertScheduler()) return;
  const timer = setTimeout(async () => {
    try {
      const scheduler = new AlertScheduler(await getDb());
      registerAlertScheduler(scheduler);
      scheduler.start();
      stopOnShutdown(scheduler);
      console.log("Alert deliveries started (notifications go out every 10 s; the job runner evaluates the rules).");
    } catch (error) {
      console.error("Alert scheduler not started: the database could not be opened.", error);
    }
  }, STARTUP_DELAY_MS);
  timer.unref();
}
