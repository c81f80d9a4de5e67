import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { screenshot } from "../support/browser";
import { test } from "../support/e2e";
import { exportRows, SERVER } from "../support/explain-page";

/** The tier table's linked counts: each a service's contracts of one tier, and where it leads. */
async function tierCountLinks(page: Page): Promise<{ href: string; service: string; tier: string; count: number }[]> {
  // The table sits in a closed disclosure until it is opened.
  const links = page.getByRole("table", { name: "Contracts by tier", includeHidden: true }).locator("a[data-explain]");
  await links.first().waitFor({ state: "attached" });
  const found = await links.evaluateAll((anchors) => anchors.map((a) => ({ href: a.getAttribute("href") ?? "", count: a.firstChild?.textContent ?? "" })));
  return found.map(({ href, count }) => {
    const search = new URL(href, "http://x").searchParams;
    return { href, service: search.get("subject") ?? "", tier: search.get("f-extra") ?? "", count: Number(count.replace(/\D/g, "")) };
  });
}

describe("services page in chromium", () => {

  test("shows MRR and coverage per service, contracts by tier, and the cross-sell matrix", async ({ app, newPage }) => {
    const { page, errors } = await newPage({ acceptDownloads: true });
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
    const tierLinks = await tierCountLinks(page);
    expect(tierLinks.length).toBeGreaterThan(0);

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
  });

  test("a tier's count opens the service's MRR explanation with the contracts it counts, by mouse or keyboard", async ({ app, page, errors }) => {
    await page.goto(`${app.url}/services`);
    const [first] = await tierCountLinks(page);
    const { service, tier, count } = first!;
    await page.getByText("Show the figures as a table").click();
    await page.getByRole("table", { name: "Contracts by tier" }).locator(`a[href="${first!.href}"]`).click();
    await page.waitForURL(/\/explain\/service\.mrr\?/, SERVER);
    const contracts = await exportRows(page);
    expect(contracts).toHaveLength(count);
    expect(contracts.every((c) => c.Service === service && c.Tier === tier)).toBe(true);
    expect(await page.getByRole("combobox", { name: "Filter Tier" }).inputValue()).toBe(tier);
    await screenshot(page, "explain-service-mrr-tier");

    // A click on a segment of the bars opens one of the same links.
    await page.goto(`${app.url}/services`);
    const hrefs = new Set((await tierCountLinks(page)).map((l) => l.href));
    // The first drawn segment: the first service's in the first tier it has (named tiers come first).
    const chart = page.getByRole("img", { name: /^Active contracts by tier:/ });
    await chart.locator('.recharts-bar-rectangle rect:not([width="0"])').first().click();
    await page.waitForURL(/\/explain\/service\.mrr\?/, SERVER);
    expect(hrefs).toContain(page.url().slice(app.url.length));
    expect(errors).toEqual([]);
  });

  test("renders in German", async ({ app, newPage }) => {
    const { page, errors } = await newPage({ locale: "de-DE" });
    await page.goto(`${app.url}/services`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Leistungen");
    await page.getByRole("heading", { level: 2, name: "Cross-Selling-Chancen" }).waitFor();
    await screenshot(page, "services-de");
    expect(errors).toEqual([]);
  });
});
