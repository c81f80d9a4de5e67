import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect } from "vitest";
import { addDays } from "@/lib/dates/calendar-date";
import type { KpiReport } from "@/lib/kpi/report-schema";
import { seriousViolations } from "../support/axe";
import { signInCookie } from "../support/app-server";
import { addMemberOnPage, addSessionCookie, screenshot } from "../support/browser";
import { test } from "../support/e2e";

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
    expect(resolved[0]).toBe(String(scorecards.technicians[me!]!.tickets_resolved));
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
    const member = { name: me!, email: "scorecard-tech@demo.example", role: "viewer", password: "scorecard-tech-1" };
    await addMemberOnPage(page, app.url, member);
    const row = page.locator("tr", { hasText: member.email });
    await row.getByRole("combobox", { name: `Technician that ${me} is` }).selectOption({ label: me! });
    await row.getByRole("button", { name: "Save link" }).click();
    await page.waitForLoadState("networkidle");
    const technician = await newPage({ signedIn: false });
    await addSessionCookie(technician.context, await signInCookie(app.url, member), app.url);
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

  test("renders in German", async ({ app, newPage }) => {
    const { page, context, errors } = await newPage({ locale: "de-DE" });
    await page.goto(`${app.url}/scorecards?${query}`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Scorecards");
    await page.locator("[data-scorecard]").first().waitFor();
    expect(await page.locator("th", { hasText: "Teammedian" }).count()).toBeGreaterThan(0);
    await screenshot(page, "scorecards-de");
    expect(errors).toEqual([]);
    await context.close();
  });
});
