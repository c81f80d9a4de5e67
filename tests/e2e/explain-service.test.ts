import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { addDays } from "@/lib/dates/calendar-date";
import { seriousViolations } from "../support/axe";
import { screenshot } from "../support/browser";
import { test } from "../support/e2e";
import { exportRows, formula, number, SERVER, sum } from "../support/explain-page";

// The service desk's explanations on the shared demo server: a technician's and a salesperson's
// scorecard cells open theirs, resolution time and the fleet's have theirs; each formula ends in the
// figure, the exported records add up to it, and the records table fits a phone and a desktop.

/** Opens the first scorecard cell of `figure` whose value is not 0; returns its text and its person. */
async function openCell(page: Page, figure: string): Promise<{ value: string; person: string }> {
  const links = page.locator(`[data-scorecard] [data-figure="${figure}"] a[data-explain]`);
  await links.first().waitFor(SERVER);
  const values = (await links.allInnerTexts()).map((text) => text.split("\n")[0]!.trim());
  const index = values.findIndex((v) => number(v) !== 0);
  expect(index, figure).toBeGreaterThanOrEqual(0);
  const link = links.nth(index);
  const person = (await link.locator("xpath=ancestor::*[@data-scorecard]").getAttribute("data-scorecard"))!;
  const value = values[index]!;
  await link.click();
  await page.waitForURL(/\/explain\//, SERVER);
  expect(new URL(page.url()).searchParams.get("subject")).toBe(person);
  return { value, person };
}

describe("service desk explanations in chromium", () => {
  // The 90 days before today: enough tickets and bookings for every figure on the demo data.
  const today = new Date().toISOString().slice(0, 10);
  const quarter = `from=${addDays(today, -90)}&to=${addDays(today, -1)}`;
  test("scorecard cells, resolution time and the fleet explain themselves, their records add up, and the records fit the screen", async ({ app, page, errors, newPage }) => {
    await page.goto(`${app.url}/scorecards?${quarter}`);
    const csat = await openCell(page, "csat");
    expect(new URL(page.url()).pathname).toBe("/explain/technician.csat");
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(`CSAT: ${csat.person}`);
    let shown = await formula(page);
    expect(shown.result).toBeCloseTo(number(csat.value), 1);
    const scored = await exportRows(page);
    expect(scored.length).toBe(shown.terms[1]);
    expect(sum(scored, "Score")).toBeCloseTo(shown.terms[0]!, 6);
    expect(scored.every((r) => r.Technician === csat.person)).toBe(true);

    await page.goto(`${app.url}/scorecards?${quarter}`);
    const booked = await openCell(page, "booked_new_service_mrr");
    shown = await formula(page);
    expect(shown.result).toBeCloseTo(number(booked.value), 2);
    const contracts = await exportRows(page);
    expect(contracts.every((r) => r["Booked as"] === "new service")).toBe(true);
    expect(sum(contracts, "Monthly value")).toBeCloseTo(shown.result, 2);

    await page.goto(`${app.url}/explain/resolution_hours?${quarter}`);
    shown = await formula(page);
    expect(shown.text).toMatch(/^median of [\d,]+ durations = [\d,.]+\u00a0h$/);
    const resolved = await exportRows(page);
    expect(resolved.length).toBe(shown.terms[0]);
    expect(resolved.every((r) => r["Counted as"] === "resolved" && r.Resolved !== "")).toBe(true);

    await page.goto(`${app.url}/explain/warranty_coverage?${quarter}`);
    shown = await formula(page);
    expect(shown.text).toMatch(/^under warranty [\d,]+ ÷ managed devices [\d,]+ = /);
    const fleet = await exportRows(page);
    expect(fleet.length).toBe(shown.terms[1]);
    expect(fleet.filter((r) => r["Warranty on the last day"] === "under warranty").length).toBe(shown.terms[0]);
    await page.goto(`${app.url}/explain/managed_devices?${quarter}`);
    expect((await formula(page)).result).toBe(fleet.length);
    // Where records are not listed for good, the page says why, after the definition.
    await page.goto(`${app.url}/explain/tickets_per_device?${quarter}`);
    expect(await page.getByRole("note").innerText()).toMatch(/per month of the period.*\n?.*whose records are listed under Tickets created and Managed devices\.$/s);
    expect(errors).toEqual([]);

    // Devices and tickets (the most columns) on a phone and a desktop, in English and German: the page never scrolls
    // sideways; on a phone the records scroll in a region of their own, reachable by keyboard; on a desktop they fit.
    // Each page is loaded once, on the phone, then widened to the desktop.
    for (const locale of ["en-US", "de-DE"] as const) {
      const view = await newPage({ locale, viewport: { width: 390, height: 844 } });
      for (const metric of ["warranty_coverage", "resolution_hours", "sla_met"]) {
        await view.page.goto(`${app.url}/explain/${metric}?${quarter}`);
        for (const width of [390, 1280]) {
          const where = `${metric}, ${locale} at ${width} px`;
          await view.page.setViewportSize({ width, height: 844 });
          await formula(view.page);
          expect(await view.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), where).toBeLessThanOrEqual(0);
          // Focusable exactly when it scrolls, once the page has measured it.
          const region = view.page.locator("[data-table-scroll]");
          const scrolls = await region.evaluate((el) => new Promise<boolean>((done) => {
            const wide = () => el.scrollWidth > el.clientWidth;
            const wait = () => (wide() === (el.getAttribute("tabindex") === "0") ? done(wide()) : requestAnimationFrame(wait));
            wait();
          }));
          await screenshot(view.page, `explain-${metric}-${locale.slice(0, 2)}-${width}`);
          expect(scrolls, where).toBe(width === 390);
          if (scrolls) expect(await region.getAttribute("aria-label"), where).toMatch(/^(Records|Datensätze): /);
          // The scroll region and the devices' own column headings, scanned as the accessibility test scans pages.
          if (metric === "warranty_coverage" && (locale === "en-US") === (width === 390)) expect(await seriousViolations(view.page), where).toEqual([]);
        }
        await view.page.setViewportSize({ width: 390, height: 844 });
      }
      expect(view.errors).toEqual([]);
    }
  }, 240_000);
});
