import { describe, expect } from "vitest";
import { screenshot, trackRequests } from "../support/browser";
import { test } from "../support/e2e";

const NAV_EN = ["Overview", "Clients", "Technicians", "Services", "Profitability", "Goals", "Scorecards", "Reports", "Maturity assessment", "Alerts", "Imports", "Webhooks", "Settings"];
const NAV_DE = ["Übersicht", "Kunden", "Techniker", "Leistungen", "Rentabilität", "Ziele", "Scorecards", "Berichte", "Reifegrad", "Warnungen", "Importe", "Webhooks", "Einstellungen"];

describe("app shell in chromium", () => {

  test("renders the sidebar nav and the overview (or its empty state) without console errors", async ({ app, page, errors }) => {
    const response = await page.goto(`${app.url}/`);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute("html", "lang")).toBe("en");

    const nav = page.getByRole("navigation", { name: "Main navigation" });
    await expect.poll(() => nav.getByRole("link").allInnerTexts()).toEqual(NAV_EN);
    expect(await nav.getByRole("link", { name: "Overview" }).getAttribute("aria-current")).toBe("page");
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Overview");
    // The placeholder shows the empty state; the real overview shows KPI cards instead.
    const emptyState = page.getByRole("link", { name: "Go to imports" });
    if (await emptyState.count()) expect(await emptyState.getAttribute("href")).toBe("/imports");

    await screenshot(page, "shell-overview-en");
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, "shell-overview-mobile");
    expect(errors).toEqual([]);
  });

  test("prefetches a page once the user reaches for its link (pointer or keyboard), not every link in view", async ({ app, page }) => {
    // Next may fetch a page's parts in more than one request; the pages are what count here.
    const prefetched = new Set<string>();
    page.on("request", (r) => {
      if (r.headers()["next-router-prefetch"]) prefetched.add(new URL(r.url()).pathname);
    });
    const settled = trackRequests(page);
    await page.goto(`${app.url}/clients`);
    await settled();
    // The nav's 13 links and a row link per client are in view.
    expect([...prefetched]).toEqual([]);
    const nav = page.getByRole("navigation", { name: "Main navigation" });
    await nav.getByRole("link", { name: "Technicians" }).hover();
    await expect.poll(() => [...prefetched]).toEqual(["/technicians"]);
    await nav.getByRole("link", { name: "Services" }).focus();
    await expect.poll(() => [...prefetched]).toEqual(["/technicians", "/services"]);
    await nav.getByRole("link", { name: "Services" }).click();
    await page.waitForURL(`${app.url}/services`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Services");
  });

  test("is keyboard usable: Tab reaches the skip link first, then the nav", async ({ app, page, errors }) => {
    await page.goto(`${app.url}/`);
    await page.keyboard.press("Tab");
    const skip = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      href: document.activeElement?.getAttribute("href"),
    }));
    expect(skip).toEqual({ text: "Skip to content", href: "#main" });
    await screenshot(page, "shell-skip-link-focused");

    const focused: string[] = [];
    for (let i = 0; i < NAV_EN.length + 4; i++) {
      await page.keyboard.press("Tab");
      focused.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ""));
    }
    expect(focused).toEqual(expect.arrayContaining(NAV_EN));

    // Activating the skip link moves focus to <main>.
    await page.keyboard.press("Shift+Tab");
    await page.goto(`${app.url}/`);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    expect(errors).toEqual([]);
  });

  test("follows Accept-Language, and the language switch sets a cookie that wins", async ({ app, newPage }) => {
    const de = await newPage({ locale: "de-DE" });
    await de.page.goto(`${app.url}/`);
    expect(await de.page.getAttribute("html", "lang")).toBe("de");
    expect(await de.page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link").allInnerTexts()).toEqual(NAV_DE);
    expect(de.errors).toEqual([]);
    await de.context.close();

    const { page, context, errors } = await newPage({ locale: "en-US" });
    await page.goto(`${app.url}/`);
    await page.getByRole("combobox", { name: "Language" }).first().selectOption("de");
    const nav = page.getByRole("navigation", { name: "Hauptnavigation" });
    await expect.poll(() => nav.getByRole("link").allInnerTexts(), { timeout: 10_000 }).toEqual(NAV_DE);
    expect(await page.getAttribute("html", "lang")).toBe("de");
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Übersicht");
    expect((await context.cookies()).find((c) => c.name === "locale")?.value).toBe("de");
    await screenshot(page, "shell-overview-de");

    // The cookie survives a reload, over the browser's English Accept-Language.
    await page.reload();
    expect(await page.getAttribute("html", "lang")).toBe("de");
    expect(errors).toEqual([]);
  });

  test("answers an unknown path with the styled 404 page inside the shell", async ({ app, page }) => {
    const response = await page.goto(`${app.url}/no-such-page`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Page not found");
    expect(await page.getByRole("navigation", { name: "Main navigation" }).count()).toBe(1);
    await screenshot(page, "shell-not-found");
  });
});
