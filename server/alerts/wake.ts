// The process's running alert scheduler, if any: data-change hooks wake it so new alerts go out
// at once. Kept apart from server-scheduler.ts so the importer and the CLI need no app server.

import "server-only";

interface Wakeable {
  wake(): void;
}

const g = globalThis as unknown as { __mspKpiAlertScheduler?: Wakeable };

export function registerAlertScheduler(scheduler: Wakeable): () => void {
  g.__mspKpiAlertScheduler = scheduler;
  return () => {
    if (g.__mspKpiAlertScheduler === scheduler) delete g.__mspKpiAlertScheduler;
  };
}

export function runningAlertScheduler(): Wakeable | undefined {
  return g.__mspKpiAlertScheduler;
}

/** Sends queued notifications now, when this process runs a scheduler. */
export function wakeAlertDeliveries(): void {
  g.__mspKpiAlertScheduler?.wake();
}
