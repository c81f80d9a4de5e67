import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { DEFAULT_VIEWPORT, preparePage } from "../support/browser";
import { test } from "../support/e2e";
import { checkoutPage, releasePage } from "../support/page-pool";

// The harness keeps pages between tests (tests/support/page-pool.ts); a kept page must start its
// next test as clean as the test can tell, and a page it cannot clean must not come back.

/** Listeners on the page for `event` (Playwright's Page is an EventEmitter; its types leave this out). */
const listenerCount = (page: Page, event: string) => (page as unknown as { listenerCount(event: string): number }).listenerCount(event);

describe("pages kept between tests", () => {
  // Options no other test opens pages with, so the pages below are this file's own.
  const options = { locale: "en-GB" };

  test("come back with no cookies, none of the last test's listeners, the default viewport, and can still be closed", async ({ app, browser }) => {
    const first = await checkoutPage(browser, options);
    const listenersBefore = listenerCount(first.page, "console");
    const { page } = await preparePage(first.context, first.page, app);
    page.on("request", () => undefined);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.url}/clients`);
    expect(await first.context.cookies()).not.toEqual([]);
    await releasePage(first, `${app.url}/api/health`);

    const second = await checkoutPage(browser, options);
    expect(second.page).toBe(first.page);
    expect(await second.context.cookies()).toEqual([]);
    expect(listenerCount(second.page, "console")).toBe(listenersBefore);
    expect(listenerCount(second.page, "request")).toBe(0);
    expect(second.page.viewportSize()).toEqual(DEFAULT_VIEWPORT);
    expect(second.page.url()).toBe(`${app.url}/api/health`);
    // Playwright's own listeners stayed: closing the context finishes (it waits on one of them).
    await expect(second.context.close()).resolves.toBeUndefined();
    await releasePage(second, `${app.url}/api/health`);
    const third = await checkoutPage(browser, options);
    expect(third.page).not.toBe(first.page);
    await releasePage(third, `${app.url}/api/health`);
  });

  test("are not kept after a test changed what a reset cannot undo (a fake clock)", async ({ app, browser }) => {
    const withClock = await checkoutPage(browser, { ...options, timezoneId: "Europe/Berlin" });
    await withClock.page.clock.install();
    await releasePage(withClock, `${app.url}/api/health`);
    expect(withClock.page.isClosed()).toBe(true);
  });
});
