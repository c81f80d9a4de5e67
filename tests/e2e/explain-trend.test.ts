import type { Page } from "playwright-core";
import { describe, expect, inject } from "vitest";
import { subMonths } from "date-fns";
import { addDays, calendarDateOf, utcDay } from "@/lib/dates/calendar-date";
import { formatDate, formatMonth } from "@/lib/format/date";
import { resolvePeriodPreset } from "@/lib/kpi/presets";
import { screenshot } from "../support/browser";
import { test } from "../support/e2e";
import { formula } from "../support/explain-page";

// The trend section of the explanation view on the shared demo server: 12 periods, the goal line,
// and this period's value in the table equal to the figure on its page. Only the section is
// checked: the rest of the page belongs to the explanation view around it.

const trend = (page: Page, name = "Trend") => page.getByRole("region", { name });
const rows = (page: Page, name = "Trend") => trend(page, name).locator("tbody tr");

describe("a figure's trend in chromium", () => {
  const today = inject("e2eDemoToday");
  const lastMonth = resolvePeriodPreset("last-month", today, "UTC");
  const monthQuery = `from=${lastMonth.from}&to=${lastMonth.to}`;
  const weeksQuery = `from=${addDays(today, -28)}&to=${addDays(today, -1)}`;

  test("SLA met and a technician's utilization over 12 periods with their goal lines, in English and German", async ({ app, page, errors, newPage }) => {
    await page.goto(`${app.url}/?${monthQuery}`);
    const slaCard = await page.locator('[data-kpi="sla-met"] .text-tremor-metric').innerText();

    const response = await page.goto(`${app.url}/explain/sla_met?${monthQuery}`);
    expect(response?.status()).toBe(200);
    await trend(page).getByText("Show the values as a table").click();
    expect(await rows(page).count()).toBe(12);
    expect(await rows(page).last().locator("th").innerText()).toBe(formatMonth(lastMonth.from, "en"));
    expect(await rows(page).first().locator("th").innerText()).toBe(formatMonth(calendarDateOf(subMonths(utcDay(lastMonth.from), 11)), "en"));
    expect(await rows(page).last().locator("td").innerText()).toBe(slaCard);
    // The benchmark default's line beside the figure's, named in the legend.
    expect(await trend(page).locator('.recharts-line-curve:not([stroke-opacity="0"])').count()).toBe(2);
    expect(await trend(page).getByText("Goal ≥\u00a090.0\u00a0%").count()).toBe(1);
    expect(await trend(page).locator("[data-trend-reading]").innerText()).toMatch(/^This period \(.+\) is (above|below|at) the median|^This period has no data|^Only this period/);
    expect(await trend(page).getByRole("img", { name: `SLA met over 12 periods, from ` }).getAttribute("aria-label")).toContain(`this period: ${slaCard}.`);
    await screenshot(page, "explain-trend");
    // An earlier period's value opens that period's explanation, whose formula gives the same value.
    const first = rows(page).first();
    const firstValue = (await first.locator("td").innerText()).split("\n")[0]!;
    const firstFrom = calendarDateOf(subMonths(utcDay(lastMonth.from), 11));
    await first.locator("td a[data-explain]").click();
    await page.waitForURL((url) => url.pathname === "/explain/sla_met" && url.searchParams.get("from") === firstFrom);
    expect((await formula(page)).text.endsWith(`= ${firstValue}`)).toBe(true);

    // A technician's figure over 28-day periods, against the technicians table.
    await page.goto(`${app.url}/technicians?${weeksQuery}`);
    const technician = (await page.locator("[data-technician]").first().getAttribute("data-technician")) ?? "";
    const tableRow = page.getByRole("table", { name: "Technicians with their hours and utilization for the period" }).locator("tbody tr").filter({ hasText: technician });
    await page.goto(`${app.url}/explain/technician.utilization?${weeksQuery}&subject=${encodeURIComponent(technician)}`);
    await trend(page).getByText("Show the values as a table").click();
    expect(await rows(page).count()).toBe(12);
    expect(await rows(page).first().locator("th").innerText()).toBe(`${formatDate(addDays(today, -336), "en")} – ${formatDate(addDays(today, -309), "en")}`);
    const utilization = await rows(page).last().locator("td").innerText();
    expect(await trend(page).locator('.recharts-line-curve:not([stroke-opacity="0"])').count()).toBe(2);
    expect(await trend(page).getByText("Goal ≥\u00a075.0\u00a0%").count()).toBe(1);
    await page.goto(`${app.url}/technicians?${weeksQuery}`);
    expect(await tableRow.innerText()).toContain(utilization);

    const german = await newPage({ locale: "de-DE" });
    await german.page.goto(`${app.url}/explain/sla_met?${monthQuery}`);
    await trend(german.page, "Verlauf").getByText("Werte als Tabelle anzeigen").click();
    expect(await rows(german.page, "Verlauf").count()).toBe(12);
    expect(await rows(german.page, "Verlauf").last().locator("th").innerText()).toBe(formatMonth(lastMonth.from, "de"));
    expect(await trend(german.page, "Verlauf").getByText("Ziel ≥\u00a090,0\u00a0%").count()).toBe(1);
    await screenshot(german.page, "explain-trend-de");
    expect(german.errors).toEqual([]);
    expect(errors).toEqual([]);
  }, 240_000);
});
