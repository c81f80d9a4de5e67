import type { Locator, Page } from "playwright-core";
import { describe, expect } from "vitest";
import { addDays } from "@/lib/dates/calendar-date";
import { signInCookie } from "../support/app-server";
import { seriousViolations } from "../support/axe";
import { addMemberOnPage, addSessionCookie, screenshot } from "../support/browser";
import { test } from "../support/e2e";
import { exportRows, formula, number, openFrom, SERVER, sum } from "../support/explain-page";

// The profitability figures' explanation views on the shared demo server, opened from the
// Profitability page's cards and table cells: the formula's result is what the page shows, the
// exported lines add up to it, the hours of a technician without a cost rate are left out with
// that reason, and a viewer is refused the records on the page and in the export.

const today = new Date().toISOString().slice(0, 10);
const query = `from=${addDays(today, -28)}&to=${addDays(today, -1)}`;
const card = (page: Page, title: string) => page.locator("[data-profit-cards] > div > *").filter({ has: page.getByRole("heading", { level: 3, name: title, exact: true }) });
const clientsTable = (page: Page) => page.getByRole("table", { name: "Clients with their revenue, costs and profit for the period" });
/** A figure's link: its value first, then (for screen readers) what it opens. */
const linkValue = async (cell: Locator) => (await cell.innerText()).split("\n")[0]!.trim();

describe("profitability explanations in chromium", () => {
  test("cards and client cells explain gross profit, margin and labour cost; a viewer gets no cost records", async ({ app, page, errors, newPage }) => {
    const profitability = `${app.url}/profitability?${query}`;
    await page.goto(profitability);
    const value = (title: string) => card(page, title).locator(".text-tremor-metric").innerText();
    const [grossProfit, grossMargin, perEndpoint] = [await value("Gross profit"), await value("Gross margin"), await value("Reactive hours per endpoint")];

    await openFrom(page, card(page, "Gross profit"));
    expect(new URL(page.url()).pathname).toBe("/explain/gross_profit");
    let shown = await formula(page);
    expect(shown.text.endsWith(`= ${grossProfit}`)).toBe(true);
    const lines = await exportRows(page);
    expect(new Set(lines.map((r) => r.Line))).toEqual(new Set(["contract share", "billed", "hard cost", "labour cost"]));
    expect(sum(lines, "Amount")).toBeCloseTo(number(grossProfit), 2);
    await screenshot(page, "explain-gross-profit-en");

    await page.goto(profitability);
    await openFrom(page, card(page, "Gross margin"));
    shown = await formula(page);
    expect(shown.text).toMatch(/^gross profit .+ ÷ revenue earned .+ = /);
    expect(shown.text.endsWith(`= ${grossMargin}`)).toBe(true);
    const margin = await exportRows(page);
    expect(sum(margin, "Amount")).toBeCloseTo(shown.terms[0]!, 2);
    expect(sum(margin.filter((r) => r.Line === "contract share" || r.Line === "billed"), "Amount")).toBeCloseTo(shown.terms[1]!, 2);

    await page.goto(profitability);
    await openFrom(page, card(page, "Reactive hours per endpoint"));
    shown = await formula(page);
    expect(shown.text).toMatch(/^reactive hours .+ × 30\.4375 ÷ managed devices × days .+ = /);
    expect(shown.text.endsWith(`= ${perEndpoint}`)).toBe(true);

    // A client's labour cost: its entries × cost rate; the demo's technician without a rate is left out, saying so.
    await page.goto(profitability);
    const row = clientsTable(page).locator("tbody tr").first();
    await row.waitFor(SERVER);
    const client = (await row.locator("td").first().innerText()).trim();
    const labourCell = row.locator("a[data-explain]").nth(2);
    const labour = await linkValue(labourCell);
    await labourCell.click();
    await page.waitForURL(/\/explain\/client\.labour_cost\?/, SERVER);
    expect(new URL(page.url()).searchParams.get("subject")).toBe(client);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(`Labour cost: ${client}`);
    shown = await formula(page);
    expect(shown.text.endsWith(`= ${labour}`)).toBe(true);
    const entries = await exportRows(page);
    expect(entries.every((r) => r.Client === client && r.Line === "labour cost")).toBe(true);
    expect(sum(entries, "Amount")).toBeCloseTo(number(labour), 2);

    // The client's own profit cards open the same figures for the client.
    await page.goto(profitability);
    await clientsTable(page).locator("tbody tr").first().getByRole("link", { name: client }).click();
    await page.waitForURL(/\/clients\/\d+/, SERVER);
    const clientMargin = card(page, "Gross margin");
    const marginShown = await clientMargin.locator(".text-tremor-metric").innerText();
    await openFrom(page, clientMargin);
    expect(new URL(page.url()).pathname).toBe("/explain/client.gross_margin");
    expect(new URL(page.url()).searchParams.get("subject")).toBe(client);
    expect((await formula(page)).text.endsWith(`= ${marginShown}`)).toBe(true);

    // The technician without a cost rate: no labour cost, every entry left out for that reason.
    await page.goto(`${app.url}/explain/technician.labour_cost?${query}&subject=${encodeURIComponent("Lukas Meyer")}&rows=left-out`);
    shown = await formula(page);
    expect(shown.text.endsWith("= —")).toBe(true);
    const reasons = new Set(await page.getByRole("table").locator("tbody tr td:last-child").allInnerTexts());
    expect([...reasons]).toEqual(["technician without a cost rate"]);

    const german = await newPage({ locale: "de-DE" });
    await german.page.goto(`${app.url}/explain/gross_margin?${query}`);
    expect((await formula(german.page)).text).toMatch(/^Rohertrag .+ ÷ erzielter Umsatz .+ = /);
    await screenshot(german.page, "explain-gross-margin-de");
    expect(await seriousViolations(german.page)).toEqual([]);

    const viewer = { name: "Vera Viewer", email: "explain-profit-viewer@demo.example", role: "viewer", password: "explain-profit-viewer-1" };
    await addMemberOnPage(page, app.url, viewer);
    const cookie = await signInCookie(app.url, viewer);
    const viewerPage = await newPage({ signedIn: false });
    await addSessionCookie(viewerPage.context, cookie, app.url);
    await viewerPage.page.goto(`${app.url}/explain/gross_margin?${query}`);
    await viewerPage.page.getByText("Cost figures are for managers and owners.").waitFor(SERVER);
    expect(await viewerPage.page.locator("[data-formula], table").count()).toBe(0);
    const refused = await fetch(`${app.url}/explain/gross_margin/export?${query}`, { headers: { Cookie: cookie } });
    expect(refused.status).toBe(403);
    expect(await refused.text()).not.toContain("contract share");
    expect([...errors, ...german.errors, ...viewerPage.errors]).toEqual([]);
  }, 240_000);
});
