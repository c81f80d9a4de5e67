import { cpSync, mkdirSync } from "node:fs";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, test as base, inject } from "vitest";
import { ownerCookieOf, startAppServer, type App, type AppServer, type StartAppServerOptions } from "./app-server";
import { launchBrowser, preparePage, type TestPage } from "./browser";
import { sharedServerUrl } from "./e2e-ready";
import { checkoutPage, releasePage, type ContextPage } from "./page-pool";
import { claimPooledServer } from "./server-pool";

// The browser-test harness: each test gets `app` (the shared demo server started once per run by
// e2e-global-setup.ts and waited for by e2e-setup.ts, or the file's own from useOwnServer) and `page`, a signed-in page
// with no other cookies; `newPage` opens more (another locale, signed out). Pages are kept for later
// tests of the worker (page-pool.ts says how each starts clean).

export type PageOptions = BrowserContextOptions & { signedIn?: boolean };

interface E2eFixtures {
  app: App;
  browser: Browser;
  newPage: (options?: PageOptions) => Promise<TestPage>;
  testPage: TestPage;
  page: Page;
  /** Console errors and uncaught page errors of `page`, in order; assert `toEqual([])`. */
  errors: string[];
}

/** How long a server of a file's own may take to start on a busy 2-core machine (the build is done). */
const OWN_SERVER_TIMEOUT_MS = 300_000;

let ownServer: AppServer | undefined;
let sharedApp: App | undefined;

function shared(): App {
  if (sharedApp) return sharedApp;
  const url = sharedServerUrl();
  sharedApp = { url, port: Number(new URL(url).port), ownerCookie: ownerCookieOf(url) };
  return sharedApp;
}

type OwnServerOptions = StartAppServerOptions & { demoData?: boolean };

/**
 * Gives this file a server of its own for every test (before its first test, stopped after its
 * last): for tests that need their own database state or server settings. It starts from a copy of
 * the demo data, or with `demoData: false` from an empty migrated database (neither when env names
 * its own PGLITE_DIR). Options may be a function, read when the server starts (e.g. a port another
 * beforeAll picked). Without options, a server started ahead for it is claimed when there is one
 * (server-pool.ts).
 */
export function useOwnServer(options: OwnServerOptions | (() => OwnServerOptions) = {}): () => AppServer {
  beforeAll(async () => {
    const chosen = typeof options === "function" ? options() : options;
    const { demoData = true, ...serverOptions } = chosen;
    const plain = Object.keys(chosen).length === 0;
    const start = serverOptions.env?.PGLITE_DIR ? {} : demoData ? { copyDataFrom: inject("e2eDemoDataDir") } : { copyPgliteFrom: inject("pgliteDir") };
    ownServer = (plain ? claimPooledServer() : null) ?? (await startAppServer({ ...start, ...serverOptions }));
  }, OWN_SERVER_TIMEOUT_MS);
  afterAll(async () => {
    await ownServer?.stop();
    ownServer = undefined;
  });
  return () => {
    if (!ownServer) throw new Error("own server not started yet");
    return ownServer;
  };
}

/** Copies the demo data folder (pglite/, uploads/) to dir, for a test that seeds more before its server starts. */
export function copyDemoData(dir: string): void {
  mkdirSync(dir, { recursive: true });
  cpSync(inject("e2eDemoDataDir"), dir, { recursive: true });
}

export const test = base.extend<E2eFixtures>({
  // File-scoped, so test.beforeAll can seed through it; useOwnServer's hook has run by then.
  app: [
    async ({}, provide) => provide(ownServer ?? shared()),
    { scope: "file" },
  ],
  // One chromium per worker, for all its files (each test gets contexts of its own).
  browser: [
    async ({}, provide) => {
      const browser = await launchBrowser();
      await provide(browser);
      await browser.close();
    },
    { scope: "worker" },
  ],
  // Pages come from page-pool.ts: kept from an earlier test of the worker when one was opened with
  // the same options, else new. Each goes back there after the test (or is closed).
  newPage: async ({ app, browser }, provide) => {
    const opened: ContextPage[] = [];
    await provide(async ({ signedIn = true, ...options } = {}) => {
      const checkedOut = await checkoutPage(browser, options);
      opened.push(checkedOut);
      return preparePage(checkedOut.context, checkedOut.page, signedIn ? app : undefined);
    });
    await Promise.all(opened.map((checkedOut) => releasePage(checkedOut, `${app.url}/api/health`)));
  },
  testPage: async ({ newPage: open }, provide) => provide(await open()),
  page: async ({ testPage }, provide) => provide(testPage.page),
  errors: async ({ testPage }, provide) => provide(testPage.errors),
});
