import "server-only";
import type { IncomingMessage } from "node:http";
import { STATIC_SECURITY_HEADERS } from "@/lib/http/security-headers";
import { getDb } from "../database";
import { answerWebhookDelivery } from "./answer-delivery";
import { registerWebhookListener } from "./node-listener";
import type { HeaderReader } from "./receive";

// Registers the node:http side of answerWebhookDelivery for scripts/lib/serve.ts (called from
// instrumentation.ts, inside Next's server, so it shares the database handle and the worker).

function headersOf(req: IncomingMessage): HeaderReader {
  return {
    get(name) {
      const value = req.headers[name];
      return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
    },
  };
}

// Leaving a for-await over an IncomingMessage early destroys the socket, so a body over the limit
// could not be answered 413. This iterator has no return(): the rest stays unread and the
// connection is closed after the answer instead.
function bodyOf(req: IncomingMessage): AsyncIterable<Uint8Array> {
  return {
    [Symbol.asyncIterator]() {
      const chunks = req[Symbol.asyncIterator]();
      return { next: () => chunks.next() };
    },
  };
}

export function startServerWebhookListener(): void {
  registerWebhookListener(async (req, res, route) => {
    const answer = await answerWebhookDelivery(getDb, { ...route, headers: headersOf(req), body: bodyOf(req) });
    if (!req.complete) res.setHeader("connection", "close");
    // The headers proxy.ts gives every response Next answers (its CSP guards pages, not JSON).
    res.writeHead(answer.status, { ...STATIC_SECURITY_HEADERS, ...answer.headers });
    res.end(answer.body);
  });
}
