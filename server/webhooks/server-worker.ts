import "server-only";
import { getDb } from "../database";
import { processSingletons } from "../process-singletons";
import { stopOnShutdown } from "../stop-on-shutdown";
import { pollMsFor, WebhookWorker } from "./worker";

// The worker inside the app server (started by instrumentation.ts). Further app instances each
// run one too; FOR UPDATE SKIP LOCKED keeps them from taking the same events. Stored events wait
// safely in the inbox, so a worker that cannot start costs delay, never data.

export async function startServerWebhookWorker(): Promise<void> {
  if (processSingletons.serverWebhookWorker) return;
  try {
    const db = await getDb();
    const worker = new WebhookWorker(db);
    processSingletons.serverWebhookWorker = worker;
    worker.start();
    stopOnShutdown(worker);
    console.log(`Webhook worker started (polls every ${pollMsFor(db.kind) / 1000} s, woken by each stored event).`);
  } catch (error) {
    console.error("Webhook worker not started: the database could not be opened.", error);
  }
}
