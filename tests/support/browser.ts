import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page, type Request } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "@/server/chromium";
import type { App } from "./app-server";

export const CHROMIUM_PATH = chromiumPath();
export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, "../../test-results/screenshots");

/** A headless Debian chromium. Missing browser = a failing test, never a skipped one. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No chromium at ${CHROMIUM_PATH}. Install it with \`apt-get install -y chromium-headless-shell\` ` +
        "(or point CHROMIUM_PATH at a chromium binary).",
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
}

export interface TestPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught page errors, in order; assert `toEqual([])`. */
  errors: string[];
}

/** Puts a session cookie ("name=value", as signInCookie returns it) into a browser context. */
export async function addSessionCookie(context: BrowserContext, cookie: string, url: string): Promise<void> {
  const at = cookie.indexOf("=");
  await context.addCookies([{ name: cookie.slice(0, at), value: cookie.slice(at + 1), url, httpOnly: true, sameSite: "Lax" }]);
}

/** The viewport of a page whose test names none. */
export const DEFAULT_VIEWPORT = { width: 1280, height: 800 };

/** A context with one page, as every TestPage starts: page.goto also waits for streamed content. */
export async function openContextPage(browser: Browser, contextOptions: BrowserContextOptions): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: DEFAULT_VIEWPORT, locale: "en-US", ...contextOptions });
  const page = await context.newPage();
  waitForStreamedContent(page);
  return { context, page };
}

/**
 * Readies a page for its test: signed in as the demo owner of `signedInTo` when given (the
 * context's cookies are otherwise left as they are), console errors and uncaught page errors
 * collected from now on.
 */
export async function preparePage(context: BrowserContext, page: Page, signedInTo?: App): Promise<TestPage> {
  if (signedInTo) await addSessionCookie(context, await signedInTo.ownerCookie(), signedInTo.url);
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const where = message.location().url;
    errors.push(`console: ${message.text()}${where ? ` (${where})` : ""}`);
  });
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  return { page, context, errors };
}

/**
 * A page in a fresh context (own cookies), signed in as the demo owner of `signedInTo` when given,
 * else an anonymous visitor. `locale` sets both navigator.language and the Accept-Language header,
 * e.g. { locale: "de-DE" }. Tests get theirs from the harness (tests/support/e2e.ts), which keeps
 * pages between tests; this one is for set-up outside a test and for tests of the harness itself.
 */
export async function newPage(browser: Browser, options: BrowserContextOptions & { signedInTo?: App } = {}): Promise<TestPage> {
  const { signedInTo, ...contextOptions } = options;
  const { context, page } = await openContextPage(browser, contextOptions);
  return preparePage(context, page, signedInTo);
}

/**
 * Makes page.goto also wait until the server's streamed Suspense content is shown. React reveals
 * it in batches, up to 300 ms apart, so it may still be behind its skeleton when "load" fires.
 */
function waitForStreamedContent(page: Page): void {
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    if (!options?.waitUntil || options.waitUntil === "load") await page.waitForFunction(() => !document.querySelector('template[id^="B:"]'));
    return response;
  };
}

/**
 * Starts counting the page's requests (call it before the navigation). The function it returns
 * waits until no request has been in flight for `quietMs`. Playwright's "networkidle" once kept a
 * finished wallboard waiting a whole minute, until its next refresh; this counts for itself.
 */
export function trackRequests(page: Page): (options?: { quietMs?: number; timeoutMs?: number }) => Promise<void> {
  const inFlight = new Set<Request>();
  let lastChange = Date.now();
  const started = (request: Request) => {
    inFlight.add(request);
    lastChange = Date.now();
  };
  const ended = (request: Request) => {
    inFlight.delete(request);
    lastChange = Date.now();
  };
  page.on("request", started);
  page.on("requestfinished", ended);
  page.on("requestfailed", ended);
  return async ({ quietMs = 500, timeoutMs = 90_000 } = {}) => {
    const deadline = Date.now() + timeoutMs;
    while (inFlight.size > 0 || Date.now() - lastChange < quietMs) {
      if (Date.now() > deadline) throw new Error(`requests still in flight after ${timeoutMs} ms: ${[...inFlight].map((r) => r.url()).join(", ")}`);
      await new Promise((tick) => setTimeout(tick, 100));
    }
  };
}

/** Adds a member through the owner's Settings → Users and access form, and waits until it is done. */
export async function addMemberOnPage(page: Page, url: string, member: { name: string; email: string; role: string; password: string }): Promise<void> {
  await page.goto(`${url}/settings/access`);
  await page.locator("#new-name").fill(member.name);
  await page.locator("#new-email").fill(member.email);
  await page.locator("#new-role").selectOption(member.role);
  await page.locator("#new-password").fill(member.password);
  await page.getByRole("button", { name: "Add member" }).click();
  await page.getByText(`${member.email} can sign in now.`).waitFor();
}

// Screenshots are for people to look at. CI has no one looking, and each full-page capture costs
// about as much CPU as loading the page again (~170 of them per run), so CI skips them unless asked.
const SCREENSHOTS = process.env.TEST_SCREENSHOTS ? process.env.TEST_SCREENSHOTS === "1" : !process.env.CI;

/** Saves test-results/screenshots/<name>.png (full page), unless screenshots are off (see above). */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
