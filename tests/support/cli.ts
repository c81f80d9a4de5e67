import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { runCli as runCliCommand } from "@/cli/run";
import { openDatabase } from "@/db/client";

const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * How long one CLI run may take: a tsx start, a PGlite open and the work. A limit for a hung run,
 * not a speed test: on a 2-core machine shared by many jobs one run has taken over 2 minutes.
 */
export const CLI_RUN_TIMEOUT_MS = 300_000;

/** A test's time limit for `runs` CLI runs in a row, so it fails only when a run itself would. */
export const cliTestTimeout = (runs: number): number => runs * CLI_RUN_TIMEOUT_MS;

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

const cliEnv = (env: Record<string, string>): NodeJS.ProcessEnv => ({ ...process.env, DATABASE_URL: "", ...env });

/**
 * Runs `msp-kpi …` in this process (cli/run.ts, what bin/msp-kpi.mjs runs): the same arguments,
 * environment, output and exit code, without seconds of tsx start-up per run. spawnCli proves the
 * binary itself.
 */
export async function runCli(args: string[], env: Record<string, string>): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCliCommand(args, {
    env: cliEnv(env),
    out: (text) => (stdout += `${text}\n`),
    err: (text) => (stderr += `${text}\n`),
  });
  return { code, stdout, stderr };
}

/** Runs `msp-kpi …` as a user would (bin/msp-kpi.mjs in a child process). */
export function spawnCli(args: string[], env: Record<string, string>): CliRun {
  const result = spawnSync(process.execPath, [path.join(ROOT, "bin/msp-kpi.mjs"), ...args], {
    cwd: ROOT,
    env: cliEnv(env),
    encoding: "utf8",
    timeout: CLI_RUN_TIMEOUT_MS,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** runCli without blocking this process, for a run that talks to a server the test itself runs (SMTP, HTTP). */
export function runCliAsync(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "bin/msp-kpi.mjs"), ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: "", ...env },
      timeout: CLI_RUN_TIMEOUT_MS,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs `sql` against the CLI's embedded database once the CLI has exited (PGlite allows one process at a time). */
export async function queryCliDatabase<T>(dataDir: string, sql: string): Promise<T[]> {
  const db = await openDatabase({ kind: "pglite", dataDir });
  try {
    return await db.query<T>(sql);
  } finally {
    await db.close();
  }
}
