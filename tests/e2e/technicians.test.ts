import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { addDays } from "@/lib/dates/calendar-date";
import { screenshot } from "../support/browser";
import { test } from "../support/e2e";

// The demo data makes two technicians overloaded and two idle in its last six weeks: the last
// four weeks (up to yesterday) show bands and at least one proposed move.

const table = (page: Page) => page.getByRole("table", { name: "Technicians with their hours and utilization for the period" });
/** The "With accepted moves: …" line under a technician's bar; absent while no accepted move changes their figures. */
const projection = (page: Page, technician: string) => page.locator(`[data-technician="${technician}"] [data-projected]`);

describe("technicians page in chromium", () => {
  const today = new Date().toISOString().slice(0, 10);
  const query = `from=${addDays(today, -28)}&to=${addDays(today, -1)}`;

  test("shows utilization bars and workload bands; accepting a proposed move changes the projection", async ({ app, page, errors }) => {
    const response = await page.goto(`${app.url}/technicians?${query}`);
    expect(response?.status()).toBe(200);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Technicians");
    await table(page).waitFor();
    expect(await table(page).locator('[data-band="overloaded"]').count()).toBeGreaterThan(0);
    expect(await table(page).locator('[data-band="idle"]').count()).toBeGreaterThan(0);
    expect(await page.getByRole("img", { name: /: Billable \d+\s%\sof capacity; .*: Logged \d+\s%\sof capacity$/ }).count()).toBe(8);
    expect(await page.getByRole("heading", { name: "Recent moves" }).count()).toBe(1);
    expect(await page.getByText("No moves accepted yet.").count()).toBe(1);

    const proposal = page.locator("[data-proposal]").first();
    await proposal.waitFor();
    const client = (await proposal.getAttribute("data-proposal")) ?? "";
    const heading = await proposal.getByRole("heading", { level: 3 }).innerText();
    const [, from = "", to = ""] = /: (.+) → (.+)$/.exec(heading) ?? [];
    // "<from> 95 % → 80 % utilization · 110 % → 95 % logged": the logged figure after the move.
    const fromChange = await proposal.locator("dl > div").first().innerText();
    const afterLogged = Number(/→\s*(\d+)\u00a0%\s*logged/.exec(fromChange)?.[1]);
    expect(afterLogged).toBeGreaterThan(0);
    await screenshot(page, "technicians");

    expect(await projection(page, from).count()).toBe(0);
    await proposal.getByRole("button", { name: `Accept: move ${client} from ${from} to ${to}` }).click();
    const moved = page.locator(`[data-move="${client}"]`);
    await moved.waitFor({ timeout: 20_000 });
    expect(await moved.innerText()).toContain(`${from} → ${to}`);
    // Recorded, not carried out: the PSA owns assignment, so the move waits there with its hand-over list.
    expect(await moved.getAttribute("data-status")).toBe("pending");
    expect(await moved.innerText()).toContain("Pending in the PSA");
    const openTickets = Number(await moved.locator("td").nth(3).innerText());
    const handOver = page.locator(`[data-hand-over="${client}"]`);
    expect(await handOver.innerText()).toContain(`reassign ${client}'s open tickets and scheduled work from ${from} to ${to}`);
    expect(await handOver.locator("li", { hasText: /^Ticket / }).count()).toBe(openTickets);
    const href = (await handOver.getByRole("link", { name: "Download the list (CSV)" }).getAttribute("href")) ?? "";
    const csv = await page.evaluate(async (url) => (await fetch(url)).text(), href);
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe("what,psa_id,subject,priority,date,client,from,to"); // fetch drops the BOM
    expect(lines.filter((l) => l.startsWith("ticket,"))).toHaveLength(openTickets);
    expect(lines.at(-1)).toMatch(/^client default technician,,,,,/);
    const after = await projection(page, from).innerText();
    expect(after).toMatch(new RegExp(`^With accepted moves: \\d+\\s%\\sbillable · ${afterLogged}\\s%\\slogged$`));
    expect(await projection(page, to).count()).toBe(1);
    // The table's projected columns (off by default) say the same.
    await page.locator("details summary", { hasText: "Columns" }).click();
    await page.getByRole("checkbox", { name: "Projected logged" }).check();
    await page.keyboard.press("Escape");
    const column = (await table(page).locator("thead th").allInnerTexts()).indexOf("Projected logged") + 1;
    const fromRow = table(page).locator("tbody tr").filter({ has: page.getByText(from, { exact: true }) });
    const cell = await fromRow.locator(`td:nth-child(${column})`).innerText();
    expect(Math.round(Number(cell.replace(/[^0-9.]/g, "")))).toBe(afterLogged);
    // The accepted move is no longer proposed.
    expect(await page.locator(`[data-proposal="${client}"]`).count()).toBe(0);
    await screenshot(page, "technicians-after-accept");

    // Reloading keeps the projection: it comes from the recorded move.
    await page.reload();
    await table(page).waitFor();
    expect(await projection(page, from).innerText()).toBe(after);
    expect(errors).toEqual([]);
  });

  test("renders in German", async ({ app, newPage }) => {
    const { page, errors } = await newPage({ locale: "de-DE" });
    await page.goto(`${app.url}/technicians?${query}`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Techniker");
    await page.getByRole("heading", { level: 2, name: "Umverteilung" }).waitFor();
    await screenshot(page, "technicians-de");
    expect(errors).toEqual([]);
  });
});
