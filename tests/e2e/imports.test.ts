import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { screenshot } from "../support/browser";
import { test, useOwnServer } from "../support/e2e";
import { cliTestTimeout, runCli } from "../support/cli";

// The Imports page against the real server (build, migrate, demo data) in chromium: upload →
// preview → import → result → history → run details, in English and German.

const ROOT = path.resolve(import.meta.dirname, "../..");
const EXPORTS = path.join(ROOT, "fixtures/exports");

/** A generic time-entries export: 3 good rows, and line 4 with a date that is not one. */
function timeCsv(prefix: string): string {
  return [
    "entry_id,technician,client,work_date,hours,billable,ticket_id,rate,amount",
    `${prefix}-1,Anna Berg,Nordlicht Logistik GmbH,2026-03-02,1.5,true,,95.00,`,
    `${prefix}-2,Anna Berg,Nordlicht Logistik GmbH,2026-03-03,2,false,,,`,
    `${prefix}-3,Leon Wolf,Nordlicht Logistik GmbH,not a date,1,true,,,`,
    `${prefix}-4,Leon Wolf,Nordlicht Logistik GmbH,2026-03-04,0.5,yes,,,`,
    "",
  ].join("\n");
}

const csv = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });

async function upload(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }, heading: string) {
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.getByRole("heading", { name: heading }).waitFor({ timeout: 20_000 });
}

/** The figure under a label of the summary, e.g. figure(page, "Inserted") → "3". */
async function figure(page: Page, label: string): Promise<string> {
  return page.locator("dl > div").filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) }).locator("dd").innerText();
}

