import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { tokenize } from "@/lib/imports/csv/tokenizer";
import { seriousViolations } from "../support/axe";
import { screenshot } from "../support/browser";
import { test } from "../support/e2e";

// The service desk's explanations on the shared demo server: a technician's and a salesperson's
// scorecard cells open theirs, resolution time and the fleet's have theirs; each formula ends in the
// figure, the exported records add up to it, and the records table fits a phone and a desktop.

const SERVER = { timeout: 15_000 };
const number = (text: string) => Number(text.replace(/[^0-9.-]/g, ""));

/** The records table's CSV (the Export link), one object per row keyed by the header. */
async function exportRows(page: Page): Promise<Record<string, string>[]> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  const [header, ...rows] = tokenize(readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, ""), ",").rows;
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ""])));
}

const sum = (rows: Record<string, string>[], column: string) => rows.reduce((s, r) => s + Number(r[column]), 0);

/** The formula as the page shows it, its terms and its result (shares as fractions). */
async function formula(page: Page): Promise<{ text: string; terms: number[]; result: number }> {
  const line = page.locator("[data-formula]");
  await line.waitFor(SERVER);
  return {
    text: await line.innerText(),
    terms: JSON.parse((await line.getAttribute("data-terms")) ?? "[]") as number[],
    result: Number(await line.getAttribute("data-result")),
  };
}

/** Opens the first scorecard cell of `figure` that has a value; returns its text and its person. */
async function openCell(page: Page, figure: string): Promise<{ value: string; person: string }> {
  const card = page.locator("[data-scorecard]", { has: page.locator(`[data-figure="${figure}"] a[data-explain]`) }).first();
  await card.waitFor(SERVER);
  const person = (await card.getAttribute("data-scorecard"))!;
  const link = card.locator(`[data-figure="${figure}"] a[data-explain]`);
  const value = (await link.innerText()).split("\n")[0]!.trim();
  await link.click();
  await page.waitForURL(/\/explain\//, SERVER);
  expect(new URL(page.url()).searchParams.get("subject")).toBe(person);
  return { value, person };
}

describe("service desk explanations in chromium", () => {
  test("scorecard cells, resolution time and the fleet explain themselves, their records add up, and the records fit the screen", async ({ app, page, errors, newPage }) => {
    await page.goto(`${app.url}/scorecards`);
    const csat = await openCell(page, "csat");
    expect(new URL(page.url()).pathname).toBe("/explain/technician.csat");
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(`CSAT: ${csat.person}`);
    let shown = await formula(page);
    expect(shown.result).toBeCloseTo(number(csat.value), 1);
    const scored = await exportRows(page);
    expect(scored.length).toBe(shown.terms[1]);
    expect(sum(scored, "Score")).toBeCloseTo(shown.terms[0]!, 6);
    expect(scored.every((r) => r.Technician === csat.person)).toBe(true);

    await page.goto(`${app.url}/scorecards`);
    const booked = await openCell(page, "booked_new_service_mrr");
    shown = await formula(page);
    expect(shown.result).toBeCloseTo(number(booked.value), 2);
    const contracts = await exportRows(page);
    expect(contracts.every((r) => r["Booked as"] === "new service")).toBe(true);
    expect(sum(contracts, "Monthly value")).toBeCloseTo(shown.result, 2);

    await page.goto(`${app.url}/explain/resolution_hours`);
    shown = await formula(page);
    expect(shown.text).toMatch(/^median of [\d,]+ durations = [\d,.]+\u00a0h$/);
    const resolved = await exportRows(page);
    expect(resolved.length).toBe(shown.terms[0]);
    expect(resolved.every((r) => r["Counted as"] === "resolved" && r.Resolved !== "")).toBe(true);

    await page.goto(`${app.url}/explain/warranty_coverage`);
    shown = await formula(page);
    expect(shown.text).toMatch(/^under warranty [\d,]+ ÷ managed devices [\d,]+ = /);
    const fleet = await exportRows(page);
    expect(fleet.length).toBe(shown.terms[1]);
    expect(fleet.filter((r) => r["Warranty on the last day"] === "under warranty").length).toBe(shown.terms[0]);
    await page.goto(`${app.url}/explain/managed_devices`);
    expect((await formula(page)).result).toBe(fleet.length);
    expect(errors).toEqual([]);

    // The widest records (devices) on a phone and a desktop, in English and German: the page never
    // scrolls sideways; a table wider than its box scrolls in a region of its own, reachable by keyboard.
    for (const [locale, width] of [["en-US", 390], ["de-DE", 390], ["en-US", 1280], ["de-DE", 1280]] as const) {
      const view = await newPage({ locale, viewport: { width, height: 844 } });
      await view.page.goto(`${app.url}/explain/warranty_coverage`);
      await formula(view.page);
      const overflow = await view.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${locale} at ${width} px`).toBeLessThanOrEqual(0);
      // Focusable exactly when it scrolls (once the page has measured it).
      const region = view.page.locator("[data-table-scroll]");
      await region.evaluate((el) => new Promise((done) => {
        const settled = () => (el.scrollWidth > el.clientWidth) === (el.getAttribute("tabindex") === "0");
        const wait = () => (settled() ? done(null) : requestAnimationFrame(wait));
        wait();
      }));
      if (width === 390) expect(await region.getAttribute("aria-label"), `${locale} at ${width} px`).toMatch(/^(Records|Datensätze): /);
      await screenshot(view.page, `explain-warranty-${locale.slice(0, 2)}-${width}`);
      // The scroll region and the devices' own column headings, scanned as the accessibility test scans pages.
      if ((locale === "en-US") === (width === 390)) expect(await seriousViolations(view.page), `${locale} at ${width} px`).toEqual([]);
      expect(view.errors).toEqual([]);
    }
  });
});
