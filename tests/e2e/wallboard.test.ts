import type { Locator, Page } from "playwright-core";
import { describe, expect } from "vitest";
import { screenshot } from "../support/browser";
import { test } from "../support/e2e";
import { formula, number, openFrom } from "../support/explain-page";

// The wallboard on a 1920×1080 TV: every board fits without scrolling and nothing is cut off,
// signed in or through a wallboard token (which opens the wallboard and nothing else), it
// refreshes itself every minute, and a revoked token is refused. A signed-in member opens each
// figure's explanation from it; a TV's figures link nowhere.
const TV = { width: 1920, height: 1080 };

/** What does not fit: page scrolling, and elements reaching past the screen or cut off inside their box. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollHeight > innerHeight) problems.push(`page scrolls: ${root.scrollHeight} > ${innerHeight}`);
    if (root.scrollWidth > innerWidth) problems.push(`page scrolls sideways: ${root.scrollWidth} > ${innerWidth}`);
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>("main *"))) {
      const box = el.getBoundingClientRect();
      const name = `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 40)}"`;
      // Empty boxes, and screen-reader text (clipped to 1 px on purpose), are not seen.
      if ((box.width === 0 && box.height === 0) || el.classList.contains("sr-only")) continue;
      if (box.bottom > innerHeight + 0.5 || box.right > innerWidth + 0.5) problems.push(`${name} reaches past the screen`);
      // Content is cut off where a box clips or scrolls it; truncated names (ellipsis) are meant to be shortened.
      const style = getComputedStyle(el);
      const clips = style.overflowX !== "visible" || style.overflowY !== "visible";
      if (clips && style.textOverflow !== "ellipsis" && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)) {
        problems.push(`${name} is cut off: ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`);
      }
    }
    return problems;
  });
}

const tiles = (page: Page) => page.locator("[data-tile]");

/** A figure link's text as seen, without what it says to screen readers. */
const shownText = (link: Locator) =>
  link.evaluate((a) => Array.from(a.childNodes).filter((n) => !(n instanceof Element && n.classList.contains("sr-only"))).map((n) => n.textContent).join("").trim());

