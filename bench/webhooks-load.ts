import http from "node:http";

// A small HTTP load generator (autocannon is not a dependency): N concurrent senders over one
// keep-alive agent, each POSTing the next prepared request until all are sent.

export interface PreparedRequest {
  /** POST unless said. */
  method?: string;
  path: string;
  body: Buffer;
  headers: Record<string, string>;
}

export interface LoadResult {
  sent: number;
  byStatus: Record<number, number>;
  /** Latency of each request, in ms. */
  latencies: number[];
  wallMs: number;
  errors: number;
}

export async function runLoad(base: string, requests: PreparedRequest[], concurrency: number): Promise<LoadResult> {
  const url = new URL(base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const result: LoadResult = { sent: 0, byStatus: {}, latencies: new Array<number>(requests.length), wallMs: 0, errors: 0 };
  let next = 0;
  const one = (r: PreparedRequest) =>
    new Promise<number>((resolve) => {
      const req = http.request(
        {
          agent, host: url.hostname, port: url.port, path: r.path, method: r.method ?? "POST",
          headers: { ...r.headers, "content-length": String(r.body.length) },
        },
        (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        },
      );
      req.on("error", () => resolve(0));
      req.end(r.body);
    });
  const sender = async () => {
    for (;;) {
      const i = next++;
      if (i >= requests.length) return;
      const started = performance.now();
      const status = await one(requests[i]!);
      result.latencies[i] = performance.now() - started;
      result.byStatus[status] = (result.byStatus[status] ?? 0) + 1;
      if (status === 0) result.errors++;
      result.sent++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, sender));
  result.wallMs = performance.now() - started;
  agent.destroy();
  return result;
}

export function percentile(values: number[], p: number): number {
  const sorted = values.filter((v) => v !== undefined).sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** The baseline: a bare node:http server that reads the body and answers 202, nothing else. */
export const BARE_SERVER = `
const http = require("node:http");
const server = http.createServer((req, res) => {
  req.on("data", () => {});
  req.on("end", () => { res.writeHead(202, { "content-type": "application/json" }); res.end('{"accepted":true}'); });
});
server.keepAliveTimeout = 65000;
server.listen(0, "127.0.0.1", () => console.log(server.address().port));
`;
