// The process's running alert scheduler, if any: data-change hooks wake it so new alerts go out
// at once. Kept apart from server-scheduler.ts so the importer and the CLI need no app server.

import "server-only";
import { processSingletons, type Wakeable } from "../process-singletons";

export function registerAlertScheduler(scheduler: Wakeable): () => void {
  processSingletons.alertScheduler = scheduler;
  return () => {
    if (processSingletons.alertScheduler === scheduler) delete processSingletons.alertScheduler;
  };
}

export function runningAlertScheduler(): Wakeable | undefined {
  return processSingletons.alertScheduler;
}

/** Sends queued notifications now, when this process runs a scheduler. */
export function wakeAlertDeliveries(): void {
  processSingletons.alertScheduler?.wake();
}
