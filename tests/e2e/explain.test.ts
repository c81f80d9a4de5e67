import { describe, expect } from "vitest";
import { screenshot } from "../support/browser";
import { test } from "../support/e2e";
import { exportRows, formula, number, openFrom, SERVER, sum } from "../support/explain-page";

// The explanation view on the shared demo server, opened from a card on the overview, a client's
// page, the clients table and the technicians page: the formula's result is the card's value, and
// the records exported as CSV add up to the figure (a count or a sum, as the definition says).

describe("explanation view in chromium", () => {
  test("overview cards: SLA met, team utilization, tickets created and MRR explain themselves, and their records add up", async ({ app, page, errors }) => {
    await page.goto(`${app.url}/`);
    const card = (id: string) => page.locator(`[data-kpi="${id}"]`);
    await card("mrr").waitFor();
    const values = Object.fromEntries(
      await Promise.all(["sla-met", "team-utilization", "tickets-created", "mrr"].map(async (id) => [id, await card(id).locator(".text-tremor-metric").innerText()] as const)),
    );
    const overview = page.url();

    await openFrom(page, card("sla-met"));
    const url = new URL(page.url());
    expect(url.pathname).toBe("/explain/sla_met");
    expect(url.searchParams.get("from")).toMatch(/^\d{4}-\d{2}-01$/);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("SLA met");
    let shown = await formula(page);
    expect(shown.text).toMatch(/^met [\d,]+ ÷ in the SLA base [\d,]+ = /);
    expect(shown.text.endsWith(`= ${values["sla-met"]}`)).toBe(true);
    expect(await page.getByText(/^What it means/).isVisible()).toBe(true);
    const base = await exportRows(page);
    expect(base.length).toBe(shown.terms[1]);
    expect(base.filter((r) => r["Counted as"] === "met").length).toBe(shown.terms[0]);
    await screenshot(page, "explain-sla-met-en");
    // The rows left out, each with its reason.
    await page.getByRole("link", { name: /^Left out \(/ }).click();
    await page.waitForURL(/rows=left-out/, SERVER);
    const reasons = new Set(await page.getByRole("table").locator("tbody tr td:last-child").allInnerTexts());
    expect([...reasons].every((r) => /created before the period|no priority|no response yet|first responses|No records/.test(r))).toBe(true);

    await page.goto(overview);
    await openFrom(page, card("team-utilization"));
    shown = await formula(page);
    expect(shown.text).toMatch(/^billable [\d,.]+\u00a0h ÷ available [\d,.]+\u00a0h = /);
    expect(shown.text.endsWith(`= ${values["team-utilization"]}`)).toBe(true);
    expect(sum(await exportRows(page), "Hours")).toBeCloseTo(shown.terms[0]!, 6);
    await page.getByRole("link", { name: "Available hours per technician" }).click();
    await page.waitForURL(/rows=capacity/, SERVER);
    expect(sum(await exportRows(page), "Available hours")).toBeCloseTo(shown.terms[1]!, 6);

    await page.goto(overview);
    await openFrom(page, card("tickets-created"));
    shown = await formula(page);
    expect(shown.text.endsWith(`= ${values["tickets-created"]}`)).toBe(true);
    expect((await exportRows(page)).length).toBe(number(values["tickets-created"]!));

    await page.goto(overview);
    await openFrom(page, card("mrr"));
    shown = await formula(page);
    expect(shown.text.endsWith(`= ${values.mrr}`)).toBe(true);
    expect(sum(await exportRows(page), "Monthly value")).toBeCloseTo(number(values.mrr!), 2);

    // Each bar of the MRR bridge opens its movements, which add up to the bar.
    await page.goto(overview);
    await page.getByRole("link", { name: "New", exact: true }).click();
    await page.waitForURL(/\/explain\/new_mrr/, SERVER);
    shown = await formula(page);
    expect(sum(await exportRows(page), "Amount")).toBeCloseTo(number(shown.text.split("=").at(-1)!), 2);
    expect(errors).toEqual([]);
  }, 240_000);

  test("a client's cards and the technicians' utilization explain themselves for that client or technician, in English and German", async ({ app, page, errors, newPage }) => {
    await page.goto(`${app.url}/clients`);
    const first = page.getByRole("table", { name: "Clients with their figures for the period" }).locator("tbody tr").first();
    await first.waitFor(SERVER);
    const name = await first.locator("td").first().innerText();
    // The table's MRR cell opens the client's contracts, which add up to it.
    const mrrCell = first.locator(`a[href*="client.mrr"]`);
    const mrr = (await mrrCell.innerText()).split("\n")[0]!.trim();
    await mrrCell.click();
    await page.waitForURL(/\/explain\/client\.mrr\?/, SERVER);
    expect((await formula(page)).text.endsWith(`= ${mrr}`)).toBe(true);
    const contracts = await exportRows(page);
    expect(contracts.every((r) => r.Client === name)).toBe(true);
    expect(sum(contracts, "Monthly value")).toBeCloseTo(number(mrr), 2);
    await page.goBack();
    await first.locator("td a").first().click();
    await page.waitForURL(/\/clients\/\d+/, SERVER);
    const clientPage = page.url();
    const cards = page.locator("section[aria-labelledby='kpi-heading'] > div > *");
    const hoursCard = cards.filter({ hasText: "Billed hours" });
    const hours = await hoursCard.locator(".text-tremor-metric").innerText();
    await openFrom(page, hoursCard);
    expect(new URL(page.url()).searchParams.get("subject")).toBe(name);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(`Billed hours: ${name}`);
    const shown = await formula(page);
    expect(shown.text.endsWith(`= ${hours}`)).toBe(true);
    const entries = await exportRows(page);
    expect(entries.every((r) => r.Client === name)).toBe(true);
    expect(sum(entries, "Hours")).toBeCloseTo(shown.terms[0]!, 6);

    // SLA met: the card's value, the client's tickets in its base counted in the CSV; no goal line, and the trend says why.
    await page.goto(clientPage);
    const slaCard = cards.filter({ hasText: "SLA met" });
    const sla = await slaCard.locator(".text-tremor-metric").innerText();
    await openFrom(page, slaCard);
    expect(new URL(page.url()).pathname).toBe("/explain/client.sla_met");
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(`SLA met: ${name}`);
    const slaLine = await formula(page);
    expect(slaLine.text).toMatch(/^met [\d,]+ ÷ in the SLA base [\d,]+ = /);
    expect(slaLine.text.endsWith(`= ${sla}`)).toBe(true);
    const base = await exportRows(page);
    expect(base.every((r) => r.Client === name)).toBe(true);
    expect(base.length).toBe(slaLine.terms[1]);
    expect(base.filter((r) => r["Counted as"] === "met").length).toBe(slaLine.terms[0]);
    await page.getByText("Goals are set on the figures alert rules watch, not on this one.").waitFor(SERVER);
    await screenshot(page, "explain-client-sla-met-en");
    const slaUrl = page.url();

    await page.goto(clientPage);
    const csatCard = cards.filter({ hasText: "CSAT" });
    const csat = await csatCard.locator(".text-tremor-metric").innerText();
    await openFrom(page, csatCard);
    expect(new URL(page.url()).pathname).toBe("/explain/client.csat");
    expect((await formula(page)).text.endsWith(`= ${csat}`)).toBe(true);

    await page.goto(`${app.url}/technicians`);
    const cell = page.getByRole("table", { name: "Technicians with their hours and utilization for the period" }).locator("tbody tr").first().locator(`a[href*="technician.utilization"]`);
    await cell.waitFor(SERVER);
    // The link reads the value, then (for screen readers, on a line of its own) what it opens.
    const utilization = (await cell.innerText()).split("\n")[0]!.trim();
    await cell.click();
    await page.waitForURL(/\/explain\/technician\.utilization\?/, SERVER);
    expect((await formula(page)).text.endsWith(`= ${utilization}`)).toBe(true);
    await screenshot(page, "explain-technician-utilization-en");

    // The same view in German.
    const german = await newPage({ locale: "de-DE" });
    await german.page.goto(page.url());
    const line = await formula(german.page);
    expect(line.text).toMatch(/^abrechenbar [\d.,]+\u00a0h ÷ verfügbar [\d.,]+\u00a0h = /);
    expect(await german.page.getByRole("heading", { level: 2, name: "Die Zahlen dieses Zeitraums" }).isVisible()).toBe(true);
    await screenshot(german.page, "explain-technician-utilization-de");
    await german.page.goto(slaUrl);
    expect(await german.page.getByRole("heading", { level: 1 }).innerText()).toBe(`SLA eingehalten: ${name}`);
    expect((await formula(german.page)).text).toMatch(/^eingehalten [\d.]+ ÷ in der SLA-Basis [\d.]+ = /);
    await german.page.getByText("Ziele gibt es für die Kennzahlen, die Warnregeln überwachen, nicht für diese.").waitFor(SERVER);
    await screenshot(german.page, "explain-client-sla-met-de");
    expect(german.errors).toEqual([]);
    expect(errors).toEqual([]);
  }, 240_000);
});
