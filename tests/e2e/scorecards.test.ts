import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, describe, expect } from "vitest";
import { addDays } from "@/lib/dates/calendar-date";
import { formatMoney } from "@/lib/format/number";
import type { KpiReport } from "@/lib/kpi/report-schema";
import { seriousViolations } from "../support/axe";
import { signInCookie } from "../support/app-server";
import { addMemberOnPage, addSessionCookie, screenshot } from "../support/browser";
import { test, type PageOptions } from "../support/e2e";
import type { TestPage } from "../support/browser";

/** Adds a viewer, links them to a technician on Settings → Access and opens a page signed in as them. */
async function linkedTechnician(owner: Page, newPage: (o?: PageOptions) => Promise<TestPage>, url: string, name: string, email: string) {
  const member = { name, email, role: "viewer", password: `${email}-pass-1` };
  await addMemberOnPage(owner, url, member);
  const row = owner.locator("tr", { hasText: member.email });
  await row.getByRole("combobox", { name: `Technician that ${name} is` }).selectOption({ label: name });
  await row.getByRole("button", { name: "Save link" }).click();
  await row.getByRole("status").filter({ hasText: "Saved." }).waitFor();
  const opened = await newPage({ signedIn: false });
  await addSessionCookie(opened.context, await signInCookie(url, member), url);
  return { ...opened, member };
}

// The Scorecards page on the demo data against the engine (/api/kpis as the owner), its CSV for
// payroll, and a technician's own view: their card at /scorecards/me, nobody else's by any URL.

