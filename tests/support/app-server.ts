import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

// Starts the real app over real HTTP for browser tests, through scripts/start.ts (build if needed,
// migrate, demo data, `next start`) on a free port with a fresh PGlite folder.

const ROOT = path.resolve(import.meta.dirname, "../..");
export interface AppServer {
  url: string;
  port: number;
  /** Output so far, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

export interface StartAppServerOptions {
  /** Extra environment for the server (merged over process.env). */
  env?: Record<string, string>;
  /** How long to wait for HTTP 200 on "/". Default 180 s. */
  timeoutMs?: number;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

async function waitForOk(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "no response yet";
  while (Date.now() < deadline) {
    if (exited(child)) throw new Error(`app server exited early (code ${child.exitCode ?? child.signalCode}):\n${output()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
      if (response.status === 200) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`app server not ready at ${url} after ${timeoutMs} ms (${last}):\n${output()}`);
}

async function killGroup(child: ChildProcess): Promise<void> {
  if (exited(child) || child.pid === undefined) return;
  const pid = child.pid;
  const done = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pid, sig); // the whole group: npx → node → next-server
    } catch {
      // already gone
    }
  };
  signal("SIGTERM");
  const timer = setTimeout(() => signal("SIGKILL"), 5_000);
  await done;
  clearTimeout(timer);
  signal("SIGKILL"); // stragglers that ignored SIGTERM after the leader left
}

export async function startAppServer(options: StartAppServerOptions = {}): Promise<AppServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), "msp-kpi-e2e-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    PGLITE_DIR: path.join(dataDir, "pglite"),
    UPLOAD_DIR: path.join(dataDir, "uploads"),
    ...options.env,
  };
  // The same path as `npm start`: build if sources changed, migrate, load the demo data, serve.
  const child = spawn("npx", ["tsx", "scripts/start.ts"], { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });

  let log = "";
  const append = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  const output = () => log;

  const url = `http://localhost:${port}`;
  const stop = async () => {
    await killGroup(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForOk(`${url}/`, child, output, options.timeoutMs ?? 180_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, output, stop };
}
