import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { describe, expect } from "vitest";
import { newPage, screenshot } from "../support/browser";
import { test } from "../support/e2e";
import { formula, openFrom, SERVER } from "../support/explain-page";

// The QBR page, its PDF and CSV, the patch status report and the bulk export, on the demo data.

describe("QBR reports in chromium", () => {
  let clientId: string;
  let clientName: string;
  const downloads = mkdtempSync(path.join(tmpdir(), "msp-kpi-qbr-e2e-"));

  test.beforeAll(async ({ app, browser }) => {
    const { page, context } = await newPage(browser, { signedInTo: app });
    await page.goto(`${app.url}/clients`);
    const link = page.getByRole("table", { name: "Clients with their figures for the period" }).locator("tbody tr").first().getByRole("link").first();
    clientName = await link.innerText();
    clientId = /\/clients\/(\d+)/.exec((await link.getAttribute("href")) ?? "")![1]!;
    await context.close();
  });

  test.afterAll(() => {
    rmSync(downloads, { recursive: true, force: true });
  });

  test("opens from the client's page on the last full quarter; notes are saved and shown after a reload", async ({ app, page, errors }) => {
    await page.goto(`${app.url}/clients/${clientId}`);
    await page.getByRole("link", { name: "QBR report" }).click();
    await page.waitForURL(new RegExp(`/clients/${clientId}/qbr$`));
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(clientName);
    expect(await page.getByRole("combobox", { name: "Period" }).inputValue()).toBe("last-quarter");
    for (const heading of ["Summary", "Service performance", "Tickets and hours per month", "Contracts", "Services", "Account manager's notes"]) {
      expect(await page.getByRole("heading", { level: 2, name: heading, exact: true }).count(), heading).toBe(1);
    }
    expect(await page.getByRole("heading", { name: "Summary" }).locator("xpath=..").getByRole("listitem").count()).toBeGreaterThan(0);
    const performance = page.getByRole("table", { name: "Service performance now and in the previous period" });
    const measures = await performance.locator("tbody th[scope=row]").allInnerTexts();
    expect(measures).toEqual([
      "Device coverage (reporting to monitoring)", "Warranty coverage", "Antivirus", "Patching", "Backup", "Devices online (seen in 7 days)", "Ticketing (SLA met)",
    ]);
    expect(await performance.locator("tbody td").first().innerText()).toMatch(/^\d+\.\d\u00a0%$/);

    const notes = page.getByRole("textbox", { name: "Notes for this review" });
    await notes.fill("Agenda: backup for the new branch office.\nRenewal talk in May.");
    await page.getByRole("button", { name: "Save notes" }).click();
    await page.getByText("Notes saved.").waitFor();
    await page.reload();
    expect(await page.getByRole("textbox", { name: "Notes for this review" }).inputValue()).toBe("Agenda: backup for the new branch office.\nRenewal talk in May.");
    await expect.poll(() => page.locator(".recharts-bar-rectangle").count()).toBeGreaterThan(0);
    await screenshot(page, "qbr-page");
    expect(errors).toEqual([]);
  });

  test("its cards (tickets, managed devices) and each month's tickets and billable hours explain themselves, ending in the numbers shown", async ({ app, page, errors }) => {
    const qbr = `${app.url}/clients/${clientId}/qbr`;
    await page.goto(qbr);
    const card = page.locator(".tremor-Card-root").filter({ has: page.getByRole("heading", { level: 3, name: "Tickets", exact: true }) });
    const tickets = await card.locator(".text-tremor-metric").innerText();
    await openFrom(page, card);
    expect(page.url()).toContain("/explain/client.tickets_created?");
    expect(new URL(page.url()).searchParams.get("subject")).toBe(clientName);
    expect((await formula(page)).text.endsWith(`= ${tickets}`)).toBe(true);

    // The fleet: the client's devices managed on the quarter's last day, listed one by one.
    await page.goto(qbr);
    const fleet = page.locator(".tremor-Card-root").filter({ has: page.getByRole("heading", { level: 3, name: "Managed devices", exact: true }) });
    const devices = await fleet.locator(".text-tremor-metric").innerText();
    await openFrom(page, fleet);
    expect(page.url()).toContain("/explain/client.managed_devices?");
    expect((await formula(page)).text.endsWith(`= ${devices}`)).toBe(true);

    // The first month's cells: its tickets and billable hours over that month's days of the quarter.
    await page.goto(qbr);
    await page.getByText("Show the figures as a table").click();
    const month = page.getByRole("table", { name: "Tickets and hours per month" }).locator("tbody tr").first();
    const links = month.locator("a[data-explain]");
    expect(await links.count()).toBe(2);
    const hours = (await links.nth(1).innerText()).split("\n")[0]!;
    await links.nth(1).click();
    await page.waitForURL(/\/explain\/client\.billed_hours\?/, SERVER);
    const search = new URL(page.url()).searchParams;
    expect([search.get("from")!.slice(8), search.get("to")!.slice(0, 7)]).toEqual(["01", search.get("from")!.slice(0, 7)]);
    expect((await formula(page)).text.endsWith(`= ${hours}`)).toBe(true);
    expect(errors).toEqual([]);
  });

  test("downloads the PDF (cover, figures, notes, page numbers) and the CSV from the page's buttons", async ({ app, newPage }) => {
    const { page, context, errors } = await newPage();
    await page.goto(`${app.url}/clients/${clientId}/qbr`);
    const [pdfDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download PDF" }).click()]);
    expect(pdfDownload.suggestedFilename()).toMatch(/^qbr-[a-z0-9-]+-\d{4}-\d{2}-01-\d{4}-\d{2}-\d{2}\.pdf$/);
    const pdf = path.join(downloads, "client.pdf");
    await pdfDownload.saveAs(pdf);
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(text.split("\f")[0]).toContain("Demo MSP");
    expect(text.split("\f")[0]).toContain(clientName);
    expect(text).toContain("Service performance");
    expect(text).toContain("Renewal talk in May.");
    expect(text).toContain(`Page ${pages} of ${pages}`);

    const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
    const csv = path.join(downloads, "client.csv");
    await csvDownload.saveAs(csv);
    const lines = readFileSync(csv, "utf8").split("\r\n");
    expect(lines[0]).toBe("\uFEFFTable,Item,Current,Previous,Direction");
    expect(lines.some((l) => l.startsWith("Service performance: Security monitoring,Patching,"))).toBe(true);

    const german = await context.request.get(`${app.url}/clients/${clientId}/qbr/print?locale=de`);
    expect(german.status()).toBe(200);
    expect(await german.text()).toContain("Service-Performance");
    expect(errors).toEqual([]);
  });

  test("shows the patch status report: share up to date, patches missing, charts and a table per client", async ({ app, page, errors }) => {
    await page.goto(`${app.url}/reports`);
    await page.getByRole("link", { name: "Open the patch status report →" }).click();
    await page.waitForURL(/\/reports\/patch-status$/);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Patch status");
    for (const card of ["Devices up to date", "Patches missing", "Not seen in 7 days", "Managed devices"]) {
      expect(await page.getByRole("heading", { level: 3, name: card, exact: true }).count(), card).toBe(1);
    }
    const table = page.getByRole("table", { name: "Patch status per client" });
    expect(await table.locator("tbody tr").count()).toBeGreaterThan(5);
    const shares = (await table.locator("tbody tr td:nth-child(4)").allInnerTexts()).map((s) => Number(s.split("\n")[0]!.replace(/[^\d.]/g, "")));
    expect(shares).toEqual([...shares].sort((a, b) => a - b)); // worst first
    await expect.poll(() => page.getByTestId("patch-status-bar").locator("div").count()).toBe(3);
    await expect.poll(() => page.locator(".recharts-bar-rectangle").count()).toBeGreaterThan(0);
    await screenshot(page, "patch-status");

    // A client's share is its patched figure on the period's last day: a bar opens that figure's
    // explanation, whose devices give the share the chart's table shows.
    const chart = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: "Clients with the lowest share up to date", exact: true }) });
    await chart.getByText("Show the figures as a table").click();
    const shareLinks = chart.locator("tbody a[data-explain]");
    const hrefs = await shareLinks.evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    const chartTexts = (await shareLinks.allInnerTexts()).map((text) => text.split("\n")[0]!);
    await chart.locator('.recharts-bar-rectangle rect:not([width="0"])').first().click();
    await page.waitForURL(/\/explain\/client\.patched\?/);
    const opened = hrefs.indexOf(new URL(page.url()).pathname + new URL(page.url()).search);
    expect(opened).toBeGreaterThanOrEqual(0);
    const shown = await formula(page);
    const [patchedDevices, managed] = shown.terms;
    // The share is the KPI's, kept to four decimals (docs/kpis.md); the explanation ends in the share the chart shows.
    expect(Number(await page.locator("[data-formula]").getAttribute("data-result"))).toBeCloseTo(patchedDevices! / managed!, 4);
    expect(shown.text.split("= ").at(-1)).toBe(chartTexts[opened]);
    expect(errors).toEqual([]);
  });

  test("generates every client's QBR for a quarter as a zip, with a progress bar", async ({ app, page, errors }) => {
    await page.goto(`${app.url}/reports`);
    const quarter = page.getByRole("combobox", { name: "Quarter" });
    expect(await quarter.locator("option").count()).toBe(8);
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 240_000 }),
      (async () => {
        await page.getByRole("button", { name: "Generate all QBRs" }).click();
        const bar = page.getByRole("progressbar", { name: "QBR PDFs generated" });
        await expect.poll(() => bar.getAttribute("aria-valuetext"), { timeout: 120_000 }).toMatch(/^\d+ of 42 — /);
        await screenshot(page, "qbr-bulk-progress");
      })(),
    ]);
    const zip = path.join(downloads, "all.zip");
    await download.saveAs(zip);
    const files = Object.keys(unzipSync(readFileSync(zip)));
    expect(files.length).toBe(42); // every demo client
    expect(files.every((f) => /^qbr-[a-z0-9-]+-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.pdf$/.test(f))).toBe(true);
    await expect.poll(() => page.getByText(/42 reports are ready\./).count()).toBe(1);
    expect(errors).toEqual([]);
  }, 300_000);
});
