// Next.js calls register() once when a server instance starts. In the Node.js runtime it starts
// the webhook worker (db/webhooks/worker.ts) inside the app server, so stored events are applied
// without a separate process. NEXT_RUNTIME is inlined per bundle by Next (the one environment
// read outside lib/env.ts), which keeps the worker out of the edge bundle entirely.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServerWebhookWorker } = await import("./db/webhooks/server-worker");
  await startServerWebhookWorker();
}
