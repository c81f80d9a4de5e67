import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

// Starts the real app over real HTTP for browser tests: a production build, `next start` (or
// scripts/start.ts once it exists, which also migrates and loads demo data), a fresh PGlite folder.

const ROOT = path.resolve(import.meta.dirname, "../..");
const SOURCE_DIRS = ["app", "components", "lib", "db"];
const SOURCE_FILES = ["next.config.mjs", "tailwind.config.ts", "postcss.config.mjs", "package-lock.json", "tsconfig.json"];
const START_SCRIPT = path.join(ROOT, "scripts/start.ts");

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

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** True when .next/BUILD_ID is missing or older than any source file. */
export function buildIsStale(): boolean {
  const buildId = path.join(ROOT, ".next/BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const sources = [...SOURCE_DIRS, ...SOURCE_FILES].map((p) => newestMtime(path.join(ROOT, p)));
  return Math.max(...sources) > built;
}

/** Runs `next build` when the build is missing or stale; throws with the build output on failure. */
export function ensureBuild(): void {
  if (!buildIsStale()) return;
  const result = spawnSync("npx", ["next", "build"], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    encoding: "utf8",
    timeout: 300_000,
  });
  if (result.status !== 0) {
    throw new Error(`next build failed (exit ${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
  }
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
  const useStartScript = existsSync(START_SCRIPT);
  // scripts/start.ts builds for itself; otherwise we make sure `next start` has a current build.
  if (!useStartScript) ensureBuild();

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
  const args = useStartScript ? ["tsx", "scripts/start.ts"] : ["next", "start", "-p", String(port), "-H", "127.0.0.1"];
  const child = spawn("npx", args, { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });

  let log = "";
  const append = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  const output = () => log;

  // `next start` is bound to 127.0.0.1 above; the start script picks its own host, so use the name.
  const url = useStartScript ? `http://localhost:${port}` : `http://127.0.0.1:${port}`;
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
