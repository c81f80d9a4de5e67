import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { inject } from "vitest";
import { ownerCookieOf, startAppServer, type AppServer } from "./app-server";
import type { E2eReady } from "./e2e-ready";

// Servers of a file's own, started ahead: during a whole run, e2e-global-setup.ts starts one demo
// server per `useOwnServer()` (no options) in the browser files while the unit project runs, and
// each such file claims one instead of starting it then. Each server is still used by one file only.

/** A pooled server as e2e-global-setup.ts announces it. */
export interface PooledServer {
  url: string;
  pid: number;
  dataDir: string;
}

const ROOT = path.resolve(import.meta.dirname, "../..");

/** The browser test files, as paths relative to the project (tests/e2e/x.test.ts). */
export function browserTestFiles(): string[] {
  return readdirSync(path.join(ROOT, "tests/e2e")).filter((name) => name.endsWith(".test.ts")).map((name) => `tests/e2e/${name}`);
}

/** How many browser files call `useOwnServer()` without options, so that a pooled server suits each. */
export function plainOwnServerFiles(): number {
  return browserTestFiles().filter((file) => /useOwnServer\(\)/.test(readFileSync(path.join(ROOT, file), "utf8"))).length;
}

/**
 * Starts `count` demo servers one after another (a copy of demoDir each). It stops at the first that
 * fails: the files left without one start their own, and report that server's error themselves.
 */
export async function startServerPool(demoDir: string, count: number): Promise<AppServer[]> {
  const servers: AppServer[] = [];
  try {
    for (let i = 0; i < count; i++) servers.push(await startAppServer({ copyDataFrom: demoDir }));
  } catch {
    // the files left over start their own
  }
  return servers;
}

/** Stops a pooled server; `crash`: SIGKILL at once and keep its data folder, as AppServer.kill does. */
function stopPooled(server: PooledServer, crash = false): Promise<void> {
  const alive = () => {
    try {
      process.kill(server.pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-server.pid, sig); // the whole group: tsx → node → next-server
    } catch {
      // already gone
    }
  };
  signal(crash ? "SIGKILL" : "SIGTERM");
  return new Promise((resolve) => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (alive() && Date.now() - started < 5_000) return;
      clearInterval(timer);
      signal("SIGKILL");
      if (!crash) rmSync(server.dataDir, { recursive: true, force: true });
      resolve();
    }, 100);
  });
}

/** One pooled server no other file has claimed (claims are directories: mkdir is atomic), or null. */
export function claimPooledServer(): AppServer | null {
  const readyFile = inject("e2eReadyFile");
  const ready = JSON.parse(readFileSync(readyFile, "utf8")) as E2eReady;
  if ("error" in ready) return null;
  for (const [i, server] of ready.pool.entries()) {
    try {
      mkdirSync(`${readyFile}.claims/${i}`, { recursive: false });
    } catch {
      continue;
    }
    const { port } = new URL(server.url);
    return { ...server, port: Number(port), output: () => "", kill: () => stopPooled(server, true), stop: () => stopPooled(server), ownerCookie: ownerCookieOf(server.url) };
  }
  return null;
}
