import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPage, screenshot } from "../support/browser";
import { startAppServer, type AppServer } from "../support/app-server";

const NAV_EN = ["Overview", "Clients", "Technicians", "Services", "Reports", "Maturity assessment", "Alerts", "Imports", "Webhooks", "Settings"];
const NAV_DE = ["Übersicht", "Kunden", "Techniker", "Leistungen", "Berichte", "Reifegrad", "Warnungen", "Importe", "Webhooks", "Einstellungen"];
const NAV_HREFS = ["/clients", "/technicians", "/services", "/reports", "/assessment", "/alerts", "/imports", "/webhooks", "/settings"];


describe("app shell in chromium", () => {
  let server: AppServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("renders the sidebar nav and the overview (or its empty state) without console errors", async () => {
    const { page, context, errors } = await newPage(browser);
    const response = await page.goto(`${server.url}/`);
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
    await context.close();
  });

  it("is keyboard usable: Tab reaches the skip link first, then the nav", async () => {
    const { page, context, errors } = await newPage(browser);
    await page.goto(`${server.url}/`);
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
    await page.goto(`${server.url}/`);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("follows Accept-Language, and the language switch sets a cookie that wins", async () => {
    const de = await newPage(browser, { locale: "de-DE" });
    await de.page.goto(`${server.url}/`);
    expect(await de.page.getAttribute("html", "lang")).toBe("de");
    expect(await de.page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link").allInnerTexts()).toEqual(NAV_DE);
    expect(de.errors).toEqual([]);
    await de.context.close();

    const { page, context, errors } = await newPage(browser, { locale: "en-US" });
    await page.goto(`${server.url}/`);
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
    await context.close();
  });

  it("answers an unknown path with the styled 404 page inside the shell", async () => {
    const { page, context } = await newPage(browser);
    const response = await page.goto(`${server.url}/no-such-page`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Page not found");
    expect(await page.getByRole("navigation", { name: "Main navigation" }).count()).toBe(1);
    await screenshot(page, "shell-not-found");
    await context.close();
  });
});