describe("scorecards in chromium", () => {
  const today = new Date().toISOString().slice(0, 10);
  const query = `from=${addDays(today, -28)}&to=${addDays(today, -1)}`;
  const downloads = mkdtempSync(path.join(tmpdir(), "msp-kpi-scorecards-e2e-"));
  afterAll(() => rmSync(downloads, { recursive: true, force: true }));

  test("shows a card per person with the engine's figures, the CSV for payroll and, for a linked technician, only their own card", async ({ app, page, errors, newPage }) => {
    const response = await fetch(`${app.url}/api/kpis?${query}`, { headers: { Cookie: await signInCookie(app.url) } });
    const scorecards = ((await response.json()) as KpiReport).scorecards!;
    const people = [...new Set([...Object.keys(scorecards.technicians), ...Object.keys(scorecards.salespeople)])].sort();
    expect(people.length).toBeGreaterThan(2);

    expect((await page.goto(`${app.url}/scorecards?${query}`))?.status()).toBe(200);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Scorecards");
    await page.locator("[data-scorecard]").first().waitFor();
    expect(await page.locator("[data-scorecard]").evaluateAll((cards) => cards.map((c) => c.getAttribute("data-scorecard")))).toEqual(people);
    const [me, colleague] = Object.keys(scorecards.technicians).sort();
    const myCard = page.locator(`[data-scorecard="${me}"]`);
    const resolved = await myCard.locator('[data-figure="tickets_resolved"] td').allInnerTexts();
    // The value opens its explanation; the link's words for screen readers follow on a line of their own.
    expect(resolved[0]!.split("\n")[0]).toBe(String(scorecards.technicians[me!]!.tickets_resolved));
    expect(await page.locator("th", { hasText: "Team median" }).count()).toBeGreaterThan(0);
    await screenshot(page, "scorecards");
    expect(await seriousViolations(page)).toEqual([]);

    // The CSV: one row per person, their figures as the engine has them.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV for payroll" }).click()]);
    const file = path.join(downloads, "scorecards.csv");
    await download.saveAs(file);
    const lines = readFileSync(file, "utf8").split("\r\n").filter(Boolean);
    const header = lines[0]!.replace("\uFEFF", "").split(",");
    expect(header.slice(0, 4)).toEqual(["person", "from", "to", "tickets_resolved"]);
    expect(lines.slice(1).map((l) => l.split(",")[0]!.replace(/^"|"$/g, ""))).toEqual(people);
    const myRow = lines.find((l) => l.startsWith(`${me},`))!.split(",");
    expect(Number(myRow[header.indexOf("tickets_resolved")])).toBe(scorecards.technicians[me!]!.tickets_resolved);

    // A technician signs in: their own card only; the team page and a colleague's card are refused.
    const technician = await linkedTechnician(page, newPage, app.url, me!, "scorecard-tech@demo.example");
    const member = technician.member;
    const own = technician.page;
    await own.goto(`${app.url}/scorecards/me?${query}`);
    await own.locator(`[data-scorecard="${me}"]`).waitFor();
    expect(await own.locator("[data-scorecard]").count()).toBe(1);
    expect(await own.locator("th", { hasText: "Team median" }).count()).toBe(0);
    expect(await own.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "My scorecard" }).count()).toBe(1);
    expect(await own.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Scorecards", exact: true }).count()).toBe(0);
    await screenshot(own, "scorecards-me");
    for (const url of [`/scorecards?${query}`, `/scorecards/${encodeURIComponent(colleague!)}?${query}`, `/scorecards/${encodeURIComponent(me!)}?${query}`]) {
      await own.goto(`${app.url}${url}`);
      expect(new URL(own.url()).pathname, url).toBe("/forbidden");
    }
    expect((await fetch(`${app.url}/api/scorecards/csv?${query}`, { headers: { Cookie: await signInCookie(app.url, member) } })).status).toBe(403);
    expect(technician.errors).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("the owner's pay plan: volume alone warns, each card and the CSV carry the result; peer reviews and their privacy", async ({ app, page, errors, newPage }) => {
    await page.goto(`${app.url}/scorecards?${query}`);
    const form = page.locator("form", { has: page.getByRole("button", { name: "Save pay plan" }) });
    await form.waitFor();
    for (const row of await form.locator("[data-bonus-row]").all()) await row.getByRole("combobox", { name: /figure$/ }).selectOption("");
    await form.getByLabel("Tickets resolved", { exact: true }).fill("3");
    await form.getByLabel("CSAT (1–5)", { exact: true }).fill("");
    await form.getByRole("button", { name: "Save pay plan" }).click();
    await page.getByText("Pay plan saved.").waitFor();
    await page.locator("[data-volume-warning]").waitFor();
    const anna = page.locator('[data-scorecard="Anna Schmidt"]');
    const tickets = Number((await anna.locator('[data-figure="tickets_resolved"] td').first().innerText()).split("\n")[0]!.replace(/,/g, ""));
    expect(await anna.locator("[data-pay-total]").innerText()).toContain(formatMoney(3 * tickets, "EUR", "en"));
    await screenshot(page, "scorecards-volume-warning");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV for payroll" }).click()]);
    const file = path.join(downloads, "pay.csv");
    await download.saveAs(file);
    const lines = readFileSync(file, "utf8").split("\r\n");
    const header = lines[0]!.replace("\uFEFF", "").split(",");
    expect(Number(lines.find((l) => l.startsWith("Anna Schmidt,"))!.split(",")[header.indexOf("pay_total")])).toBe(3 * tickets);

    // A quality weight as well: no warning any more.
    await form.getByLabel("CSAT (1–5)", { exact: true }).fill("100");
    await form.getByRole("button", { name: "Save pay plan" }).click();
    await page.getByText("Pay plan saved.").waitFor();
    await page.locator("[data-volume-warning]").waitFor({ state: "detached" });

    // Lukas Meyer has two demo reviews: his own card says why no mean shows. He reviewed Jonas
    // Becker already this quarter; a second time is refused, Tobias Wagner is new.
    const lukas = await linkedTechnician(page, newPage, app.url, "Lukas Meyer", "scorecard-lukas@demo.example");
    await lukas.page.goto(`${app.url}/scorecards/me?${query}`);
    expect(await lukas.page.locator('[data-figure="peer_review"]').innerText()).toContain("(2 reviews so far)");
    const review = async (colleague: string, comment: string) => {
      await lukas.page.getByLabel("Colleague").selectOption({ label: colleague });
      await lukas.page.getByRole("radio", { name: "4" }).check();
      await lukas.page.getByLabel("Comment (optional)").fill(comment);
      await lukas.page.getByRole("button", { name: "Send review" }).click();
    };
    await review("Jonas Becker", "twice");
    await lukas.page.getByRole("alert").filter({ hasText: "You have already reviewed this colleague this quarter" }).waitFor();
    await review("Tobias Wagner", "Solid on-call week.");
    await lukas.page.getByText("Thank you: your review is saved.").waitFor();
    await screenshot(lukas.page, "scorecards-peer-review");
    expect(lukas.errors).toEqual([]);

    await page.goto(`${app.url}/scorecards?${query}`);
    const reviews = page.getByRole("table", { name: "Peer reviews with reviewer, colleague, score and comment" });
    expect(await reviews.locator("tr", { hasText: "Solid on-call week." }).innerText()).toContain("Lukas Meyer");
    expect(errors).toEqual([]);
  });

  test("renders in German", async ({ app, newPage }) => {
    const { page, errors } = await newPage({ locale: "de-DE" });
    await page.goto(`${app.url}/scorecards?${query}`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Scorecards");
    await page.locator("[data-scorecard]").first().waitFor();
    expect(await page.locator("th", { hasText: "Teammedian" }).count()).toBeGreaterThan(0);
    await screenshot(page, "scorecards-de");
    expect(errors).toEqual([]);
  });
});
