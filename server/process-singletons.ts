import "server-only";
import type { Database } from "@/db/client";
import type { PdfRenderer } from "./qbr/pdf";
import type { WebhookListener } from "./webhooks/node-listener";
import type { ReceiveState } from "./webhooks/receive";
import type { WebhookWorker } from "./webhooks/worker";

// What one server process holds once, whichever module graph asks. Next bundles instrumentation,
// route handlers and server actions apart, and scripts/lib/serve.ts loads its own copy through
// tsx: a module-level variable would exist once per graph, so these live on globalThis, under one key.

export interface Wakeable {
  wake(): void;
}

interface ProcessSingletons {
  /** The database handle (database.ts). */
  database?: Promise<Database>;
  /** Answers webhook deliveries for scripts/lib/serve.ts once Next's server has started (webhooks/node-listener.ts). */
  webhookListener?: WebhookListener;
  /** Workers woken when a webhook event is stored (webhooks/worker-registry.ts). */
  webhookWorkers: Set<Wakeable>;
  /** The webhook worker the app server runs (webhooks/server-worker.ts). */
  serverWebhookWorker?: WebhookWorker;
  /** Endpoint cache, insert batchers and rate limits of webhook receiving (webhooks/receive.ts). */
  webhookReceive?: ReceiveState;
  /** The running alert scheduler, woken when data changes (alerts/wake.ts). */
  alertScheduler?: Wakeable;
  /** Set once this process starts its job runner; `running` once it runs (jobs/server-runner.ts). */
  jobRunner?: { running?: Wakeable };
  /** The browser one-off PDFs are printed on, and when it closes for being idle (qbr/pdf.ts). */
  pdfRenderer?: { renderer: Promise<PdfRenderer>; printing: number; idle?: NodeJS.Timeout };
}

const holder = globalThis as unknown as { __mspKpi?: ProcessSingletons };

export const processSingletons: ProcessSingletons = (holder.__mspKpi ??= { webhookWorkers: new Set() });
