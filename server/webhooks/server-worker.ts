import "server-only";
import { getDb } from "@/db";
import { WebhookWorker } from "./worker";

// The worker inside the app server (started by instrumentation.ts). Further app instances each
// run one too; FOR UPDATE SKIP LOCKED keeps them from taking the same events. Stored events wait
// safely in the inbox, so a worker that cannot start costs delay, never data.

const g = globalThis as unknown as { __mspKpiServerWebhookWorker?: WebhookWorker };

export async function startServerWebhookWorker(): Promise<void> {
  if (g.__mspKpiServerWebhookWorker) return;
  try {
    const worker = new WebhookWorker(await getDb());
    g.__mspKpiServerWebhookWorker = worker;
    worker.start();
    const stop = () => void worker.stop();
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
    console.log("Webhook worker started (polls every 500 ms, woken by each stored event).");
  } catch (error) {
    console.error("Webhook worker not started: the database could not be opened.", error);
  }
}