describe("wallboard", () => {
  test("shows each board at 1920×1080 without scrolling, in English and German", async ({ app, newPage }) => {
    const { page, errors } = await newPage({ viewport: TV });
    const boards = [
      { query: "", heading: "Today at a glance", tiles: ["tickets-today", "tickets-week", "sla-week", "open-alerts", "mrr", "team-utilization-week"], panel: "Utilization per technician, this week" },
      { query: "?board=service-desk", heading: "Service desk", tiles: ["tickets-today", "tickets-week", "sla-week", "first-response-week", "open-alerts", "team-utilization-week"], panel: "Utilization per technician, this week" },
      { query: "?board=business", heading: "Business", tiles: ["mrr", "net-new-mrr", "active-clients", "team-utilization-month", "sla-month", "csat-month"], panel: "MRR bridge this month" },
    ];
    for (const board of boards) {
      expect((await page.goto(`${app.url}/wallboard${board.query}`))?.status()).toBe(200);
      expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(`Demo MSP · ${board.heading}`);
      expect(await tiles(page).evaluateAll((els) => els.map((el) => el.getAttribute("data-tile")))).toEqual(board.tiles);
      expect(await page.getByRole("heading", { level: 2, name: board.panel }).count()).toBe(1);
      // Open alerts are RMM events, not a figure with a definition: the one tile without a link.
      expect(await tiles(page).locator("[data-explain]").count()).toBe(board.tiles.filter((t) => t !== "open-alerts").length);
      // No way into the app from the TV: the shell's navigation is not drawn.
      expect(await page.getByRole("navigation").count()).toBe(0);
      expect(await overflow(page), board.heading).toEqual([]);
      await screenshot(page, `wallboard${board.query.replace(/\W+/g, "-") || "-overview"}`);
    }
    expect(await page.locator('[data-technician]').count()).toBe(0);
    expect(await page.locator("dd [data-explain]").count()).toBe(8); // every step of the MRR bridge
    await page.goto(`${app.url}/wallboard`);
    expect(await page.locator("[data-technician]").count()).toBeGreaterThan(0);

    const ticketsWeek = page.locator('[data-tile="tickets-week"]');
    const tickets = await shownText(ticketsWeek.locator("[data-explain]"));
    await openFrom(page, ticketsWeek);
    expect((await formula(page)).text.endsWith(`= ${tickets}`)).toBe(true);
    await page.goBack();
    const busiest = page.locator("[data-technician]").first();
    const [name, utilization] = [await busiest.getAttribute("data-technician"), await shownText(busiest.locator("[data-explain]"))];
    await openFrom(page, busiest);
    expect(new URL(page.url()).searchParams.get("subject")).toBe(name);
    // The bar shows whole percent; the explanation one decimal.
    expect(Math.round(number((await formula(page)).text.split("=").at(-1)!))).toBe(number(utilization));
    expect(errors).toEqual([]);

    const german = await newPage({ viewport: TV, locale: "de-DE" });
    for (const query of ["", "?board=business"]) {
      await german.page.goto(`${app.url}/wallboard${query}`);
      expect(await german.page.locator("body").innerText()).toContain(query ? "Geschäft" : "Heute auf einen Blick");
      expect(await overflow(german.page)).toEqual([]);
      await screenshot(german.page, `wallboard${query.replace(/\W+/g, "-") || "-overview"}-de`);
    }
    expect(german.errors).toEqual([]);
  });

  test("refreshes itself every minute", async ({ app, newPage }) => {
    const { page } = await newPage({ viewport: TV });
    await page.clock.install();
    await page.goto(`${app.url}/wallboard`);
    await tiles(page).first().waitFor();
    const refreshed = page.waitForRequest((r) => new URL(r.url()).pathname === "/wallboard" && r.headers()["rsc"] === "1");
    await page.clock.fastForward(60_000);
    await refreshed;
  });

  test("opens on a TV with a wallboard token, for the wallboard only; a revoked token is refused", async ({ app, page, newPage }) => {
    await page.goto(`${app.url}/settings/access`);
    const card = page.getByRole("region", { name: "Wallboard tokens" });
    await card.getByLabel("Screen").fill("Service desk TV");
    await card.getByRole("button", { name: "Create wallboard token" }).click();
    const address = await page.getByTestId("new-wallboard-address").innerText();
    expect(address).toMatch(new RegExp(`^${app.url}/wallboard\\?token=mkwb_[A-Za-z0-9_-]{43}$`));

    const tv = await newPage({ signedIn: false, viewport: TV });
    await tv.page.goto(`${address}&board=service-desk`);
    // The token leaves the address bar for a cookie that only /wallboard receives.
    expect(tv.page.url()).toBe(`${app.url}/wallboard?board=service-desk`);
    const [cookie] = await tv.context.cookies();
    expect(cookie).toMatchObject({ path: "/wallboard", httpOnly: true });
    expect(await tiles(tv.page).count()).toBe(6);
    expect(await tv.page.locator("[data-explain]").count()).toBe(0);
    expect(await overflow(tv.page)).toEqual([]);
    await screenshot(tv.page, "wallboard-token");
    for (const path of ["/", "/clients", "/settings/access"]) {
      await tv.page.goto(`${app.url}${path}`);
      expect(new URL(tv.page.url()).pathname, path).toBe("/sign-in");
    }
    expect((await fetch(`${app.url}/api/kpis`, { headers: { Cookie: `${cookie!.name}=${cookie!.value}` } })).status).toBe(401);

    await page.reload();
    const row = card.locator("tr", { hasText: "Service desk TV" });
    expect(await row.innerText()).toContain("Active");
    await row.getByRole("button", { name: "Revoke: Service desk TV" }).click();
    await expect.poll(() => row.innerText(), { timeout: 20_000 }).toContain("Revoked");
    const audit = await page.getByRole("table", { name: "Audit log, newest first" }).innerText();
    expect(audit).toContain("wallboard_token.created");
    expect(audit).toContain("wallboard_token.revoked");

    await tv.page.goto(`${app.url}/wallboard`);
    expect(await tv.page.getByRole("heading", { level: 1 }).innerText()).toBe("This wallboard link does not work");
    expect(await tiles(tv.page).count()).toBe(0);
    expect(await tv.page.locator("body").innerText()).not.toContain("Demo MSP");
    expect(tv.errors).toEqual([]);
  });
});
