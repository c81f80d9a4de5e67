import { existsSync, readFileSync } from "node:fs";
import { inject } from "vitest";
import type { PooledServer } from "./server-pool";

/**
 * What e2e-global-setup.ts announces once the build, the demo data and the demo servers are up:
 * one shared demo server per vitest worker (`urls`), and the servers started ahead for files of their own.
 */
export type E2eReady = { urls: string[]; pool: PooledServer[] } | { error: string };

/**
 * How long a browser file waits for the background build and the shared server: the build shares
 * two cores with the unit tests, so this is a limit for a hung build, not a speed test.
 */
export const E2E_READY_TIMEOUT_MS = 1_200_000;

function announced(): E2eReady | null {
  const file = inject("e2eReadyFile");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as E2eReady) : null;
}

/** Waits until the shared demo server serves; throws the build's or the server's error. */
export async function waitForSharedServer(): Promise<void> {
  const deadline = Date.now() + E2E_READY_TIMEOUT_MS;
  for (let ready = announced(); ; ready = announced()) {
    if (ready && "error" in ready) throw new Error(`the shared demo server did not start:\n${ready.error}`);
    if (ready) return;
    if (Date.now() > deadline) throw new Error(`the shared demo server was not ready after ${E2E_READY_TIMEOUT_MS} ms`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/**
 * The URL of this worker's shared demo server, once waitForSharedServer has returned. Browser files
 * run two at a time, one per worker, and each worker has a demo server of its own: the files of one
 * worker run one after another on it, so what one file saves never changes a page another file
 * is reading at that moment.
 */
export function sharedServerUrl(): string {
  const ready = announced();
  if (!ready || "error" in ready) throw new Error("the shared demo server is not ready");
  const worker = Number(process.env.VITEST_POOL_ID ?? 1);
  return ready.urls[(worker - 1) % ready.urls.length]!;
}
