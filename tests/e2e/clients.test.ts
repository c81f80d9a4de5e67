import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { screenshot } from "../support/browser";
import { test } from "../support/e2e";
import { formula, number } from "../support/explain-page";

// The clients list and a client's page on the demo data (npm start loads it into a fresh database).

const table = (page: Page) => page.getByRole("table", { name: "Clients with their figures for the period" });
const column = (page: Page, index: number) => table(page).locator(`tbody tr td:nth-child(${index})`).allInnerTexts();
const money = (text: string) => Number(text.replace(/[^0-9.-]/g, ""));
// The server answers each change: on a busy machine that takes longer than a poll's default second.
const SERVER = { timeout: 15_000 };
const range = (page: Page) => page.getByText(/^\d+–\d+ of \d+$/).innerText();

/** The first field of a CSV record, unquoted. */
const firstField = (record: string) => record.match(/^("(?:[^"]|"")*"|[^,]*)/)![1]!.replace(/^"|"$/g, "").replaceAll('""', '"');

/** The CSV the Export button downloads, as its records (BOM and final line end dropped). */
async function exportCsv(page: Page): Promise<string[]> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("clients.csv");
  const text = readFileSync(await download.path(), "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  return text.slice(1).split("\r\n").slice(0, -1);
}

describe("clients pages in chromium", () => {

  test("lists the clients, searches, filters by segment and sorts by MRR, the server paging as the URL says", async ({ app, page, errors }) => {
    const response = await page.goto(`${app.url}/clients`);
    expect(response?.status()).toBe(200);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Clients");
    expect(await page.getByRole("combobox", { name: "Period" }).inputValue()).toBe("last-month");
    await table(page).waitFor();
    const headers = await table(page).locator("thead th").allInnerTexts();
    expect(headers).toEqual(expect.arrayContaining(["Client", "Segment", "MRR", "Tickets", "Tickets / device", "SLA met", "CSAT", "Patched"]));
    const all = await column(page, 1);
    expect(all.length).toBe(25); // first page of 42 demo clients: only these are in the HTML
    expect(await range(page)).toBe("1–25 of 42");

    // Starts by MRR, highest first.
    const mrr = (await column(page, 3)).map(money);
    expect(mrr).toEqual([...mrr].sort((a, b) => b - a));
    expect(await table(page).locator("thead th").nth(2).getAttribute("aria-sort")).toBe("descending");
    await screenshot(page, "clients-list");

    // Search: rows shrink to the matches, found by the server, and the URL keeps the search.
    const search = page.getByRole("searchbox", { name: "Search" });
    await search.fill("nordlicht");
    await page.waitForURL(/q=nordlicht/, SERVER);
    await expect.poll(() => column(page, 1), SERVER).toEqual(["Nordlicht Logistik GmbH"]);
    expect(new URL(page.url()).searchParams.get("q")).toBe("nordlicht");
    await search.fill("");
    await expect.poll(async () => (await column(page, 1)).length, SERVER).toBe(25);

    // Segment filter: every row of it, and the count of matches.
    await page.getByRole("combobox", { name: "Filter Segment" }).selectOption("Healthcare");
    await page.waitForURL(/f-segment=Healthcare/);
    await expect.poll(async () => new Set(await column(page, 2)), SERVER).toEqual(new Set(["Healthcare"]));
    const healthcare = (await column(page, 2)).length;
    expect(healthcare).toBeLessThan(25);
    expect(await range(page)).toBe(`1–${healthcare} of ${healthcare}`);
    await page.getByRole("combobox", { name: "Filter Segment" }).selectOption("");
    await expect.poll(() => range(page), SERVER).toBe("1–25 of 42");

    // Clicking the MRR header sorts ascending on the server: the lowest MRR of all 42 comes first.
    const mrrHeader = table(page).getByRole("button", { name: "MRR" });
    await mrrHeader.click();
    await expect.poll(() => table(page).locator("thead th").nth(2).getAttribute("aria-sort"), SERVER).toBe("ascending");
    await page.waitForURL(/dir=asc/);
    const ascending = (await column(page, 3)).map(money);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(ascending[0]).toBeLessThanOrEqual(Math.min(...mrr));

    // Next page by keyboard: rows 26–42.
    await page.getByRole("button", { name: "Next page" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => range(page), SERVER).toBe("26–42 of 42");
    expect(new URL(page.url()).searchParams.get("page")).toBe("2");
    expect((await column(page, 1)).length).toBe(17);
    expect(errors).toEqual([]);
  });

  test("opens a shared view from its URL, and exports every matching row as CSV in the table's order", async ({ app, page, errors }) => {
    await page.goto(`${app.url}/clients?sort=name&dir=desc&size=10&page=2`);
    await table(page).waitFor();
    expect(await range(page)).toBe("11–20 of 42");
    expect(await table(page).locator("thead th").first().getAttribute("aria-sort")).toBe("descending");
    expect(await page.getByRole("combobox", { name: "Rows per page" }).inputValue()).toBe("10");
    // The export holds all 42 clients though the page shows ten, in the same order as the pages.
    const everyName = (await exportCsv(page)).slice(1).map(firstField);
    expect(everyName).toHaveLength(42);
    expect(await column(page, 1)).toEqual(everyName.slice(10, 20));
    await page.getByRole("button", { name: "Previous page" }).click();
    await expect.poll(() => range(page), SERVER).toBe("1–10 of 42");
    expect(await column(page, 1)).toEqual(everyName.slice(0, 10));

    // Filtered, it holds every matching row.
    await page.goto(`${app.url}/clients?size=10&f-segment=Healthcare`);
    await table(page).waitFor();
    const total = Number((await range(page)).split(" of ")[1]);
    const csv = await exportCsv(page);
    expect(csv[0]).toMatch(/^Client,Segment,MRR,/);
    expect(csv.slice(1)).toHaveLength(total);
    expect(csv.slice(1).every((r) => r.slice(firstField(r).length + 1).startsWith("Healthcare,"))).toBe(true);
    expect(errors).toEqual([]);
  });

  test("opens a client's page from its row: cards, charts, contracts, cross-sell and device health", async ({ app, page, errors }) => {
    await page.goto(`${app.url}/clients?period=last-quarter`);
    await table(page).waitFor();
    const link = table(page).locator("tbody tr").first().getByRole("link").first();
    const name = await link.innerText();
    await link.click();
    await page.waitForURL(/\/clients\/\d+\?period=last-quarter$/);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(name);
    expect(await page.getByRole("combobox", { name: "Period" }).inputValue()).toBe("last-quarter");
    // The figures stream in after the heading (one Suspense boundary holds them all).
    await page.getByRole("heading", { level: 3, name: "MRR", exact: true }).waitFor();
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
    const detail = page.url();

    await page.getByRole("link", { name: "← All clients" }).click();
    await page.waitForURL(/\/clients\?period=last-quarter$/);

    // A week's bar opens the explanation of the client's tickets that week, which counts what the table shows.
    await page.goto(detail);
    const tickets = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: "Tickets per ISO week", exact: true }) });
    await tickets.getByText("Show the figures as a table").click();
    const weekLinks = tickets.locator("tbody a[data-explain]");
    const hrefs = await weekLinks.evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    const counts = (await weekLinks.allInnerTexts()).map((text) => text.split("\n")[0]);
    await tickets.locator('.recharts-bar-rectangle rect:not([height="0"])').last().click();
    await page.waitForURL(/\/explain\/client\.tickets_created\?/);
    const week = hrefs.indexOf(new URL(page.url()).pathname + new URL(page.url()).search);
    expect(week).toBeGreaterThanOrEqual(0);
    expect(new URL(page.url()).searchParams.get("subject")).toBe(name);
    expect((await formula(page)).text.endsWith(`= ${counts[week]}`)).toBe(true);

    // So does a device-health share: the client's devices and their status on the period's last day.
    await page.goto(detail);
    const patched = health.locator("tbody tr").filter({ hasText: "Patched" }).locator("td a[data-explain]").first();
    const patchedShare = number((await patched.innerText()).split("\n")[0]!);
    await patched.click();
    await page.waitForURL(/\/explain\/client\.patched\?/);
    const shown = await formula(page);
    expect(Math.round((shown.terms[0]! / shown.terms[1]!) * 100)).toBe(patchedShare);
    expect(Math.round(number(shown.text.split("= ").at(-1)!))).toBe(patchedShare);
    expect(errors).toEqual([]);
  });

  test("speaks German, and answers an unknown client with a 404 inside the shell", async ({ app, newPage }) => {
    const { page, errors } = await newPage({ locale: "de-DE" });
    await page.goto(`${app.url}/clients`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Kunden");
    // The value, then (for screen readers, on a line of its own) the explanation it opens.
    const [mrr, opens] = (await page.getByRole("table", { name: "Kunden mit ihren Kennzahlen im Zeitraum" }).locator("tbody tr td:nth-child(3)").first().innerText()).split("\n");
    expect(mrr).toMatch(/^[\d.]+,\d\d\u00a0€$/);
    expect(opens).toBe("(Wie MRR berechnet wird)");
    await screenshot(page, "clients-list-de");
    const response = await page.goto(`${app.url}/clients/999999999`);
    expect(response?.status()).toBe(404);
    // The not-found page streams into the shell after the status line: wait for its words.
    await page.getByText("Diesen Kunden gibt es nicht oder er wurde entfernt.").waitFor();
    expect(errors.filter((e) => !e.includes("404"))).toEqual([]);
  });
});
