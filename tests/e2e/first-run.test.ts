import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInCookie, startAppServer, type AppServer } from "../support/app-server";
import { launchBrowser, newPage, screenshot } from "../support/browser";

// A fresh installation without demo data: no accounts, so the app asks for the owner account, and
// the demo owner does not exist.
describe("first run without demo data", () => {
  let server: AppServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startAppServer({ env: { MSP_KPI_DEMO: "0" } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("asks for the owner account, then signs in with it", async () => {
    await expect(signInCookie(server.url)).rejects.toThrow(/401/);
    const { page, context, errors } = await newPage(browser, { signedIn: false });
    await page.goto(`${server.url}/clients`);
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
    await page.waitForURL(`${server.url}/`);
    await expect.poll(() => page.getByText("Alpen IT · Owner").count()).toBe(1);
    // Set-up is over: /setup now leads to sign-in, which sends a signed-in owner home.
    await page.goto(`${server.url}/setup`);
    expect(new URL(page.url()).pathname).toBe("/");
    expect(errors).toEqual([]);
    await context.close();
  });
});
