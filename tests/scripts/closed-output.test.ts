import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The server's log pipe closing (its reader gone) must end the server, not spin it: Next logs
// uncaught errors instead of exiting, and logging a failed write fails again.

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Starts the child, waits for its first log line, then closes the reading end of its stdout and stderr. */
async function startThenCloseOutput(args: string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/scripts/closed-output-child.ts", ...args], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  await new Promise((resolve) => child.stdout!.once("data", resolve));
  child.stdout!.destroy();
  child.stderr!.destroy();
  return child;
}

function exitCode(child: ChildProcess, withinMs: number): Promise<number | null | "running"> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve("running"), withinMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

function counts(child: ChildProcess): Promise<{ lines: number; uncaught: number }> {
  return new Promise((resolve) => {
    child.once("message", (message) => resolve(message as { lines: number; uncaught: number }));
    child.send("counts?");
  });
}

describe("a closed log pipe", () => {
  it("ends the process with 141 (128 + SIGPIPE)", async () => {
    const child = await startThenCloseOutput(["guard"]);
    try {
      expect(await exitCode(child, 20_000)).toBe(141);
    } finally {
      child.kill("SIGKILL");
    }
  });

  it("left unguarded, keeps the process logging its own write errors, many per line it meant to log", async () => {
    const child = await startThenCloseOutput([]);
    try {
      expect(await exitCode(child, 2_000)).toBe("running");
      const { lines, uncaught } = await counts(child);
      // Each failed write is logged, and that write fails too: a loop, not one error per line.
      expect(uncaught).toBeGreaterThan(20 * Math.max(lines, 1));
    } finally {
      child.kill("SIGKILL");
    }
  });
});
