import { execFileSync, spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { setPriority } from "node:os";
import path from "node:path";

// What `next build` compiles (the pages and route handlers with everything they import, the proxy and
// the instrumentation hook) and the configuration it reads.
export const BUILD_SOURCES = [
  "app",
  "components",
  "lib",
  "db",
  "server",
  "fixtures",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.mjs",
  "tailwind.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

/** Whether there is no production build, or a source file is newer than it. */
export function buildNeeded(root: string): { needed: boolean; message: string } {
  const buildId = path.join(root, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const changedAt = Math.max(...BUILD_SOURCES.map((s) => newestMtime(path.join(root, s))));
  return {
    needed: builtAt <= changedAt,
    message: builtAt ? "Sources changed since the last build: building…" : "No production build yet: building (about a minute)…",
  };
}

function nextBuild(root: string): { args: string[]; cwd: string; env: NodeJS.ProcessEnv } {
  return {
    args: [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"],
    cwd: root,
    // The build must not touch the real database: a build worker that opened the embedded one
    // would still hold its lock when the server starts.
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PGLITE_DIR: "memory://", DATABASE_URL: "" },
  };
}

/** Runs `next build` when there is no production build or a source file is newer than it. */
export function buildIfNeeded(root = process.cwd()): boolean {
  const { needed, message } = buildNeeded(root);
  if (!needed) return false;
  console.log(message);
  const { args, ...options } = nextBuild(root);
  execFileSync(process.execPath, args, { ...options, stdio: "inherit" });
  return true;
}

/**
 * buildIfNeeded without blocking: for the test run, which builds beside the unit tests. The build
 * runs at a lower priority, so it takes the CPU the tests leave idle; its output is kept for the
 * error when it fails.
 */
export async function buildInBackgroundIfNeeded(root = process.cwd()): Promise<void> {
  if (!buildNeeded(root).needed) return;
  const { args, ...options } = nextBuild(root);
  const child = spawn(process.execPath, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
  if (child.pid !== undefined) setPriority(child.pid, 10);
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  });
  if (code !== 0) throw new Error(`next build failed (exit ${code}):\n${output}`);
}
