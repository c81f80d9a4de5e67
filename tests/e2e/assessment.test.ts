import type { Locator, Page } from "playwright-core";
import { describe, expect } from "vitest";
import { seriousViolations } from "../support/axe";
import { screenshot } from "../support/browser";
import { test } from "../support/e2e";

// The maturity self-assessment over real HTTP: answered by mouse and keyboard, a data suggestion
// accepted, the live stage and tips seen, saved, and found again in the history after a reload.

describe("assessment page in chromium", () => {

  const statement = (page: Page, id: string) => page.locator(`#statement-${id}`);
  const radio = (page: Page, id: string, score: number) => statement(page, id).locator(`input[value="${score}"]`);
  /** By mouse: click the visible label of the score. */
  const click = (page: Page, id: string, score: number) => statement(page, id).locator("label").nth(score - 1).click();
  /** By keyboard: focus the group, Space picks 1, each ArrowRight one more. */
  async function type(page: Page, id: string, score: number) {
    await radio(page, id, 1).focus();
    await page.keyboard.press("Space");
    for (let i = 1; i < score; i++) await page.keyboard.press("ArrowRight");
  }
  const status = (page: Page) => page.getByRole("status").filter({ hasText: /./ });
  const tip = (page: Page, section: string): Locator => page.locator(`[data-section="${section}"] [data-tip]`);

  test("is answered with mouse and keyboard, shows stage and tips live, saves, and lists the result in the history", async ({ app, page, errors }) => {
    const response = await page.goto(`${app.url}/assessment`);
    expect(response?.status()).toBe(200);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Maturity self-assessment");
    expect(await page.locator('fieldset[id^="statement-"]').count()).toBe(20);
    expect(await page.getByRole("link", { name: "Maturity assessment" }).getAttribute("aria-current")).toBe("page");
    // The demo data speaks to the SLA statement, with a suggested score.
    const slaHint = page.getByRole("group", { name: /^From your data: We watch our team's performance/ });
    expect(await slaHint.innerText()).toMatch(/SLA met, last quarter\s+\d+\s%/);
    const suggested = Number(await slaHint.locator("[data-suggested]").getAttribute("data-suggested"));
    expect(suggested).toBeGreaterThanOrEqual(1);

    // Saving with nothing answered is refused in words, with the first statement focused.
    await page.getByRole("button", { name: "Save assessment" }).click();
    await expect.poll(() => status(page).innerText(), { timeout: 15_000 }).toBe(
      "Answer every statement before saving: 20 are still open; they are marked below.",
    );
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe("onboarding");

    // Accept the data's suggestion for the SLA statement.
    await slaHint.getByRole("button", { name: /^Accept suggestion for: We watch/ }).click();
    expect(await radio(page, "sla", suggested).isChecked()).toBe(true);
    expect(await slaHint.innerText()).toContain("Suggestion accepted");

    // Processes all 4 by mouse (overriding the accepted suggestion), technology and customers 3 by
    // keyboard, revenue 2, 2, 2, 2, 1 by mouse: 4.0, 3.0, 3.0, 1.8 → (4 + 3 + 3 + 1.8) / 4 = 2.95, stable.
    for (const id of ["onboarding", "sla", "documentation", "workflows", "bottlenecks"]) await click(page, id, 4);
    expect(await status(page).innerText()).toBe("Answer every statement before saving: 15 are still open; they are marked below.");
    expect(await page.locator('[data-section="processes"] [data-section-average]').innerText()).toBe("Average 4.0");
    expect(await tip(page, "processes").getAttribute("data-tip")).toBe("scalable");
    expect(await tip(page, "processes").innerText()).toContain("Next step at the Scalable stage");
    expect(await tip(page, "technology").innerText()).toBe("Answer all five statements to see this section's score and tip.");
    for (const id of ["psa-rmm", "automation", "integration", "modernisation", "tool-usage", "qbr", "csat", "response-times", "communication", "segmentation"]) {
      await type(page, id, 3);
    }
    expect(await radio(page, "tool-usage", 3).isChecked()).toBe(true);
    expect(await tip(page, "customers").getAttribute("data-tip")).toBe("proactive");
    for (const id of ["tiers", "recurring", "churn", "upsell"]) await click(page, id, 2);
    await click(page, "pricing", 1);
    expect(await tip(page, "revenue").getAttribute("data-tip")).toBe("reactive");
    expect(await tip(page, "revenue").innerText()).toContain("Review your prices, starting with a long-standing client");

    const summary = page.getByRole("region", { name: "Your score" });
    expect(await summary.locator("[data-overall]").innerText()).toBe("2.95");
    expect(await summary.locator("[data-stage]").innerText()).toBe("Stable");
    await screenshot(page, "assessment-filled");
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Save assessment" }).click();
    await expect.poll(() => status(page).innerText(), { timeout: 15_000 }).toMatch(/^Assessment saved \(.+\)\. It is now part of your history below\.$/);

    await page.reload();
    const history = page.getByRole("table", { name: "Saved assessments with their scores" });
    await history.waitFor();
    const row = history.locator("tbody tr").first();
    expect(await row.innerText()).toMatch(/4\.0\s+3\.0\s+3\.0\s+1\.8\s+2\.95\s+Stable/);
    expect(await page.getByRole("img", { name: /^One assessment, on .+: overall 2\.95\.$/ }).count()).toBe(1);
    // A fresh questionnaire after the reload; the history keeps the saved one.
    expect(await page.locator('fieldset[id^="statement-"] input:checked').count()).toBe(0);
    await screenshot(page, "assessment-history");
    // The history chart's legend is a real list (Tremor's own legend nests a <div> in its <ol>).
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("speaks German, with the statements, stages and history in German", async ({ app, newPage }) => {
    const { page, errors } = await newPage({ locale: "de-DE" });
    await page.goto(`${app.url}/assessment`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Reifegrad-Selbsteinschätzung");
    expect(await statement(page, "pricing").locator("legend").innerText()).toContain("Wir haben unsere Preise im vergangenen Jahr überprüft und angepasst.");
    const row = page.getByRole("table", { name: "Gespeicherte Einschätzungen mit ihren Werten" }).locator("tbody tr").first();
    expect(await row.innerText()).toMatch(/2,95\s+Stabil/);
    // Taking every suggestion at once answers exactly as many statements as it offered.
    const acceptAll = page.getByRole("button", { name: /^Alle \d+ offenen Vorschläge übernehmen$/ });
    const offered = Number((await acceptAll.innerText()).match(/\d+/)?.[0]);
    expect(offered).toBeGreaterThan(5);
    await acceptAll.click();
    expect(await page.getByText(`${offered} von 20 beantwortet`, { exact: true }).count()).toBe(1);
    expect(await acceptAll.count()).toBe(0);
    await screenshot(page, "assessment-de");
    expect(errors).toEqual([]);
  });
});
