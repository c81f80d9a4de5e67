// The in-process worker, if one runs: the receiving route wakes it after storing an event so it
// need not wait for its next poll. On globalThis because instrumentation and route handlers are
// bundled separately but share the process.

import "server-only";

export interface Wakeable {
  wake(): void;
}

const g = globalThis as unknown as { __mspKpiWebhookWorkers?: Set<Wakeable> };
const workers = (g.__mspKpiWebhookWorkers ??= new Set());

export function registerWebhookWorker(worker: Wakeable): () => void {
  workers.add(worker);
  return () => workers.delete(worker);
}

export function wakeWebhookWorker(): void {
  for (const w of workers) w.wake();
}
