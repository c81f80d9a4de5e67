import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { seriousViolations } from "../support/axe";
import { screenshot } from "../support/browser";
import { test } from "../support/e2e";

// Settings → Weekly digest on the shared demo server: the preview of the mail (rendered by the
// function that renders the sent one), saving the schedule, the test send without SMTP, and the
// signed one-click unsubscribe link, signed out (its confirmation page scanned by axe). It puts the
// demo owner's subscription back as it was.

async function saveSchedule(page: Page, values: { subscribed: boolean; weekday: string; hour: string; language: string }) {
  await page.getByLabel("Send me the weekly digest").setChecked(values.subscribed);
  await page.getByLabel("Day", { exact: true }).selectOption({ label: values.weekday });
  await page.getByLabel("Time", { exact: true }).selectOption({ label: values.hour });
  await page.getByLabel("Language of the digest").selectOption({ label: values.language });
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
}

describe("weekly digest settings in chromium", () => {
  test("previews the digest, saves the schedule, refuses a test send without SMTP, and unsubscribes signed out", async ({ app, page, errors, newPage }) => {
    expect((await page.goto(`${app.url}/settings/digest`))?.status()).toBe(200);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Weekly digest");
    expect(await page.getByLabel("Send me the weekly digest").isChecked()).toBe(true); // owners are subscribed by default
    expect(await page.getByLabel("Day", { exact: true }).inputValue()).toBe("1");
    expect(await page.getByLabel("Time", { exact: true }).inputValue()).toBe("7");
    await page.getByText(/^Next digest: .+, 7:00 AM\.$/).waitFor();
    expect(await page.getByTestId("digest-subject").innerText()).toMatch(/^Demo MSP: your KPIs for week \d+$/);
    const mail = page.frameLocator('iframe[title="Preview of the digest e-mail"]');
    await mail.getByRole("heading", { name: "Weekly KPI digest" }).waitFor();
    for (const text of ["Headline figures", "Gross profit", "Clients that moved most", "Technicians that moved most", "Alerts"]) {
      expect(await mail.getByText(text, { exact: true }).count(), text).toBeGreaterThan(0);
    }
    expect(await mail.getByRole("link", { name: "Open the overview →" }).getAttribute("href")).toMatch(/\/\?from=\d{4}-\d{2}-\d{2}&to=/);
    await screenshot(page, "digest-settings-en");

    // The shared server has no SMTP server: the test send says so.
    await page.getByRole("button", { name: "Send me a test" }).click();
    await page.getByRole("alert").filter({ hasText: "No SMTP server is configured (set SMTP_URL)." }).waitFor();

    await saveSchedule(page, { subscribed: true, weekday: "Tuesday", hour: "08:00", language: "Deutsch" });
    await page.reload();
    expect(await page.getByLabel("Day", { exact: true }).inputValue()).toBe("2");
    expect(await page.getByTestId("digest-subject").innerText()).toMatch(/^Demo MSP: Ihre Kennzahlen für KW \d+$/);
    await page.getByText(/^Next digest: .+, 8:00 AM\.$/).waitFor();

    const de = await newPage({ locale: "de-DE" });
    await de.page.goto(`${app.url}/settings/digest`);
    expect(await de.page.getByRole("heading", { level: 1 }).innerText()).toBe("Wöchentlicher Überblick");
    await de.page.frameLocator("iframe").getByRole("heading", { name: "Wöchentlicher KPI-Überblick" }).waitFor();
    await screenshot(de.page, "digest-settings-de");
    expect(de.errors).toEqual([]);

    // The unsubscribe link of the mail, opened by someone who is not signed in.
    const href = await mail.getByRole("link", { name: "Abbestellen" }).getAttribute("href");
    const token = new URL(href!).searchParams.get("token")!;
    const anonymous = await newPage({ signedIn: false });
    const tampered = await anonymous.page.goto(`${app.url}/api/digest/unsubscribe?token=${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`);
    expect(tampered?.status()).toBe(404);
    await page.reload();
    expect(await page.getByLabel("Send me the weekly digest").isChecked()).toBe(true);
    // Opening the link (as a mail scanner would) only asks; the button unsubscribes.
    await anonymous.page.goto(`${app.url}/api/digest/unsubscribe?token=${token}`);
    expect(await anonymous.page.getByRole("heading", { level: 1 }).innerText()).toBe("Unsubscribe from the weekly digest?");
    expect(await seriousViolations(anonymous.page)).toEqual([]);
    await page.reload();
    expect(await page.getByLabel("Send me the weekly digest").isChecked()).toBe(true);
    for (let click = 0; click < 2; click++) {
      await anonymous.page.goto(`${app.url}/api/digest/unsubscribe?token=${token}`);
      await anonymous.page.getByRole("button", { name: "Unsubscribe" }).click();
      await anonymous.page.waitForURL((url) => url.pathname === "/unsubscribed" && url.search === "");
      expect(await anonymous.page.getByRole("heading", { level: 1 }).innerText()).toBe("Unsubscribed");
    }
    await page.reload();
    expect(await page.getByLabel("Send me the weekly digest").isChecked()).toBe(false);
    await page.getByText("You are not subscribed: no digest is sent to you.").waitFor();

    await saveSchedule(page, { subscribed: true, weekday: "Monday", hour: "07:00", language: "English" });
    expect(errors).toEqual([]);
  });
});