describe("imports page in chromium", () => {
  // Own server: it imports tickets and 100,000 time entries into the demo org, which the figures
  // of the shared demo server's pages would show.
  useOwnServer();

  test("uploads a time file, previews it, imports 3 rows, rejects line 4 and lists the run", async ({ app, page, errors }) => {
    expect((await page.goto(`${app.url}/imports`))?.status()).toBe(200);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Imports");
    expect(await page.getByRole("table", { name: "Past imports, newest first" }).count()).toBe(1); // the demo data's runs
    await screenshot(page, "imports-1-choose");

    await upload(page, csv("e2e-time.csv", timeCsv("E2E")), "Check how the file will be read");
    // Focus follows the step.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Check how the file will be read");
    expect(await page.getByLabel("Kind of data").inputValue()).toBe("time");
    expect(await page.getByLabel("Export format").inputValue()).toBe("generic");
    expect(await page.getByText("Detected: Time entries from Generic CSV").count()).toBe(1);
    expect(await page.getByRole("progressbar", { name: "Detection confidence" }).getAttribute("aria-valuenow")).toBe("100");
    expect(await page.getByLabel("work_date", { exact: true }).inputValue()).toBe("work_date");
    expect(await page.getByLabel("hours", { exact: true }).inputValue()).toBe("hours");
    const preview = page.getByRole("table", { name: "First rows of the file, with the problems found in each" });
    expect(await preview.getByText("Line 4, work_date “not a date”:").count()).toBe(1);

    const importButton = page.getByRole("button", { name: "Import 4 rows" });
    await importButton.waitFor();
    expect(await importButton.isEnabled()).toBe(true);
    await screenshot(page, "imports-2-preview");

    await importButton.click();
    await page.getByRole("heading", { name: "Import finished" }).waitFor({ timeout: 30_000 });
    expect(await figure(page, "Rows read")).toBe("4");
    expect(await figure(page, "Inserted")).toBe("3");
    expect(await figure(page, "Rejected")).toBe("1");
    const rejected = page.getByRole("table", { name: "Rejected rows with line number, column, value and reason" });
    const row = rejected.getByRole("row").filter({ hasText: "not a date" });
    expect(await row.getByRole("cell").allInnerTexts()).toEqual(["4", "work_date", "not a date", expect.stringMatching(/date/)]);

    const download = page.getByRole("link", { name: "Download all rejected rows (CSV)" });
    const href = (await download.getAttribute("href")) ?? "";
    expect(href).toMatch(/^\/api\/imports\/\d+\/errors$/);
    const body = await (await page.request.get(`${app.url}${href}`)).text();
    expect(body).toContain("4,work_date,not a date,");

    // router.refresh() brings the run into the history.
    const history = page.getByRole("table", { name: "Past imports, newest first" });
    await history.getByRole("link", { name: "Details of e2e-time.csv" }).waitFor({ timeout: 10_000 });
    const runRow = history.getByRole("row").filter({ hasText: "e2e-time.csv" });
    expect(await runRow.innerText()).toMatch(/Time entries\s+Generic CSV\s+Completed\s+[\d.]+\s+m?s\s+4\s+3\s+0\s+1/);
    await screenshot(page, "imports-3-result");

    await history.getByRole("link", { name: "Details of e2e-time.csv" }).click();
    await page.waitForURL(`${app.url}${href.replace(/\/api|\/errors$/g, "")}`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Import of e2e-time.csv");
    expect(await figure(page, "Inserted")).toBe("3");
    const detail = page.getByRole("table", { name: "Rejected rows with line number, column, value and reason" });
    expect(await detail.getByRole("row").filter({ hasText: "not a date" }).getByRole("cell").first().innerText()).toBe("4");
    await screenshot(page, "imports-4-run-detail");
    expect(errors).toEqual([]);
  });

  test("says which columns look like a field but are unused, and which figures the file cannot feed; asks people or companies", async ({ app, page, errors }) => {
    await page.goto(`${app.url}/imports`);
    const tickets = ["Ticket Number,Client,Date Opened,Priority,Subject,Agent", "TCK-E2E,Nordlicht Logistik GmbH,2026-03-04 10:00:00,High,Printer,Leon Wolf", ""].join("\n");
    await upload(page, csv("e2e-itflow-tickets.csv", tickets), "Check how the file will be read");
    expect(await page.getByText("Detected: Tickets from ITFlow").count()).toBe(1);
    const notes = page.getByRole("region", { name: "Notes on this file" });
    expect(await notes.getByRole("listitem").allInnerTexts()).toEqual(
      expect.arrayContaining([
        "column 'Agent' not used — map it to technician?",
        "no first-response times: SLA met and first response stay empty for these tickets",
      ]),
    );
    await screenshot(page, "imports-notices-preview");

    // Taking the hint: mapped, the column is no longer reported.
    await page.getByLabel("technician", { exact: true }).selectOption("Agent");
    await expect.poll(() => notes.getByText("column 'Agent' not used", { exact: false }).count(), { timeout: 10_000 }).toBe(0);
    await page.getByRole("button", { name: /^Import (1 row|file)$/ }).click();
    await page.getByRole("heading", { name: "Import finished" }).waitFor({ timeout: 30_000 });
    const resultNotes = page.getByRole("region", { name: "Notes on this file" });
    expect(await resultNotes.getByText("no first-response times: SLA met and first response stay empty for these tickets").count()).toBe(1);
    expect(await resultNotes.getByText("column 'Agent' not used", { exact: false }).count()).toBe(0);

    // An agent list is read as technicians where a technicians preset fills it (HaloPSA); read as a
    // generic file, technicians or clients is a question, and the import waits for the answer.
    await page.getByRole("button", { name: "Import another file" }).click();
    await upload(page, csv("e2e-agents.csv", "id,name,email,initials,team,isdisabled,jobtitle\n7,Leon Wolf,leon@msp.example,LW,1st Line,false,Engineer\n"), "Check how the file will be read");
    expect(await page.getByLabel("Kind of data").inputValue()).toBe("technicians");
    expect(await page.getByLabel("Export format").inputValue()).toBe("halopsa");
    await page.getByLabel("Export format").selectOption("generic");
    await page.getByText("This file could hold Technicians or Clients: choose the kind of data.").first().waitFor({ timeout: 20_000 });
    expect(await page.getByLabel("Kind of data").inputValue()).toBe("");
    expect(await page.getByRole("button", { name: /^Import (1 row|file)$/ }).isDisabled()).toBe(true);
    expect(errors).toEqual([]);
  });

  test("the CLI against this server: --mapping NAME saved on the page, --map and --time-zone, and the notices", async ({ app, newPage }) => {
    const { page, context } = await newPage();
    await page.goto(`${app.url}/settings/access`);
    await page.locator("#token-name").fill("CLI imports");
    await page.locator("#token-role").selectOption("manager");
    await page.getByRole("button", { name: "Create token" }).click();
    await expect.poll(() => page.getByRole("cell", { name: "CLI imports", exact: true }).count()).toBe(1);
    const token = (await page.getByTestId("new-token").innerText()).trim();
    await context.close();
    const bearer = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
    const saved = await fetch(`${app.url}/api/imports/mappings`, {
      method: "POST",
      headers: bearer,
      body: JSON.stringify({ name: "E2E Halo report", kind: "tickets", mapping: { ticket_id: "Ref", client: "Customer", created_at: "Logged" }, options: { format: "halopsa", dateOrder: "dmy" } }),
    });
    expect(saved.status).toBe(201);
    const dir = mkdtempSync(path.join(tmpdir(), "msp-kpi-cli-remote-"));
    const file = path.join(dir, "halo-report.csv");
    writeFileSync(file, "Ref,Customer,Logged,Agent\nREMOTE-T1,Nordlicht Logistik GmbH,04/03/2026 10:00,Leon Wolf\n");
    // A PGLITE_DIR that cannot be opened proves the CLI never touched a local database.
    const env = { MSP_KPI_URL: app.url, MSP_KPI_TOKEN: token, PGLITE_DIR: "/proc/no-database-here" };
    const first = await runCli(["import", file, "--mapping", "E2E Halo report", "--time-zone", "UTC", "--json"], env);
    expect(first.stderr.replace(/.*\r/g, "").trim()).toBe("");
    const out = JSON.parse(first.stdout) as { notices: { unusedColumns: unknown[] } };
    expect(out).toMatchObject({ kind: "tickets", format: "halopsa", inserted: 1, rejected: 0 });
    expect(out.notices.unusedColumns).toEqual([{ column: "Agent", field: "technician" }]);
    const second = await runCli(["import", file, "--mapping", "E2E Halo report", "--map", "technician=Agent", "--time-zone", "America/New_York", "--json"], env);
    // the same ticket, now with its technician and read in New York: updated, nothing unused
    expect(JSON.parse(second.stdout)).toMatchObject({ inserted: 0, updated: 1, notices: { unusedColumns: [] } });
    expect(await runCli(["import", file, "--mapping", "Nope"], env)).toMatchObject({ code: 2, stderr: expect.stringContaining('No saved mapping "Nope"') });
    rmSync(dir, { recursive: true, force: true });
  }, cliTestTimeout(4)); // its CLI runs, and one run's time for the pages

  test("strict: an invalid row means nothing is stored; unmapping a required field blocks the import", async ({ app, page, errors }) => {
    await page.goto(`${app.url}/imports`);
    await upload(page, csv("e2e-strict.csv", timeCsv("STRICT")), "Check how the file will be read");

    // Re-planned on the server: work_date without a column is reported and blocks the import.
    await page.getByLabel("work_date", { exact: true }).selectOption("");
    await page.getByText("Required fields without a column: work_date.", { exact: false }).waitFor();
    const importButton = page.getByRole("button", { name: "Import 4 rows" });
    expect(await importButton.isDisabled()).toBe(true);
    expect(await page.getByLabel("work_date", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    await screenshot(page, "imports-5-missing-required");
    await page.getByLabel("work_date", { exact: true }).selectOption("work_date");
    await expect.poll(() => importButton.isEnabled(), { timeout: 10_000 }).toBe(true);

    await page.getByLabel("Strict: import nothing if any row is invalid").check();
    await importButton.click();
    await page.getByRole("heading", { name: "Nothing was imported" }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole("status").filter({ hasText: "nothing was stored" }).count()).toBe(1);
    expect(await figure(page, "Inserted")).toBe("0");
    expect(await figure(page, "Rejected")).toBe("1");
    const history = page.getByRole("table", { name: "Past imports, newest first" });
    await history.getByRole("link", { name: "Details of e2e-strict.csv" }).waitFor({ timeout: 10_000 });
    expect(await history.getByRole("row").filter({ hasText: "e2e-strict.csv" }).innerText()).toContain("Aborted");
    await screenshot(page, "imports-6-strict-aborted");

    // Proof that nothing was stored: the same file without "Strict" inserts all three good rows.
    await page.getByRole("button", { name: "Import another file" }).click();
    await upload(page, csv("e2e-strict.csv", timeCsv("STRICT")), "Check how the file will be read");
    await page.getByRole("button", { name: "Import 4 rows" }).click();
    await page.getByRole("heading", { name: "Import finished" }).waitFor({ timeout: 30_000 });
    expect(await figure(page, "Inserted")).toBe("3");
    expect(await figure(page, "Updated")).toBe("0");
    expect(errors).toEqual([]);
  });

  test("detects a ConnectWise export and maps its columns", async ({ app, page, errors }) => {
    await page.goto(`${app.url}/imports`);
    await upload(page, path.join(EXPORTS, "connectwise/time.csv"), "Check how the file will be read");
    expect(await page.getByLabel("Export format").inputValue()).toBe("connectwise");
    expect(await page.getByText("Detected: Time entries from ConnectWise").count()).toBe(1);
    expect(await page.getByLabel("technician", { exact: true }).inputValue()).toBe("member/identifier");
    expect(await page.getByLabel("client", { exact: true }).inputValue()).toBe("company/identifier");
    // work_date comes from the start time, an alternative input.
    expect(await page.getByLabel("start_time", { exact: true }).inputValue()).toBe("timeStart");
    expect(await page.getByText("Computed from the alternative inputs").count()).toBeGreaterThan(0);
    await screenshot(page, "imports-7-connectwise-preview");

    // Save the mapping, change a column, and get it back by applying the saved mapping.
    await page.getByLabel("Save mapping as…").fill("ConnectWise time");
    await page.getByRole("button", { name: "Save mapping" }).click();
    await page.getByText("Saved the mapping “ConnectWise time”.").waitFor();
    const rate = page.getByLabel("rate", { exact: true });
    await rate.selectOption("");
    await expect.poll(() => page.getByRole("columnheader", { name: /hourlyRate/ }).innerText()).toContain("not imported");
    await page.getByLabel("Apply saved mapping").selectOption({ label: "ConnectWise time (Time entries)" });
    await expect.poll(() => rate.inputValue(), { timeout: 10_000 }).toBe("hourlyRate");
    await expect.poll(() => page.getByRole("columnheader", { name: /hourlyRate/ }).innerText()).toContain("→ rate");
    expect(await page.getByLabel("start_time", { exact: true }).inputValue()).toBe("timeStart");
    expect(await page.getByLabel("Export format").inputValue()).toBe("connectwise");
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, "imports-7-connectwise-preview-mobile");
    expect(errors).toEqual([]);
  });

  test("reads a German semicolon, Windows-1252 export, in German", async ({ app, newPage }) => {
    const { page, errors } = await newPage({ locale: "de-DE" });
    await page.goto(`${app.url}/imports`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Importe");
    await upload(page, path.join(EXPORTS, "messy/cp1252-semicolon.csv"), "Prüfen, wie die Datei gelesen wird");
    expect(await page.getByLabel("Art der Daten").inputValue()).toBe("time");
    expect(await page.getByLabel("Trennzeichen").inputValue()).toBe(";");
    expect(await page.getByLabel("Zeichenkodierung").inputValue()).toBe("windows-1252");
    expect(await page.getByLabel("Datumsreihenfolge").inputValue()).toBe("dmy");
    expect(await page.getByLabel("Dezimalkomma (1,5 bedeutet 1.5)").isChecked()).toBe(true);
    const preview = page.getByRole("table", { name: "Erste Zeilen der Datei mit den jeweils gefundenen Problemen" });
    expect(await preview.getByRole("cell", { name: "Jürgen Weiß" }).count()).toBeGreaterThan(0);
    await screenshot(page, "imports-8-de-preview");

    await page.getByRole("button", { name: /Zeilen importieren$/ }).click();
    await page.getByRole("heading", { name: "Import abgeschlossen" }).waitFor({ timeout: 30_000 });
    expect(Number(await figure(page, "Neu angelegt"))).toBeGreaterThan(0);
    await screenshot(page, "imports-9-de-result");
    expect(errors).toEqual([]);
  });

  test("shows upload and processing progress for a larger file", { timeout: 180_000 }, async ({ app, newPage }) => {
    const { page, context, errors } = await newPage();
    await page.goto(`${app.url}/imports`);
    const rows = 30_000;
    const lines = ["entry_id,technician,client,work_date,hours,billable"];
    for (let i = 1; i <= rows; i++) lines.push(`BIG-${i},Anna Berg,Nordlicht Logistik GmbH,2026-02-${String((i % 28) + 1).padStart(2, "0")},0.25,true`);
    const big = csv("big-time.csv", lines.join("\n"));

    // Throttle the upload (~0.5 MB/s for ~1.4 MB) so the progress bar has time to show.
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 0.5 * 1024 * 1024 });
    await page.locator('input[type="file"]').setInputFiles(big);
    const uploadBar = page.getByRole("progressbar", { name: "Uploading big-time.csv" });
    await expect.poll(async () => Number((await uploadBar.getAttribute("aria-valuenow")) ?? 0), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await uploadBar.getAttribute("aria-valuetext")).toMatch(/^\d+\u00a0% · [\d.]+\u00a0(KB|MB) of [\d.]+\u00a0MB$/);
    await screenshot(page, "imports-0-uploading");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

    await page.getByRole("heading", { name: "Check how the file will be read" }).waitFor({ timeout: 60_000 });
    const importButton = page.getByRole("button", { name: "Import 30,000 rows" });
    await importButton.waitFor({ timeout: 20_000 });
    await importButton.click();
    await page.getByRole("heading", { name: "Importing" }).waitFor({ timeout: 10_000 });
    // Progress lines arrive while the server works: wait for the first one (or the end, on a fast machine).
    await page.waitForFunction(() => {
      const bar = document.querySelector('[role="progressbar"][aria-label="File processed"]');
      return !bar || Number(bar.getAttribute("aria-valuenow")) > 0;
    });
    if (await page.getByRole("heading", { name: "Importing" }).count()) await screenshot(page, "imports-3a-processing");
    await page.getByRole("heading", { name: "Import finished" }).waitFor({ timeout: 150_000 });
    expect(await figure(page, "Inserted")).toBe("30,000");
    expect(await figure(page, "Rejected")).toBe("0");
    expect(errors).toEqual([]);
  });

  test("refuses a file that is not CSV before uploading, in words", async ({ app, page, errors }) => {
    await page.goto(`${app.url}/imports`);
    await page.locator('input[type="file"]').setInputFiles({ name: "report.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7") });
    const alert = page.getByRole("alert").filter({ hasText: "report.pdf" });
    await alert.waitFor();
    expect(await alert.innerText()).toContain("“report.pdf” is not a CSV file.");
    expect(await page.getByRole("heading", { name: "Choose an export file" }).count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
