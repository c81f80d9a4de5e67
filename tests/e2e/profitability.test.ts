import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, describe, expect } from "vitest";
import { addDays } from "@/lib/dates/calendar-date";
import { formatMoney, formatNumber, formatPercent } from "@/lib/format/number";
import type { KpiReport } from "@/lib/kpi/report-schema";
import { seriousViolations } from "../support/axe";
import { signInCookie } from "../support/app-server";
import { addMemberOnPage, addSessionCookie, screenshot } from "../support/browser";
import { test } from "../support/e2e";

// The Profitability page on the demo data against the engine (/api/kpis as the owner), its
// data-quality panel (the demo leaves one technician and one contract without a cost), who may see
// what, and that no cost reaches what a client sees: the QBR PDF (pdftotext) and CSV.

const money = (v: number | null) => formatMoney(v, "EUR", "en");
const card = (page: Page, title: string) => page.locator("[data-profit-cards] > div > *").filter({ has: page.getByRole("heading", { level: 3, name: title, exact: true }) });
const table = (page: Page) => page.getByRole("table", { name: "Clients with their revenue, costs and profit for the period" });

async function engineReport(url: string, query: string): Promise<KpiReport> {
  const response = await fetch(`${url}/api/kpis?${query}`, { headers: { Cookie: await signInCookie(url) } });
  expect(response.status).toBe(200);
  return (await response.json()) as KpiReport;
}

