import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { DEFAULT_VIEWPORT, openContextPage } from "./browser";

// Pages kept from one test to the next within a worker. A fresh context per test costs chromium a
// new renderer that parses and compiles the app's scripts again: a dashboard page's load took ~1.0
// CPU-s of chromium in a fresh context against ~0.5 in a kept page (`npm run bench:browser`).
// A kept page starts its next test with no cookies (then its own sign-in), none of the last test's
// listeners or routes, the viewport asked for, and a new document on its first goto. What stays is
// nothing a test looks at: the HTTP cache of the app's hashed scripts, and sessionStorage, which the
// app does not use. A page whose test changed something a reset cannot undo (a fake clock, init
// scripts, permissions, …) or opened more pages in its context is closed instead.

export interface ContextPage {
  context: BrowserContext;
  page: Page;
}

/** Idle pages at most, over all option sets: each holds a renderer of ~100–200 MB. */
const MAX_IDLE = 6;
const idle: { key: string; kept: ContextPage }[] = [];
const keys = new WeakMap<Page, string>();
const tainted = new WeakSet<Page>();
/** The listeners each page and context had when opened: Playwright's own, which must stay. */
const ownListeners = new WeakMap<object, Map<string, unknown[]>>();

// Events a test listens to. Playwright waits on some events of its own through listeners
// (a context's close, for one), so only listeners of these, added since opening, are removed.
const TEST_EVENTS = [
  "console", "pageerror", "dialog", "download", "filechooser", "popup", "page", "close", "crash", "load", "domcontentloaded",
  "framenavigated", "frameattached", "framedetached", "request", "requestfinished", "requestfailed", "response", "websocket", "worker",
];

interface Listening {
  rawListeners(event: string): unknown[];
  removeListener(event: string, listener: (...args: unknown[]) => void): unknown;
}

function recordOwnListeners(emitter: Listening): void {
  ownListeners.set(emitter, new Map(TEST_EVENTS.map((event) => [event, emitter.rawListeners(event)])));
}

function removeTestListeners(emitter: Listening): void {
  const own = ownListeners.get(emitter);
  for (const event of TEST_EVENTS) {
    for (const listener of emitter.rawListeners(event)) {
      if (!own?.get(event)?.includes(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
}

const LASTING_PAGE_CHANGES = ["addInitScript", "exposeFunction", "exposeBinding", "setExtraHTTPHeaders", "emulateMedia", "addLocatorHandler", "setDefaultTimeout", "setDefaultNavigationTimeout"];
const LASTING_CONTEXT_CHANGES = [...LASTING_PAGE_CHANGES, "grantPermissions", "setGeolocation", "setOffline", "setHTTPCredentials"];
const CLOCK_CHANGES = ["install", "fastForward", "pauseAt", "resume", "runFor", "setFixedTime", "setSystemTime"];

/** Marks the page as not to be kept once its test calls one of `methods` on `target`. */
function taintOn(page: Page, target: object, methods: string[]): void {
  const callable = target as Record<string, unknown>;
  for (const method of methods) {
    const original = callable[method];
    if (typeof original !== "function") continue;
    callable[method] = (...args: unknown[]) => {
      tainted.add(page);
      return (original as (...a: unknown[]) => unknown).apply(target, args);
    };
  }
}

/** What a page is kept for: every context option but the viewport, which a kept page can change. */
function keyOf(options: BrowserContextOptions): string {
  const { viewport: _viewport, ...lasting } = options;
  return JSON.stringify(Object.entries(lasting).sort(([a], [b]) => a.localeCompare(b)));
}

/** A page for a test: a kept one opened with the same options, cookies cleared, or a new one. */
export async function checkoutPage(browser: Browser, options: BrowserContextOptions): Promise<ContextPage> {
  const key = keyOf(options);
  const at = idle.findIndex((entry) => entry.key === key);
  const kept = at >= 0 ? idle.splice(at, 1)[0]?.kept : undefined;
  if (kept) {
    await kept.context.clearCookies();
    await kept.page.setViewportSize(options.viewport ?? DEFAULT_VIEWPORT);
    return kept;
  }
  const opened = await openContextPage(browser, options);
  keys.set(opened.page, key);
  recordOwnListeners(opened.page as unknown as Listening);
  recordOwnListeners(opened.context as unknown as Listening);
  taintOn(opened.page, opened.page, LASTING_PAGE_CHANGES);
  taintOn(opened.page, opened.context, LASTING_CONTEXT_CHANGES);
  taintOn(opened.page, opened.page.clock, CLOCK_CHANGES);
  return opened;
}

/**
 * After its test: keeps the page for the next one, parked on `parkUrl` (a page of the same site,
 * so chromium keeps its renderer; about:blank would start a new one), or closes its context.
 */
export async function releasePage({ context, page }: ContextPage, parkUrl: string): Promise<void> {
  const key = keys.get(page);
  const keepable = key !== undefined && !tainted.has(page) && !page.isClosed() && context.pages().length === 1;
  if (keepable && (await reset({ context, page }, parkUrl))) {
    idle.push({ key, kept: { context, page } });
    if (idle.length > MAX_IDLE) await idle.shift()?.kept.context.close();
    return;
  }
  await context.close().catch(() => undefined);
}

/** Removes the last test's listeners and routes and leaves its document; false if that failed. */
async function reset({ context, page }: ContextPage, parkUrl: string): Promise<boolean> {
  try {
    removeTestListeners(page as unknown as Listening);
    removeTestListeners(context as unknown as Listening);
    await page.unrouteAll({ behavior: "ignoreErrors" });
    await context.unrouteAll({ behavior: "ignoreErrors" });
    await page.goto(parkUrl, { waitUntil: "commit", timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}
