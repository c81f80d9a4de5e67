import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { screenshot } from "../support/browser";
import { test } from "../support/e2e";

// The clients list and a client's page on the demo data (npm start loads it into a fresh database).

const table = (page: Page) => page.getByRole("table", { name: "Clients with their figures for the period" });
const column = (page: Page, index: number) => table(page).locator(`tbody tr td:nth-child(${index})`).allInnerTexts();
const money = (text: string) => Number(text.replace(/[^0-9.-]/g, ""));

describe("clients pages in chromium", () => {

  test("lists the clients, searches, filters by segment and sorts by MRR", async ({ app, page, errors }) => {
    const response = await page.goto(`${app.url}/clients`);
    expect(response?.status()).toBe(200);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Clients");
    expect(await page.getByRole("combobox", { name: "Period" }).inputValue()).toBe("last-month");
    await table(page).waitFor();
    const headers = await table(page).locator("thead th").allInnerTexts();
    expect(headers).toEqual(expect.arrayContaining(["Client", "Segment", "MRR", "Tickets", "Tickets / device", "SLA met", "CSAT", "Patched"]));
    const all = await column(page, 1);
    expect(all.length).toBe(25); // first page of 42 demo clients

    // Starts by MRR, highest first.
    const mrr = (await column(page, 3)).map(money);
    expect(mrr).toEqual([...mrr].sort((a, b) => b - a));
    await screenshot(page, "clients-list");

    // Search: rows shrink to the matches.
    const search = page.getByRole("searchbox", { name: "Search" });
    await search.fill("nordlicht");
    await expect.poll(() => column(page, 1)).toEqual(["Nordlicht Logistik GmbH"]);
    await search.fill("");
    await expect.poll(async () => (await column(page, 1)).length).toBe(25);

    // Segment filter.
    await page.getByRole("combobox", { name: "Filter Segment" }).selectOption("Healthcare");
    const segments = await column(page, 2);
    expect(segments.length).toBeGreaterThan(0);
    expect(segments.length).toBeLessThan(25);
    expect(new Set(segments)).toEqual(new Set(["Healthcare"]));
    await page.getByRole("combobox", { name: "Filter Segment" }).selectOption("");

    // Clicking the MRR header changes the order; the next click sorts ascending.
    const mrrHeader = table(page).getByRole("button", { name: "MRR" });
    const before = await column(page, 1);
    await mrrHeader.click();
    await expect.poll(() => column(page, 1)).not.toEqual(before);
    if ((await table(page).locator("thead th").nth(2).getAttribute("aria-sort")) !== "ascending") await mrrHeader.click();
    expect(await table(page).locator("thead th").nth(2).getAttribute("aria-sort")).toBe("ascending");
    const ascending = (await column(page, 3)).map(money);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(errors).toEqual([]);
  });

  test("opens a client's page from its row: cards, charts, contracts, cross-sell and device health", async ({ app, page, errors }) => {
    await page.goto(`${app.url}/clients?period=last-quarter`);
    await table(page).waitFor();
    const link = table(page).locator("tbody tr").first().getByRole("link");
    const name = await link.innerText();
    await link.click();
    await page.waitForURL(/\/clients\/\d+\?period=last-quarter$/);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(name);
    expect(await page.getByRole("combobox", { name: "Period" }).inputValue()).toBe("last-quarter");
    for (const card of ["MRR", "Tickets created", "Tickets per device", "Billed hours", "SLA met", "CSAT"]) {
      expect(await page.getByRole("heading", { level: 3, name: card, exact: true }).count(), card).toBe(1);
    }
    for (const heading of ["Tickets per ISO week", "Hours per ISO week", "Contracts", "Services", "Device health"]) {
      expect(await page.getByRole("heading", { level: 2, name: heading, exact: true }).count(), heading).toBe(1);
    }
    expect(await page.getByRole("heading", { name: "Not yet sold to this client" }).count()).toBe(1);
    expect(await page.getByRole("table", { name: "Contracts of the client" }).locator("tbody tr").count()).toBeGreaterThan(0);
    const health = page.getByRole("table", { name: "Device health now and at the end of the previous period" });
    expect(await health.locator("tbody tr").count()).toBe(5);
    // Recharts draws the bars as SVG paths.
    await expect.poll(() => page.locator(".recharts-bar-rectangle").count()).toBeGreaterThan(0);
    await screenshot(page, "clients-detail");

    await page.getByRole("link", { name: "← All clients" }).click();
    await page.waitForURL(/\/clients\?period=last-quarter$/);
    expect(errors).toEqual([]);
  });

  test("speaks German, and answers an unknown client with a 404 inside the shell", async ({ app, newPage }) => {
    const { page, context, errors } = await newPage({ locale: "de-DE" });
    await page.goto(`${app.url}/clients`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Kunden");
    const mrr = await page.getByRole("table", { name: "Kunden mit ihren Kennzahlen im Zeitraum" }).locator("tbody tr td:nth-child(3)").first().innerText();
    expect(mrr).toMatch(/^[\d.]+,\d\d\u00a0€$/);
    await screenshot(page, "clients-list-de");
    const response = await page.goto(`${app.url}/clients/999999999`);
    expect(response?.status()).toBe(404);
    expect(await page.getByText("Diesen Kunden gibt es nicht oder er wurde entfernt.").count()).toBe(1);
    expect(errors.filter((e) => !e.includes("404"))).toEqual([]);
    await context.close();
  });
});