describe("profitability page in chromium", () => {
  const today = new Date().toISOString().slice(0, 10);
  // A quarter, as the demo tells its profitability story: over four weeks a small client's few
  // tickets swing its labour cost, and its margin, too much to hold on any day the suite runs.
  const query = `from=${addDays(today, -90)}&to=${addDays(today, -1)}`;
  const downloads = mkdtempSync(path.join(tmpdir(), "msp-kpi-profit-e2e-"));
  afterAll(() => rmSync(downloads, { recursive: true, force: true }));

  test("shows the engine's figures, ranks the losers first and names exactly what lacks a cost", async ({ app, page, errors }) => {
    const report = await engineReport(app.url, query);
    const now = report.profitability!;
    const then = report.previous.profitability!;
    const response = await page.goto(`${app.url}/profitability?${query}`);
    expect(response?.status()).toBe(200);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Profitability");
    await table(page).waitFor();

    const expected: [string, string, string][] = [
      ["Gross profit", money(now.gross_profit), money(then.gross_profit)],
      ["Gross margin", formatPercent(now.gross_margin, "en"), formatPercent(then.gross_margin, "en")],
      ["Effective hourly rate", money(now.effective_hourly_rate), money(then.effective_hourly_rate)],
      ["Reactive hours per endpoint", formatNumber(now.reactive_hours_per_endpoint, "en", { digits: 2 }), formatNumber(then.reactive_hours_per_endpoint, "en", { digits: 2 })],
      ["Unlogged capacity cost", money(now.unlogged_capacity_cost), money(then.unlogged_capacity_cost)],
    ];
    for (const [title, value, previous] of expected) {
      const text = await card(page, title).innerText();
      expect(text, title).toContain(value);
      expect(text, title).toContain(`Previous: ${previous}`);
    }

    // Every row on the page is the engine's client, formatted; the first is the biggest loser.
    const rows = table(page).locator("tbody tr");
    const shown = await rows.count();
    expect(shown).toBe(Math.min(25, Object.keys(now.by_client).length));
    // A figure's cell links to its explanation: the value, then (for screen readers) on a line of its own what it opens.
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => (c as HTMLElement).innerText.split("\n")[0]!.trim())));
    const headers = await table(page).locator("thead th").allInnerTexts();
    const col = (name: string) => headers.findIndex((h) => h.startsWith(name));
    for (const row of cells) {
      const figures = now.by_client[row[col("Client")]!];
      expect(figures, row[0]).toBeDefined();
      expect(row[col("Revenue earned")]).toBe(money(figures!.revenue_earned));
      expect(row[col("Hard cost")]).toBe(money(figures!.hard_cost));
      expect(row[col("Labour cost")]).toBe(money(figures!.labour_cost));
      expect(row[col("Gross profit")]).toBe(money(figures!.gross_profit));
      expect(row[col("Gross margin")]).toBe(formatPercent(figures!.gross_margin, "en"));
      expect(row[col("Effective hourly rate")]).toBe(money(figures!.effective_hourly_rate));
    }
    const lowest = Math.min(...Object.values(now.by_client).map((c) => c.gross_profit));
    expect(cells[0]![col("Gross profit")]).toBe(money(lowest));
    // The demo's story: at least two clients below 20 % margin.
    const thin = Object.values(now.by_client).filter((c) => c.gross_margin !== null && c.gross_margin < 0.2).length;
    expect(thin).toBeGreaterThanOrEqual(2);
    expect(await table(page).locator('[data-band="thin"], [data-band="loss"]').count()).toBe(Math.min(thin, shown));

    const quality = page.locator("[data-quality]");
    expect(await quality.locator('[data-gap="technicians"] li').allInnerTexts()).toEqual(["Lukas Meyer"]);
    expect(await quality.locator('[data-gap="contracts"] li').allInnerTexts()).toEqual(["MVZ Elbtal Radiologie – Network Monitoring"]);
    expect(await quality.getByRole("link", { name: "Set hourly costs in Settings" }).getAttribute("href")).toBe("/settings");
    expect(await quality.getByRole("link", { name: "Import contract costs" }).getAttribute("href")).toBe("/imports");

    // Owners see what each technician costs: the engine's by_technician, nothing more.
    const labour = page.getByRole("table", { name: "Technicians with their cost rate and labour cost for the period" });
    expect(await labour.locator("tbody tr").count()).toBe(Object.keys(now.by_technician!).length);
    expect(await labour.locator("tbody tr", { hasText: "Lukas Meyer" }).innerText()).toContain("No rate");
    expect(await page.getByRole("img", { name: /^Scatter chart of \d+ clients by MRR and effective hourly rate/ }).count()).toBe(1);

    await screenshot(page, "profitability");
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("renders in German", async ({ app, newPage }) => {
    const { page, errors } = await newPage({ locale: "de-DE" });
    await page.goto(`${app.url}/profitability?${query}`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Rentabilität");
    await page.getByRole("table", { name: "Kunden mit Umsatz, Kosten und Rohertrag im Zeitraum" }).waitFor();
    for (const title of ["Rohertrag", "Rohertragsmarge", "Effektiver Stundensatz", "Reaktive Stunden je Endgerät", "Kosten nicht erfasster Kapazität"]) {
      expect(await card(page, title).count(), title).toBe(1);
    }
    expect(await page.getByRole("heading", { level: 2, name: "Datenqualität" }).count()).toBe(1);
    await screenshot(page, "profitability-de");
    expect(errors).toEqual([]);
  });

  test("hides technician costs from managers and refuses viewers; the client page's profit card is for managers", async ({ app, page, newPage }) => {
    const members = [
      { name: "Mara Manager", email: "profit-manager@demo.example", role: "manager", password: "profit-manager-1" },
      { name: "Viktor Viewer", email: "profit-viewer@demo.example", role: "viewer", password: "profit-viewer-1" },
    ];
    for (const member of members) await addMemberOnPage(page, app.url, member);
    const [manager, viewer] = await Promise.all(
      members.map(async (member) => {
        const opened = await newPage({ signedIn: false });
        await addSessionCookie(opened.context, await signInCookie(app.url, member), app.url);
        return opened.page;
      }),
    );

    expect((await manager!.goto(`${app.url}/profitability?${query}`))?.status()).toBe(200);
    await table(manager!).waitFor();
    expect(await manager!.getByRole("heading", { name: "Labour cost per technician" }).count()).toBe(0);
    expect(await manager!.locator('[data-gap="technicians"] li').allInnerTexts()).toEqual(["Lukas Meyer"]);
    expect(await manager!.getByText("An owner sets hourly costs in Settings.").count()).toBe(1);
    await screenshot(manager!, "profitability-manager");

    await viewer!.goto(`${app.url}/profitability?${query}`);
    expect(new URL(viewer!.url()).pathname).toBe("/forbidden");
    await viewer!.goto(`${app.url}/`);
    expect(await viewer!.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Profitability" }).count()).toBe(0);

    const clientHref = (await table(manager!).locator("tbody tr").first().getByRole("link").first().getAttribute("href")) ?? "";
    await manager!.goto(`${app.url}${clientHref}`);
    const profit = manager!.locator("[data-profit-cards]");
    await profit.waitFor();
    expect(await profit.getByRole("heading", { level: 3 }).allInnerTexts()).toEqual(["Revenue earned", "Gross profit", "Gross margin", "Effective hourly rate"]);
    await screenshot(manager!, "client-profit-card");
    await viewer!.goto(`${app.url}${clientHref}`);
    await viewer!.getByRole("heading", { name: "Contracts" }).waitFor();
    expect(await viewer!.locator("[data-profit-cards]").count()).toBe(0);
    expect(await viewer!.getByText("Gross profit").count()).toBe(0);
  });

  test("puts no cost into a client's QBR: page, PDF (pdftotext) and CSV", async ({ app, page, errors }) => {
    const client = "MVZ Elbtal Radiologie";
    await page.goto(`${app.url}/clients`);
    const href = (await page.getByRole("link", { name: client, exact: true }).first().getAttribute("href")) ?? "";
    const clientId = /\/clients\/(\d+)/.exec(href)![1]!;
    await page.goto(`${app.url}/clients/${clientId}/qbr`);
    const pdfHref = (await page.getByRole("link", { name: "Download PDF" }).getAttribute("href")) ?? "";
    const period = new URLSearchParams(pdfHref.split("?")[1]);
    const figures = (await engineReport(app.url, `from=${period.get("from")}&to=${period.get("to")}`)).profitability!.by_client[client]!;
    // The demo gives this client costs: a check against nothing would prove nothing.
    expect(figures.hard_cost).toBeGreaterThan(0);
    expect(figures.labour_cost).toBeGreaterThan(0);
    const amounts = [figures.hard_cost, figures.labour_cost, figures.gross_profit].flatMap((v) => [money(v), formatMoney(v, "EUR", "de")]);
    const costWords = /cost|margin|profit|Kosten|Marge|Rohertrag|68\.00|hourly_cost|monthly_cost/i;

    const pageText = await page.locator("main").innerText();
    expect(pageText).not.toMatch(costWords);

    const [pdfDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download PDF" }).click()]);
    const pdf = path.join(downloads, "qbr.pdf");
    await pdfDownload.saveAs(pdf);
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    expect(text).toContain(client);
    expect(text).not.toMatch(costWords);
    for (const amount of amounts) {
      expect(text).not.toContain(amount);
      expect(pageText).not.toContain(amount);
    }

    const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
    const csv = path.join(downloads, "qbr.csv");
    await csvDownload.saveAs(csv);
    const lines = readFileSync(csv, "utf8").split("\r\n");
    expect(lines[0]).toBe("\uFEFFTable,Item,Current,Previous,Direction");
    expect(lines.length).toBeGreaterThan(5);
    const csvText = lines.join("\n");
    expect(csvText).not.toMatch(costWords);
    for (const amount of [figures.hard_cost, figures.labour_cost, figures.gross_profit]) expect(csvText).not.toContain(String(amount));
    expect(errors).toEqual([]);
  });
});
