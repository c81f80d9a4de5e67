import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { processSingletons } from "../process-singletons";

// The production server (scripts/lib/serve.ts) answers webhook deliveries itself, without Next's
// per-request cost, but the code that answers them runs inside Next's server (registered from
// instrumentation.ts), where the process's database handle lives. This is where the two meet.

export interface WebhookRoute {
  source: string;
  endpointId: string;
}

export type WebhookListener = (req: IncomingMessage, res: ServerResponse, route: WebhookRoute) => Promise<void>;

export function registerWebhookListener(listener: WebhookListener): void {
  processSingletons.webhookListener = listener;
}

/** Undefined until Next's server has started; until then Next's own route answers. */
export function webhookListener(): WebhookListener | undefined {
  return processSingletons.webhookListener;
}
