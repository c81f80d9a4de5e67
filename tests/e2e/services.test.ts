import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { launchBrowser, newPage, screenshot } from "../support/browser";
import { startAppServer, type AppServer } from "../support/app-server";

describe("services page in chromium", () => {
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

  it("shows MRR and coverage per service, contracts by tier, and the cross-sell matrix", async () => {
    const { page, context, errors } = await newPage(browser, { acceptDownloads: true });
    const response = await page.goto(`${server.url}/services`);
    expect(response?.status()).toBe(200);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Services");

    const services = page.getByRole("table", { name: "Services with their recurring revenue and coverage" });
    await services.waitFor();
    expect(await services.locator("tbody tr").count()).toBeGreaterThanOrEqual(5);
    const coverage = page.getByRole("progressbar", { name: /^Coverage of / });
    expect(await coverage.count()).toBeGreaterThanOrEqual(5);

    expect(await page.getByRole("heading", { level: 2, name: "Contracts by tier" }).count()).toBe(1);
    await expect.poll(() => page.locator(".recharts-bar-rectangle").count()).toBeGreaterThan(0);
    const tierSummary = await page.getByRole("img", { name: /^Active contracts by tier:/ }).getAttribute("aria-label");
    expect(tierSummary).toMatch(/Good \d+, Better \d+, Best \d+/);

    const matrix = page.getByRole("table", { name: "Active clients and the services they have or lack" });
    const rows = matrix.locator("tbody tr");
    expect(await rows.count()).toBeGreaterThan(0);
    // Sorted by the number of missing services, most first.
    const missing = (await matrix.locator("tbody tr td:nth-child(4)").allInnerTexts()).map(Number);
    expect(missing).toEqual([...missing].sort((a, b) => b - a));
    expect(missing[0]).toBeGreaterThan(0);
    await screenshot(page, "services");

    // CSV export of the matrix.
    const region = matrix.locator("xpath=ancestor::div[contains(@class,'rounded-tremor-default')][1]");
    const [download] = await Promise.all([page.waitForEvent("download"), region.getByRole("button", { name: "Export CSV" }).click()]);
    expect(download.suggestedFilename()).toBe("cross-sell.csv");

    // A period before any contract: says so, without sending anyone to the imports.
    await page.goto(`${server.url}/services?from=2000-01-01&to=2000-01-31`);
    await page.getByRole("heading", { level: 2, name: "No services in this period" }).waitFor();
    expect(await page.getByRole("link", { name: "Go to imports" }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("renders in German", async () => {
    const { page, context, errors } = await newPage(browser, { locale: "de-DE" });
    await page.goto(`${server.url}/services`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Leistungen");
    await page.getByRole("heading", { level: 2, name: "Cross-Selling-Chancen" }).waitFor();
    await screenshot(page, "services-de");
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("dashboards with nothing imported", () => {
  let server: AppServer;
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    // One client and nothing else: npm start then skips the demo data, and every page is empty.
    dir = mkdtempSync(path.join(tmpdir(), "msp-kpi-empty-"));
    const db = await openDatabase({ kind: "pglite", dataDir: path.join(dir, "pglite") });
    await db.query("insert into clients (org_id, name, source) select id, 'Lonely Client', 'test' from orgs where slug = 'default'");
    await db.close();
    server = await startAppServer({ env: { PGLITE_DIR: path.join(dir, "pglite") } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("tells what to import first, with a link to the imports", async () => {
    const { page, context, errors } = await newPage(browser);
    await page.goto(`${server.url}/services`);
    await page.getByRole("heading", { level: 2, name: "No contracts yet" }).waitFor();
    expect(await page.getByRole("link", { name: "Go to imports" }).getAttribute("href")).toBe("/imports");
    await screenshot(page, "services-empty");
    await page.goto(`${server.url}/technicians`);
    await page.getByRole("heading", { level: 2, name: "No technicians yet" }).waitFor();
    expect(await page.getByRole("link", { name: "Go to imports" }).getAttribute("href")).toBe("/imports");
    await screenshot(page, "technicians-empty");
    // The client has no figures: "no data" dashes, never 0 % or NaN.
    await page.goto(`${server.url}/clients`);
    const row = page.getByRole("table", { name: "Clients with their figures for the period" }).locator("tbody tr");
    expect(await row.count()).toBe(1);
    expect(await row.innerText()).not.toMatch(/NaN|0\.0\s%/);
    expect(await page.getByRole("note").innerText()).toContain("No contracts imported yet");
    await screenshot(page, "clients-one-empty");
    expect(errors).toEqual([]);
    await context.close();
  });
});
