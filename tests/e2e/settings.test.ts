import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { signInCookie } from "../support/app-server";
import { addMemberOnPage, addSessionCookie, screenshot } from "../support/browser";
import { test, useOwnServer } from "../support/e2e";
import { importCsvOverHttp } from "../support/http-import";

// The settings page over real HTTP: a change survives a reload (and reaches the overview), an
// invalid value is answered next to its field, and hourly costs are the owner's alone.

describe("settings page in chromium", () => {
  // Own server: it changes org-wide settings (currency, time zone, capacity) and confirms a
  // technician, which every page of the shared demo server reads.
  useOwnServer();

  const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
  const save = (page: Page) => page.getByRole("button", { name: "Save settings" }).click();
  const status = (page: Page) => page.getByRole("status").filter({ hasText: /./ });

  test("shows every setting with the demo org's values, without console errors", async ({ app, page, errors }) => {
    const response = await page.goto(`${app.url}/settings`);
    expect(response?.status()).toBe(200);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Settings");
    expect(await field(page, "Time zone").inputValue()).toBe("UTC");
    expect(await field(page, "Currency").inputValue()).toBe("EUR");
    expect(await field(page, "P1 target").inputValue()).toBe("1");
    expect(await field(page, "P4 target").inputValue()).toBe("24");
    expect(await field(page, "Overloaded above").inputValue()).toBe("90");
    expect(await field(page, "Idle below").inputValue()).toBe("50");
    const capacities = page.getByRole("table", { name: "Technician capacity" });
    expect(await capacities.locator("tbody tr").count()).toBe(8); // the demo team
    await screenshot(page, "settings-en");
    expect(errors).toEqual([]);
  });

  test("saves a change that is kept after a reload and used by the overview", async ({ app, page, errors }) => {
    await page.goto(`${app.url}/settings`);
    await field(page, "Currency").fill("usd");
    await field(page, "P1 target").fill("2");
    await field(page, "Time zone").selectOption("Europe/Berlin");
    await field(page, "Date").fill("2026-12-24");
    await page.getByRole("button", { name: "Add holiday" }).click();
    await field(page, "Date").fill("2026-12-25");
    await field(page, "Date").press("Enter"); // adds, does not submit
    const firstCapacity = page.getByRole("table", { name: "Technician capacity" }).getByRole("spinbutton").first();
    const technician = (await firstCapacity.getAttribute("aria-label"))!;
    await firstCapacity.fill("32.5");
    await save(page);
    await expect.poll(() => status(page).innerText(), { timeout: 15_000 }).toBe("Settings saved. Every page now uses them.");

    await page.reload();
    expect(await field(page, "Currency").inputValue()).toBe("USD");
    expect(await field(page, "P1 target").inputValue()).toBe("2");
    expect(await field(page, "Time zone").inputValue()).toBe("Europe/Berlin");
    expect(await page.getByRole("list", { name: "Holidays" }).locator("time").allInnerTexts()).toEqual(["Dec 24, 2026", "Dec 25, 2026"]);
    expect(await field(page, technician).inputValue()).toBe("32.5");

    // Removing a holiday by keyboard.
    await page.getByRole("button", { name: "Remove Dec 24, 2026" }).focus();
    await page.keyboard.press("Enter");
    await save(page);
    await expect.poll(() => status(page).innerText(), { timeout: 15_000 }).toBe("Settings saved. Every page now uses them.");
    await page.reload();
    expect(await page.getByRole("list", { name: "Holidays" }).locator("time").allInnerTexts()).toEqual(["Dec 25, 2026"]);

    await page.goto(`${app.url}/`);
    expect(await page.locator('[data-kpi="mrr"] .text-tremor-metric').innerText()).toMatch(/^\$[\d,]+\.\d{2}$/);
    expect(errors).toEqual([]);
  });

  test("answers invalid values next to their fields, focuses the first, and stores nothing", async ({ app, page, errors }) => {
    await page.goto(`${app.url}/settings`);
    const currencyBefore = await field(page, "Currency").inputValue();
    await field(page, "Currency").fill("EU");
    await field(page, "Overloaded above").fill("40");
    await field(page, "Idle below").fill("60");
    await save(page);
    await expect.poll(() => status(page).innerText(), { timeout: 15_000 }).toBe(
      "Some values need a look: see the messages next to the fields.",
    );

    const currency = field(page, "Currency");
    expect(await currency.getAttribute("aria-invalid")).toBe("true");
    const currencyError = await currency.getAttribute("aria-describedby");
    expect(await page.locator(`[id="${currencyError!.split(" ").at(-1)}"]`).innerText()).toBe(
      "Enter a three-letter ISO currency code, such as EUR.",
    );
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("currency");
    expect(await page.getByText("The idle threshold must be below the overloaded threshold.").isVisible()).toBe(true);
    expect(await field(page, "Idle below").getAttribute("aria-invalid")).toBe("true");
    // What was typed stays, so it can be corrected.
    expect(await currency.inputValue()).toBe("EU");
    await screenshot(page, "settings-invalid");

    await page.reload();
    expect(await field(page, "Currency").inputValue()).toBe(currencyBefore);
    expect(await field(page, "Idle below").inputValue()).toBe("50");
    expect(errors).toEqual([]);
  });

  test("speaks German after switching the language", async ({ app, newPage }) => {
    const { page, errors } = await newPage({ locale: "de-DE" });
    await page.goto(`${app.url}/settings`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Einstellungen");
    expect(await page.getByRole("button", { name: "Einstellungen speichern" }).isVisible()).toBe(true);
    await screenshot(page, "settings-de");
    expect(errors).toEqual([]);
  });

  test("lists someone seen only in an old time export as not confirmed, and Confirm makes them staff", async ({ app, newPage }) => {
    await importCsvOverHttp(app.url, { Cookie: await app.ownerCookie() }, {
      name: "old-time.csv",
      kind: "time",
      text: "entry_id,technician,client,work_date,hours,billable\nold-1,Former Fred,Old Export Client,2024-02-05,3,true\n",
    });
    const { page, errors } = await newPage();
    await page.goto(`${app.url}/settings`);
    const fred = page.locator('[data-not-confirmed="Former Fred"]');
    expect(await fred.innerText()).toContain("not confirmed");
    await fred.getByRole("button", { name: "Confirm Former Fred as a technician on the team" }).click();
    await expect.poll(() => fred.count(), { timeout: 15_000 }).toBe(0);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Settings");
    await page.reload();
    const row = page.getByRole("table", { name: "Technician capacity" }).locator("tr", { has: page.getByRole("rowheader", { name: "Former Fred" }) });
    expect(await row.innerText()).toContain("always");
    expect(await fred.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test("lets the owner set a technician's hourly cost beside their capacity, by keyboard, and the default; empty stays unknown", async ({ app, page, errors }) => {
    await page.goto(`${app.url}/settings`);
    const table = page.getByRole("table", { name: "Technician capacity" });
    expect(await table.getByRole("columnheader", { name: /^Hourly cost/ }).count()).toBe(1);
    const capacity = table.getByRole("spinbutton", { name: /^Weekly capacity of / }).first();
    const technician = (await capacity.getAttribute("aria-label"))!.replace(/^Weekly capacity of (.*) in hours$/, "$1");
    await capacity.focus();
    await page.keyboard.press("Tab"); // the cost sits right after the capacity
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(`Hourly cost of ${technician}`);
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("61.5");
    await field(page, "Default hourly cost").fill("44");
    const second = table.getByRole("spinbutton", { name: /^Hourly cost of / }).nth(1);
    const secondName = (await second.getAttribute("aria-label"))!;
    await second.fill("");
    await save(page);
    await expect.poll(() => status(page).innerText(), { timeout: 15_000 }).toBe("Settings saved. Every page now uses them.");

    await page.reload();
    expect(await field(page, `Hourly cost of ${technician}`).inputValue()).toBe("61.5");
    expect(await field(page, "Default hourly cost").inputValue()).toBe("44");
    expect(await field(page, secondName).inputValue()).toBe("");
    await screenshot(page, "settings-hourly-costs");
    expect(errors).toEqual([]);
  });

  test("shows no hourly cost to a manager", async ({ app, page: ownerPage, newPage }) => {
    await addMemberOnPage(ownerPage, app.url, { name: "Mona Manager", email: "mona@demo.example", role: "manager", password: "mona-first-pass" });
    const { page, context } = await newPage({ signedIn: false });
    await addSessionCookie(context, await signInCookie(app.url, { email: "mona@demo.example", password: "mona-first-pass" }), app.url);
    for (const path of ["/settings", "/technicians"]) {
      await page.goto(`${app.url}${path}`);
      const text = await page.locator("body").innerText();
      expect(text).not.toMatch(/hourly cost/i);
      expect(text).not.toContain("61.5");
      expect(await page.locator('input[name^="hourlyCost"], input[name="defaultHourlyCost"]').count()).toBe(0);
    }
  });
});
