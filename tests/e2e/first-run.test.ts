import { describe, expect } from "vitest";
import { signInCookie } from "../support/app-server";
import { screenshot } from "../support/browser";
import { test, useOwnServer } from "../support/e2e";

// A fresh installation without demo data: no accounts, so the app asks for the owner account, and
// the demo owner does not exist.
describe("first run without demo data", () => {
  // Own server: an empty installation, without the demo data or any account.
  useOwnServer({ demoData: false, env: { MSP_KPI_DEMO: "0" } });

  test("asks for the owner account, then signs in with it", async ({ app, newPage }) => {
    await expect(signInCookie(app.url)).rejects.toThrow(/401/);
    const { page, errors } = await newPage({ signedIn: false });
    await page.goto(`${app.url}/clients`);
    await page.waitForURL(/\/setup$/);
    await page.getByLabel("Company name").fill("Alpen IT");
    await page.getByLabel("Your name").fill("Anja Alpen");
    await page.getByLabel("E-mail").fill("anja@alpen.example");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create owner account" }).click();
    await expect.poll(() => page.getByText("Use at least 10 characters.").count()).toBe(1);
    await screenshot(page, "first-run-setup");
    await page.getByLabel("Password").fill("alpen-owner-pass");
    await page.getByRole("button", { name: "Create owner account" }).click();
    await page.waitForURL(/\/sign-in\?email=/);
    expect(await page.getByLabel("E-mail").inputValue()).toBe("anja@alpen.example");
    expect(await page.getByLabel("Password").inputValue()).toBe("");
    await page.getByLabel("Password").fill("alpen-owner-pass");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${app.url}/`);
    await expect.poll(() => page.getByText("Alpen IT · Owner").count()).toBe(1);
    // Set-up is over: /setup now leads to sign-in, which sends a signed-in owner home.
    await page.goto(`${app.url}/setup`);
    expect(new URL(page.url()).pathname).toBe("/");
    expect(errors).toEqual([]);
  });
});
