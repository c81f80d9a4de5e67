import type { Page } from "playwright-core";
import { describe, expect, inject } from "vitest";
import { generateDemoData } from "@/fixtures/demo/generate";
import { formatMoney } from "@/lib/format/number";
import { addDays, mrrOn, resolvePeriodPreset, roundMoney, type Period, type PeriodPreset } from "@/lib/kpi/reference";
import { records } from "../demo/support";
import { screenshot } from "../support/browser";
import { test } from "../support/e2e";
import { formula } from "../support/explain-page";

// The overview over real HTTP with the demo data. The expected MRR is worked out independently of
// the server: the same demo files (same `today`) through the reference implementation in lib/kpi,
// while the page shows what the SQL path (computeKpiReportSql) computes.

describe("overview page in chromium", () => {
  // The shared server holds the demo data anchored to the day it was loaded (UTC); so do we.
  const today = inject("e2eDemoToday");
  const contracts = records("contracts", generateDemoData({ today }));

  const preset = (name: PeriodPreset): Period => resolvePeriodPreset(name, today, "UTC");
  const expectedMrr = (period: Period, locale: "en" | "de" = "en") => formatMoney(roundMoney(mrrOn(contracts, period.to)), "EUR", locale);
  const card = (page: Page, id: string) => page.locator(`[data-kpi="${id}"]`);
  const cardValue = (page: Page, id: string) => card(page, id).locator(".text-tremor-metric").innerText();
  const periodSelect = (page: Page, name = "Period") => page.getByRole("combobox", { name, exact: true });

  test("shows every KPI card, both charts and the demo org's MRR for last month, without console errors", async ({ app, page, errors }) => {
    const response = await page.goto(`${app.url}/`);
    expect(response?.status()).toBe(200);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Overview");
    expect(await page.getByText("Demo MSP").first().isVisible()).toBe(true);

    await card(page, "mrr").waitFor();
    expect(await cardValue(page, "mrr")).toBe(expectedMrr(preset("last-month")));
    const ids = await page.locator("[data-kpi]").evaluateAll((els) => els.map((el) => el.getAttribute("data-kpi")));
    expect(ids).toEqual([
      "mrr", "net-new-mrr", "average-contract-value", "new-mrr", "expansion-mrr", "churned-mrr",
      "team-utilization", "revenue-per-technician", "tickets-created", "first-response", "sla-met", "csat",
    ]);
    // Each card has its previous-period value; the demo has a year of data, so none is empty.
    for (const id of ids) expect(await card(page, id!).innerText(), id!).toMatch(/Previous: (?!—)/);

    expect(await periodSelect(page).inputValue()).toBe("last-month");
    const { from, to } = preset("last-month");
    expect(await page.getByText(/^Showing /).innerText()).toContain(new Date(`${from}T00:00:00Z`).getUTCFullYear().toString());

    // Charts: one labelled image each, with the figures as a table behind a disclosure.
    const trend = page.getByRole("img", { name: /^MRR over 12 months/ });
    await trend.locator("svg.recharts-surface").first().waitFor();
    const bridge = page.getByRole("img", { name: /^MRR bridge: from / });
    await bridge.locator("svg.recharts-surface").first().waitFor();
    expect(await bridge.getAttribute("aria-label")).toContain(expectedMrr({ from, to }));
    await page.getByText("Show the figures as a table").first().click();
    const trendTable = page.getByRole("table", { name: "MRR, last 12 months" });
    expect(await trendTable.locator("tbody tr").count()).toBe(12);
    const lastMonth = trendTable.locator("tbody tr").last().locator("td a[data-explain]");
    expect((await lastMonth.innerText()).split("\n")[0]).toBe(expectedMrr({ from, to }));
    // Each month's value explains itself: the contracts active on its last day add up to it.
    expect(await lastMonth.getAttribute("href")).toBe(`/explain/mrr?from=${to.slice(0, 7)}-01&to=${to}`);

    await screenshot(page, "overview-en");
    await lastMonth.click();
    await page.waitForURL(/\/explain\/mrr\?/);
    expect((await formula(page)).text.endsWith(`= ${expectedMrr({ from, to })}`)).toBe(true);
    expect(errors).toEqual([]);
  });

  test("changes the period with the picker: the URL and the figures follow", async ({ app, page, errors }) => {
    await page.goto(`${app.url}/?tab=keep-me`);
    await card(page, "mrr").waitFor();

    await periodSelect(page).selectOption("this-year");
    await page.waitForURL(/period=this-year/);
    expect(new URL(page.url()).searchParams.get("tab")).toBe("keep-me");
    await expect.poll(() => cardValue(page, "mrr"), { timeout: 15_000 }).toBe(expectedMrr(preset("this-year")));
    expect(await card(page, "mrr").innerText()).toContain(`Previous: ${expectedMrr({ from: "", to: addDays(preset("this-year").from, -1) })}`);

    // A custom range: two dates and Apply.
    const custom = { from: addDays(today, -120), to: addDays(today, -60) };
    await periodSelect(page).selectOption("custom");
    await page.getByLabel("From", { exact: true }).fill(custom.from);
    await page.getByLabel("To", { exact: true }).fill(custom.to);
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL((url) => url.searchParams.get("from") === custom.from && url.searchParams.get("to") === custom.to);
    expect(new URL(page.url()).searchParams.get("period")).toBeNull();
    await expect.poll(() => cardValue(page, "mrr"), { timeout: 15_000 }).toBe(expectedMrr(custom));
    expect(await periodSelect(page).inputValue()).toBe("custom");
    await screenshot(page, "overview-custom-range");

    // A reversed range is refused in words, and nothing navigates.
    await page.getByLabel("From", { exact: true }).fill(custom.to);
    await page.getByLabel("To", { exact: true }).fill(custom.from);
    await page.getByRole("button", { name: "Apply" }).click();
    expect(await page.getByRole("alert").filter({ hasText: "start date" }).innerText()).toBe("The start date must not be after the end date.");
    expect(new URL(page.url()).searchParams.get("from")).toBe(custom.from);

    // The URL alone is enough: a bookmarked period opens as it was.
    await page.goto(`${app.url}/?period=last-quarter`);
    expect(await cardValue(page, "mrr")).toBe(expectedMrr(preset("last-quarter")));
    expect(await periodSelect(page).inputValue()).toBe("last-quarter");
    expect(errors).toEqual([]);
  });

  test("is keyboard usable: the period select changes the period with the arrow keys", async ({ app, page, errors }) => {
    await page.goto(`${app.url}/?period=last-month`);
    await card(page, "mrr").waitFor();
    await periodSelect(page).focus();
    await page.keyboard.press("ArrowDown"); // last-month → this-quarter
    await page.waitForURL(/period=this-quarter/);
    await expect.poll(() => cardValue(page, "mrr"), { timeout: 15_000 }).toBe(expectedMrr(preset("this-quarter")));
    expect(errors).toEqual([]);
  });

  test("formats numbers German-style after switching the language to Deutsch", async ({ app, page, errors }) => {
    await page.goto(`${app.url}/`);
    await card(page, "mrr").waitFor();
    await page.getByRole("combobox", { name: "Language" }).first().selectOption("de");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText(), { timeout: 15_000 }).toBe("Übersicht");
    const mrr = await cardValue(page, "mrr");
    expect(mrr).toBe(expectedMrr(preset("last-month"), "de"));
    expect(mrr).toMatch(/^\d{1,3}(\.\d{3})*,\d{2}\u00a0€$/);
    expect(await card(page, "mrr").innerText()).toContain("Vorperiode:");
    expect(await periodSelect(page, "Zeitraum").inputValue()).toBe("last-month");
    await screenshot(page, "overview-de");

    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, "overview-mobile-de");
    expect(errors).toEqual([]);
  });
});
