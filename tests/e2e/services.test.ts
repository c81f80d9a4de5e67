import { readFileSync } from "node:fs";
import { describe, expect } from "vitest";
import { screenshot } from "../support/browser";
import { test } from "../support/e2e";

describe("services page in chromium", () => {

  test("shows MRR and coverage per service, contracts by tier, and the cross-sell matrix", async ({ app, newPage }) => {
    const { page, context, errors } = await newPage({ acceptDownloads: true });
    const response = await page.goto(`${app.url}/services`);
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
    const [download] = await Promise.all([page.waitForEvent("download"), region.getByRole("link", { name: "Export CSV" }).click()]);
    expect(download.suggestedFilename()).toBe("cross-sell.csv");
    // Every row of the matrix, though the page shows 25 at most (streamed by the server).
    const total = Number((await region.getByText(/^\d+–\d+ of \d+$/).innerText()).split(" of ")[1]);
    const records = readFileSync(await download.path(), "utf8").split("\r\n").slice(1, -1);
    expect(records).toHaveLength(total);

    // A period before any contract: says so, without sending anyone to the imports.
    await page.goto(`${app.url}/services?from=2000-01-01&to=2000-01-31`);
    await page.getByRole("heading", { level: 2, name: "No services in this period" }).waitFor();
    expect(await page.getByRole("link", { name: "Go to imports" }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("renders in German", async ({ app, newPage }) => {
    const { page, context, errors } = await newPage({ locale: "de-DE" });
    await page.goto(`${app.url}/services`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Leistungen");
    await page.getByRole("heading", { level: 2, name: "Cross-Selling-Chancen" }).waitFor();
    await screenshot(page, "services-de");
    expect(errors).toEqual([]);
    await context.close();
  });
});
