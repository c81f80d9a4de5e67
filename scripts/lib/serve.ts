// The production server behind `npm start`: one node:http listener that answers webhook
// deliveries itself, without Next's per-request cost (an RMM tool may send thousands a minute),
// and hands every other request to Next through its programmatic API.
import http from "node:http";
import next from "next";
import { webhookListener, type WebhookRoute } from "@/server/webhooks/node-listener";
import { onClosedOutput } from "./closed-output";

const WEBHOOK_PATH = /^\/api\/webhooks\/([^/?#]+)\/([^/?#]+)(?:\?.*)?$/;

/** A delivery to POST /api/webhooks/<source>/<endpoint-id>, with the segments decoded as Next would; else null. */
export function webhookRouteOf(method: string | undefined, url: string | undefined): WebhookRoute | null {
  const match = method === "POST" && url ? WEBHOOK_PATH.exec(url) : null;
  if (!match) return null;
  try {
    return { source: decodeURIComponent(match[1]!), endpointId: decodeURIComponent(match[2]!) };
  } catch {
    return null; // malformed escapes: Next answers
  }
}

export async function serve(options: { dir: string; port: number; trustProxy: boolean }): Promise<http.Server> {
  // tsx turned source maps on for scripts/start.ts; left on, every server chunk Next loads reads its
  // map too (56 MB of them), ~1 CPU-s per start. `next start` runs without them as well.
  process.setSourceMapsEnabled(false);
  // As `next start` does: React and Next pick their production builds from NODE_ENV.
  Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV || "production" });
  const app = next({ dev: false, dir: options.dir, port: options.port });
  const handle = app.getRequestHandler();
  // Starts Next's server, which runs instrumentation.ts: the webhook worker and listener start
  // now, not on the first page request.
  await app.prepare();

  const server = http.createServer((req, res) => {
    const route = webhookRouteOf(req.method, req.url);
    const listener = route ? webhookListener() : undefined;
    if (route && listener) {
      listener(req, res, route).catch((error: unknown) => {
        // Every failure of the delivery itself is answered in words; this is the socket failing.
        console.error(error);
        res.destroy();
      });
    } else {
      // The sign-in rate limit keys on X-Forwarded-For, and Next builds request URLs from
      // X-Forwarded-Proto/Host: unless a trusted proxy in front wrote them, they describe the
      // connection itself (Next fills in proto and host), whatever the client sent.
      if (!options.trustProxy) {
        req.headers["x-forwarded-for"] = req.socket.remoteAddress ?? "";
        delete req.headers["x-forwarded-proto"];
        delete req.headers["x-forwarded-host"];
      }
      void handle(req, res);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, () => resolve());
  });

  let closing = false;
  // Exit codes as a shell reports a process ended by that signal: 128 + its number.
  const close = (exitCode: 130 | 141 | 143) => {
    if (closing) return;
    closing = true;
    // Stop taking requests, let Next finish its own, then exit as `next start` does.
    server.close();
    server.closeIdleConnections();
    void app.close().finally(() => process.exit(exitCode));
  };
  process.on("SIGINT", () => close(130));
  process.on("SIGTERM", () => close(143));
  onClosedOutput(() => close(141));
  return server;
}
