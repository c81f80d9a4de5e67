import { describe, expect } from "vitest";
import { screenshot } from "../support/browser";
import { test } from "../support/e2e";

// Scheduled client reports on the shared demo server: a manager sets a client's schedule with the
// keyboard (a bad address is refused), puts the last quarter's report in the outbox, edits its
// notes there and approves it. The server has no SMTP server, so the send fails: the outbox shows
// the error and the retry. The schedule is switched off again at the end.

describe("client reports and the outbox in chromium", () => {
  test("schedules a held report, reviews it in the outbox, approves it, and shows the failed send with a retry", async ({ app, page, errors, newPage }) => {
    await page.goto(`${app.url}/clients`);
    // Not the first clients: the QBR and share-link tests use those.
    const clientLink = page.getByRole("table", { name: "Clients with their figures for the period" }).locator("tbody tr").nth(5).getByRole("link").first();
    const clientName = await clientLink.innerText();
    await clientLink.click();
    const card = page.getByRole("region", { name: "Scheduled client report" });
    await card.getByText("SMTP_URL is not set: reports are made and sent only once it is.").waitFor();

    await card.getByLabel("Send this client scheduled reports").check();
    await card.getByLabel("Recipients").fill("it@client.example, not-an-address");
    await card.getByLabel("Recipients").press("Enter");
    await card.getByText("Enter the e-mail addresses of the client's contacts, separated by commas (at most 20).").waitFor();
    expect(await card.getByLabel("Recipients").getAttribute("aria-invalid")).toBe("true");
    await card.getByLabel("Recipients").fill("it@client.example, ceo@client.example");
    await card.getByLabel("Cadence").selectOption({ label: "Quarterly" });
    await card.getByLabel("Day after the period ends").fill("5");
    await card.getByLabel("Hold for review").check();
    await card.getByLabel("Recipients").press("Enter");
    await card.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    await page.reload();
    expect(await card.getByLabel("Recipients").inputValue()).toBe("it@client.example, ceo@client.example");
    expect(await card.getByLabel("Hold for review").isChecked()).toBe(true);
    await card.getByText(/^Next report: .+, 7:00 AM\.$/).waitFor();
    await card.getByRole("button", { name: "Put the last period's report in the outbox" }).click();
    await card.getByText("The report is in the outbox for review.").waitFor();

    await page.goto(`${app.url}/reports`);
    await page.getByText("1 report waits for review.").waitFor();
    await page.getByRole("link", { name: "Open the outbox" }).click();
    await page.waitForURL(/\/reports\/outbox$/);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Outbox");
    const held = page.getByRole("article", { name: clientName });
    expect(await held.innerText()).toContain("To: it@client.example, ceo@client.example");
    await held.getByRole("textbox", { name: "Notes for this review" }).fill("We add a second backup site in January.");
    await held.getByRole("button", { name: "Save notes" }).click();
    await held.getByText("Notes saved.").waitFor();
    const log = page.getByRole("table", { name: "Client reports and their delivery" });
    expect(await log.locator("tbody tr", { hasText: clientName }).innerText()).toContain("Held for review");
    await screenshot(page, "outbox-held-en");

    await held.getByRole("button", { name: /^Approve and send/ }).click();
    await page.getByText(/^Approved, but sending failed: No SMTP server is configured \(set SMTP_URL\)\./).waitFor({ timeout: 60_000 });
    await page.reload();
    expect(await page.getByRole("article").count()).toBe(0);
    await page.getByText("No report waits for review.").waitFor();
    const row = log.locator("tbody tr", { hasText: clientName });
    const logged = await row.innerText();
    for (const text of ["Sending", "next try", "No SMTP server is configured (set SMTP_URL).", "Demo"]) expect(logged).toContain(text);
    await row.getByRole("button", { name: /^Retry/ }).click();
    await row.getByText(/^Sending failed again: No SMTP server is configured/).waitFor({ timeout: 60_000 });
    await screenshot(page, "outbox-log-en");

    const de = await newPage({ locale: "de-DE" });
    await de.page.goto(`${app.url}/reports/outbox`);
    expect(await de.page.getByRole("heading", { level: 1 }).innerText()).toBe("Postausgang");
    expect(await de.page.getByRole("table", { name: "Kundenberichte und ihr Versand" }).locator("tbody tr", { hasText: clientName }).innerText()).toMatch(/Wird gesendet[\s\S]*Es ist kein SMTP-Server eingerichtet \(SMTP_URL setzen\)\./);
    await screenshot(de.page, "outbox-log-de");
    // The log fits beside the menu at 1280 px: its scroll container does not scroll.
    const deLog = de.page.getByRole("table", { name: "Kundenberichte und ihr Versand" });
    expect(await deLog.evaluate((table) => table.scrollWidth - (table.closest(".overflow-x-auto") ?? table.parentElement!).clientWidth)).toBeLessThanOrEqual(0);
    expect(de.errors).toEqual([]);

    await page.goto(`${app.url}/reports/outbox`);
    await page.getByRole("link", { name: clientName }).first().click();
    await card.getByLabel("Send this client scheduled reports").uncheck();
    await card.getByRole("button", { name: "Save schedule" }).click();
    await card.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    expect(errors).toEqual([]);
  });
});
