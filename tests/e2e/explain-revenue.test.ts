import type { Locator, Page } from "playwright-core";
import { describe, expect } from "vitest";
import { screenshot } from "../support/browser";
import { test } from "../support/e2e";
import { exportRows, formula, number, openFrom, SERVER, sum } from "../support/explain-page";

// The revenue, client, service and technician-time drill-downs on the shared demo server, opened
// from the overview's cards and the services and technicians tables: the formula ends in the
// figure as shown there, and the exported records add up to its terms.

/** A table cell's figure link: its visible value, then opened with the keyboard. */
async function openCell(page: Page, link: Locator, metric: string): Promise<string> {
  await link.waitFor(SERVER);
  const shown = (await link.innerText()).split("\n")[0]!.trim();
  await link.focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(new RegExp(`/explain/${metric.replace(".", "\\.")}\\?`), SERVER);
  return shown;
}

describe("revenue and technician-time drill-downs in chromium", () => {
  test("overview cards, services and technicians cells open their records, which add up to the figure; reasons in German", async ({ app, page, errors, newPage }) => {
    await page.goto(`${app.url}/`);
    const card = (id: string) => page.locator(`[data-kpi="${id}"]`);
    const value = (id: string) => card(id).locator(".text-tremor-metric").innerText();
    await card("average-contract-value").waitFor(SERVER);
    const [acv, perTechnician, expansion] = [await value("average-contract-value"), await value("revenue-per-technician"), await value("expansion-mrr")];
    const overview = page.url();

    await openFrom(page, card("average-contract-value"));
    const period = new URL(page.url()).search;
    let shown = await formula(page);
    expect(shown.text).toMatch(/^MRR €[\d,.]+ ÷ contracts [\d,]+ = /);
    expect(shown.text.endsWith(`= ${acv}`)).toBe(true);
    const contracts = await exportRows(page);
    expect(contracts.length).toBe(shown.terms[1]);
    expect(sum(contracts, "Monthly value")).toBeCloseTo(shown.terms[0]!, 2);
    await screenshot(page, "explain-average-contract-value-en");

    // The card shows whole money; the formula divides the period's revenue by the full-time equivalents.
    await page.goto(overview);
    await openFrom(page, card("revenue-per-technician"));
    shown = await formula(page);
    expect(shown.text).toMatch(/^revenue €[\d,.]+ ÷ full-time equivalents [\d.]+ = €/);
    expect(Math.round(Number(await page.locator("[data-formula]").getAttribute("data-result")))).toBe(number(perTechnician));
    expect(sum(await exportRows(page), "Revenue in the period")).toBeCloseTo(shown.terms[0]!, 2);

    await page.goto(overview);
    // Expansion: the upsell and cross-sell movements, which add up to the card.
    await openFrom(page, card("expansion-mrr"));
    expect(new URL(page.url()).pathname).toBe("/explain/expansion_mrr");
    shown = await formula(page);
    expect(shown.text.endsWith(`= ${expansion}`)).toBe(true);
    const moves = await exportRows(page);
    expect(moves.every((row) => ["upsell", "cross-sell"].includes(row.Movement!)), JSON.stringify(moves.slice(0, 3))).toBe(true);
    expect(sum(moves, "Amount")).toBeCloseTo(number(expansion), 2);

    await page.goto(`${app.url}/explain/fte${period}`);
    shown = await formula(page);
    expect(shown.text).toMatch(/^available [\d,.]+\u00a0h ÷ full-time hours [\d,.]+\u00a0h = [\d.]+$/);
    expect(sum(await exportRows(page), "Available hours")).toBeCloseTo(shown.terms[0]!, 6);

    // A service's MRR and coverage.
    await page.goto(`${app.url}/services`);
    const service = page.getByRole("table", { name: "Services with their recurring revenue and coverage" }).locator("tbody tr").first();
    const name = await service.locator("td").first().innerText();
    const mrr = await openCell(page, service.locator('a[href*="service.mrr"]'), "service.mrr");
    expect(new URL(page.url()).searchParams.get("subject")).toBe(name);
    shown = await formula(page);
    expect(shown.text.endsWith(`= ${mrr}`)).toBe(true);
    const serviceContracts = await exportRows(page);
    expect(serviceContracts.every((r) => r.Service === name)).toBe(true);
    expect(sum(serviceContracts, "Monthly value")).toBeCloseTo(shown.terms[0]!, 2);
    await page.goBack();
    const coverage = await openCell(page, service.locator('a[href*="service.coverage"]'), "service.coverage");
    shown = await formula(page);
    expect(shown.text).toMatch(/^taking the service [\d,]+ ÷ paying clients [\d,]+ = /);
    expect(shown.text.endsWith(`= ${coverage}`)).toBe(true);
    const clients = await exportRows(page);
    expect(clients.length).toBe(shown.terms[1]);
    expect(clients.filter((r) => r["Counted as"] === "takes the service").length).toBe(shown.terms[0]);

    // A technician's billable hours and logged utilization.
    await page.goto(`${app.url}/technicians`);
    const technician = page.getByRole("table", { name: "Technicians with their hours and utilization for the period" }).locator("tbody tr").first();
    const billable = await openCell(page, technician.locator('a[href*="technician.billable_hours"]'), "technician.billable_hours");
    shown = await formula(page);
    expect(shown.text.endsWith(`= ${billable}`)).toBe(true);
    expect(sum(await exportRows(page), "Hours")).toBeCloseTo(shown.terms[0]!, 6);
    await page.goBack();
    const logged = await openCell(page, technician.locator('a[href*="technician.logged_utilization"]'), "technician.logged_utilization");
    shown = await formula(page);
    expect(shown.text).toMatch(/^logged [\d,.]+\u00a0h ÷ available [\d,.]+\u00a0h = /);
    expect(shown.text.endsWith(`= ${logged}`)).toBe(true);
    expect(sum(await exportRows(page), "Hours")).toBeCloseTo(shown.terms[0]!, 6);
    await screenshot(page, "explain-technician-logged-utilization-en");

    // New clients in German: the clients left out say why.
    const german = await newPage({ locale: "de-DE" });
    await german.page.goto(`${app.url}/explain/new_clients${period}&rows=left-out`);
    expect((await formula(german.page)).text).toMatch(/^\d+ gezählte Datensätze = \d+$/);
    const reasons = new Set(await german.page.getByRole("table").locator("tbody tr td:last-child").allInnerTexts());
    expect(reasons.size).toBeGreaterThan(0);
    expect([...reasons].every((r) => /^erster Vertrag (vor|nach) dem Zeitraum$/.test(r))).toBe(true);
    // A client's MRR reads as money in the reader's locale.
    const headers = await german.page.getByRole("table").locator("thead th").allInnerTexts();
    const atEnd = headers.findIndex((h) => h.startsWith("MRR am Ende"));
    expect(atEnd).toBeGreaterThan(0);
    const amounts = await german.page.getByRole("table").locator(`tbody tr td:nth-child(${atEnd + 1})`).allInnerTexts();
    expect(amounts.length).toBeGreaterThan(0);
    expect(amounts.every((a) => /^(—|-?[\d.]+,\d{2}\s€)$/.test(a)), amounts.join(" | ")).toBe(true);
    await screenshot(german.page, "explain-new-clients-de");
    expect(german.errors).toEqual([]);
    expect(errors).toEqual([]);
  }, 240_000);
});
