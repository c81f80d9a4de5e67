// Next.js calls register() once when a server instance starts. In the Node.js runtime it starts
// the webhook worker (server/webhooks/worker.ts) inside the app server, so stored events are applied
// without a separate process, the webhook listener scripts/lib/serve.ts answers deliveries with
// (server/webhooks/server-listener.ts), the alert deliveries, and the job runner (server/jobs/: alert
// evaluations, digests, rollup rebuilds for changed settings). NEXT_RUNTIME is inlined per bundle by Next
// (the one environment read outside lib/env.ts), which keeps the worker out of the edge bundle entirely.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` runs this in its page-data workers too: they must not open the database (an
  // embedded one would stay locked by a build worker when the server starts).
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startServerWebhookListener } = await import("./server/webhooks/server-listener");
  startServerWebhookListener();
  const { startServerWebhookWorker } = await import("./server/webhooks/server-worker");
  await startServerWebhookWorker();
  const { startServerAlertScheduler } = await import("./server/alerts/server-scheduler");
  startServerAlertScheduler();
  const { startServerJobRunner } = await import("./server/jobs/server-runner");
  startServerJobRunner();
}
