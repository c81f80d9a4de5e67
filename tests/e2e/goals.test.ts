import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { addDays } from "@/lib/dates/calendar-date";
import { signInCookie } from "../support/app-server";
import { addMemberOnPage, addSessionCookie, screenshot } from "../support/browser";
import { test } from "../support/e2e";

// Goals on the shared demo server: the benchmark defaults with their sources, a goal set with the
// keyboard-usable form, its badge on the overview and the technicians page, the projection of a
// dated goal, and the one-click alert rule. Everything the test adds it removes again.

const goalsTable = (page: Page) => page.getByRole("table", { name: "Goals with their target, this period's value and status" });
const goalRow = (page: Page, figure: string, who: string) => goalsTable(page).locator("tbody tr").filter({ hasText: figure }).filter({ hasText: who });
const STATUS = /^(met|at_risk|missed|no_data)$/;

describe("goals in chromium", () => {
  const today = new Date().toISOString().slice(0, 10);
  const technicianPeriod = `from=${addDays(today, -28)}&to=${addDays(today, -1)}`;
  const due = addDays(today, 200);

  test("set goals, see them on the overview and technicians pages, turn one into an alert rule, remove them", async ({ app, page, errors }) => {
    page.on("dialog", (dialog) => void dialog.accept());
    await page.goto(`${app.url}/technicians?${technicianPeriod}`);
    const technician = (await page.locator("[data-technician]").first().getAttribute("data-technician")) ?? "";
    expect(technician).not.toBe("");

    await page.goto(`${app.url}/goals`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Goals");
    await goalsTable(page).waitFor();
    // The benchmark defaults, each with its source.
    const utilization = goalRow(page, "Team utilization", "Whole business");
    expect(await utilization.innerText()).toContain("≥\u00a075.0\u00a0% (at risk above 85.0\u00a0%)");
    expect(await utilization.innerText()).toContain("Industry benchmark: MSPs commonly aim for 70–80 %");
    expect(await goalRow(page, "SLA met", "Whole business").innerText()).toContain("≥\u00a090.0\u00a0%");

    // A dated MRR goal, typed with the keyboard only.
    await page.getByLabel("Figure").focus();
    await page.getByLabel("Figure").selectOption("mrr");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.type("60000");
    await page.getByLabel("Due date (optional)").fill(due);
    await page.getByLabel("Source (optional)").fill("Business plan");
    await page.getByLabel("Source (optional)").press("Enter");
    await page.getByText("Goal saved.").waitFor();
    const mrr = goalRow(page, "MRR", "Whole business");
    await mrr.waitFor();
    expect(await mrr.locator("[data-projection]").innerText()).toMatch(/^(On track: €[\d,]+ expected by|Behind: €[\d,]+ a month short)/);
    expect(await mrr.innerText()).toContain("Method: linear least-squares fit over the last 6 full months");

    // A wrong number is refused beside its field.
    await page.getByLabel("Figure").selectOption("technician.utilization");
    await page.getByLabel("Technician or client").fill(technician);
    await page.locator("#goal-target").fill("lots");
    await page.getByRole("button", { name: "Set goal" }).click();
    await page.getByText("Enter a number.").waitFor();
    expect(await page.locator("#goal-target").getAttribute("aria-invalid")).toBe("true");
    await page.locator("#goal-target").fill("100");
    await page.getByRole("button", { name: "Set goal" }).click();
    await goalRow(page, "Utilization", technician).waitFor();
    await screenshot(page, "goals");

    // The overview's cards show target and status (a word, not a colour alone).
    await page.goto(`${app.url}/`);
    const mrrCard = page.locator('[data-kpi="mrr"]');
    await mrrCard.locator("[data-goal]").waitFor();
    expect(await mrrCard.locator("[data-goal]").innerText()).toMatch(/^Goal ≥\s€60,000\s+.\s+(Met|At risk|Missed)$/);
    expect(await page.locator('[data-kpi="sla-met"] [data-goal]').innerText()).toContain("Goal ≥\u00a090.0\u00a0%");
    expect(await mrrCard.locator("[data-goal-status]").getAttribute("data-goal-status")).toMatch(STATUS);
    await screenshot(page, "goals-overview");

    // The technicians page: the technician's own goal, the default for everyone else, a line on each bar.
    await page.goto(`${app.url}/technicians?${technicianPeriod}`);
    const own = page.locator(`[data-technician="${technician}"]`);
    await own.locator("[data-goal]").waitFor();
    expect(await own.locator("[data-goal]").innerText()).toContain("Goal ≥\u00a0100.0\u00a0%");
    const others = page.locator("[data-technician]").filter({ hasNot: page.getByText("Goal ≥\u00a0100.0\u00a0%") });
    expect(await others.first().locator("[data-goal]").innerText()).toContain("Goal ≥\u00a075.0\u00a0%");
    expect(await page.locator("[data-goal-line]").count()).toBe(await page.locator("[data-technician]").count());
    const tableRow = page.getByRole("table", { name: "Technicians with their hours and utilization for the period" }).locator("tbody tr").filter({ hasText: technician });
    expect(await tableRow.innerText()).toMatch(/≥\s100.0\s%\s+.\s+(Met|At risk|Missed)/);
    await screenshot(page, "goals-technicians");

    // One click from a goal to an alert rule with its figure, direction and target.
    await page.goto(`${app.url}/goals`);
    await page.getByRole("button", { name: "Create alert rule: MRR · Whole business" }).click();
    await page.waitForURL(/\/alerts\?edit=\d+/);
    const rule = page.locator('[data-rule="Goal: MRR"]');
    expect(await rule.innerText()).toContain("below €60,000");
    expect(await page.locator('select[name="kpi"]').inputValue()).toBe("mrr");
    await rule.getByRole("button", { name: "Delete: Goal: MRR" }).click();
    await rule.waitFor({ state: "detached" });

    // Removing both goals; a removed default stays removed after a reload.
    await page.goto(`${app.url}/goals`);
    await page.getByRole("button", { name: "Remove: MRR · Whole business" }).click();
    await mrr.waitFor({ state: "detached" });
    await page.getByRole("button", { name: `Remove: Utilization · ${technician}` }).click();
    await goalRow(page, "Utilization", technician).waitFor({ state: "detached" });
    expect(errors).toEqual([]);
  }, 240_000);

  test("renders in German", async ({ app, newPage }) => {
    const { page, errors } = await newPage({ locale: "de-DE" });
    await page.goto(`${app.url}/goals`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Ziele");
    const table = page.getByRole("table", { name: "Ziele mit Zielwert, Wert im Zeitraum und Stand" });
    expect(await table.locator("tbody tr").filter({ hasText: "Team-Auslastung" }).innerText()).toContain("Branchen-Richtwert");
    await screenshot(page, "goals-de");
    await page.goto(`${app.url}/`);
    // innerText of a node still in the streamed, hidden part of the page is its bare textContent.
    await page.locator('[data-kpi="sla-met"] [data-goal]').waitFor();
    expect(await page.locator('[data-kpi="sla-met"] [data-goal]').innerText()).toMatch(/^Ziel ≥\s90,0\s%\s+.\s+(Erreicht|Gefährdet|Verfehlt|Keine Daten)$/);
    await screenshot(page, "goals-overview-de");
    await page.goto(`${app.url}/technicians?${technicianPeriod}`);
    await page.locator("[data-technician] [data-goal]").first().waitFor();
    expect((await page.locator("[data-technician] [data-goal]").allInnerTexts()).some((text) => text.startsWith("Ziel ≥\u00a075,0\u00a0%"))).toBe(true);
    await screenshot(page, "goals-technicians-de");
    expect(errors).toEqual([]);
  });

  test("a viewer reads the goals without changing them, and no cost figure shows through a status", async ({ app, page, newPage }) => {
    const member = { name: "Gina Goals", email: "goals-viewer@demo.example", role: "viewer", password: "goals-viewer-1" };
    await addMemberOnPage(page, app.url, member);
    await page.goto(`${app.url}/goals`);
    const margin = (p: Page) => goalRow(p, "Gross margin", "Whole business");
    expect(await margin(page).locator("td").nth(3).innerText()).toMatch(/\d\s%$/);

    const viewer = await newPage({ signedIn: false });
    await addSessionCookie(viewer.context, await signInCookie(app.url, member), app.url);
    await viewer.page.goto(`${app.url}/goals`);
    await goalsTable(viewer.page).waitFor();
    expect(await margin(viewer.page).locator("td").nth(3).innerText()).toBe("—");
    expect(await margin(viewer.page).locator("[data-goal-status]").getAttribute("data-goal-status")).toBe("no_data");
    expect(await viewer.page.getByRole("heading", { name: "New goal" }).count()).toBe(0);
    expect(await viewer.page.getByRole("button", { name: /^Remove: / }).count()).toBe(0);
    expect(await viewer.page.getByText("Managers and owners set and change goals.").count()).toBe(1);
    expect(viewer.errors).toEqual([]);
  });
});
