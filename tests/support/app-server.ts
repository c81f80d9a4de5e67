import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEMO_OWNER } from "@/server/demo/demo-owner";

// Starts the real app over real HTTP for browser tests, through scripts/start.ts (build if needed,
// migrate, demo data, `next start`) on a free port with a fresh PGlite folder.

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX_CLI = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");

/** A running app a browser test talks to: the shared demo server, or one of the test's own. */
export interface App {
  url: string;
  port: number;
  /** A `Cookie` header value signing in as the demo owner (one sign-in per app and file, then reused). */
  ownerCookie: () => Promise<string>;
}

export interface AppServer extends App {
  /** The server's process group (tsx → node → next-server). */
  pid: number;
  /** Its data folder (pglite/, uploads/), removed when it stops. */
  dataDir: string;
  /** Output so far, for failure messages. */
  output: () => string;
  /** SIGKILL to the whole process group at once: a crash, nothing shuts down. The data folder stays (stop removes it). */
  kill: () => Promise<void>;
  stop: () => Promise<void>;
}

export interface StartAppServerOptions {
  /** Extra environment for the server (merged over process.env). */
  env?: Record<string, string>;
  /** A data folder (pglite/, uploads/) to start from, e.g. one with the demo data already loaded. */
  copyDataFrom?: string;
  /** A migrated PGlite folder to start from, so the server skips initdb and every migration. */
  copyPgliteFrom?: string;
  /** How long to wait for HTTP 200 on "/". Default 420 s: a build on a busy 2-core machine can take minutes. */
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
      process.kill(-pid, sig); // the whole group: tsx → node → next-server
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

export { DEMO_OWNER };

/**
 * Signs in over real HTTP and returns the session cookie as a Cookie header value. `clientIp` is sent
 * as X-Forwarded-For, which counts only on a server started with MSP_KPI_TRUST_PROXY=1.
 */
export async function signInCookie(url: string, credentials: { email: string; password: string } = DEMO_OWNER, clientIp?: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: url, ...(clientIp ? { "X-Forwarded-For": clientIp } : {}) },
    body: JSON.stringify({ email: credentials.email, password: credentials.password }),
  });
  if (!response.ok) throw new Error(`sign-in as ${credentials.email} failed: HTTP ${response.status} ${await response.text()}`);
  const cookies = response.headers.getSetCookie().map((c) => c.split(";")[0]!);
  const session = cookies.find((c) => c.includes("session_token="));
  if (!session) throw new Error(`sign-in set no session cookie: ${cookies.join(", ")}`);
  return session;
}

export async function startAppServer(options: StartAppServerOptions = {}): Promise<AppServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), "msp-kpi-e2e-"));
  if (options.copyDataFrom) cpSync(options.copyDataFrom, dataDir, { recursive: true });
  if (options.copyPgliteFrom) cpSync(options.copyPgliteFrom, path.join(dataDir, "pglite"), { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    PGLITE_DIR: path.join(dataDir, "pglite"),
    UPLOAD_DIR: path.join(dataDir, "uploads"),
    ...options.env,
  };
  // The same path as `npm start` (build if sources changed, migrate, load the demo data, serve),
  // through tsx directly: npx would add seconds of npm start-up per server on a busy machine.
  const child = spawn(process.execPath, [TSX_CLI, "scripts/start.ts"], { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });

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
  const kill = async () => {
    if (exited(child)) return;
    const done = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    process.kill(-child.pid!, "SIGKILL");
    await done;
  };
  try {
    await waitForOk(`${url}/`, child, output, options.timeoutMs ?? 420_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, pid: child.pid!, dataDir, output, kill, stop, ownerCookie: ownerCookieOf(url) };
}

/** The demo owner's cookie for the app at url, signed in on first use. */
export function ownerCookieOf(url: string): () => Promise<string> {
  let cookie: Promise<string> | null = null;
  return () => (cookie ??= signInCookie(url));
}
