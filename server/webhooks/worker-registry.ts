// The in-process worker, if one runs: the receiving route wakes it after storing an event so it
// need not wait for its next poll.

import "server-only";
import { processSingletons, type Wakeable } from "../process-singletons";

const workers = processSingletons.webhookWorkers;

export function registerWebhookWorker(worker: Wakeable): () => void {
  workers.add(worker);
  return () => workers.delete(worker);
}

export function wakeWebhookWorker(): void {
  for (const w of workers) w.wake();
}
