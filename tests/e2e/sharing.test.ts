import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { addMemberOnPage, addSessionCookie, screenshot } from "../support/browser";
import { signInCookie } from "../support/app-server";
import { test } from "../support/e2e";

// Share links on the demo data: a manager shares a client's QBR, a signed-out visitor reads it
// (no account, no way into the app, no costs, not indexed), and the revoked link answers 404.
const MANAGER = { name: "Sandra Share", email: "share-manager@demo.example", role: "manager", password: "share-manager-1" };
const COST_WORDS = /cost|margin|profit|Kosten|Marge|Rohertrag|hourly_cost|monthly_cost/i;

async function auditActions(page: Page, url: string): Promise<string> {
  await page.goto(`${url}/settings/access`);
  return page.getByRole("table", { name: "Audit log, newest first" }).innerText();
}

describe("share links for a client's QBR", () => {
  test("a manager shares a QBR; signed out it shows that report only, in English and German; revoked it answers 404", async ({ app, page, newPage }) => {
    await addMemberOnPage(page, app.url, MANAGER);
    const manager = await newPage({ signedIn: false });
    await addSessionCookie(manager.context, await signInCookie(app.url, MANAGER), app.url);
    await manager.page.goto(`${app.url}/clients`);
    const clientLink = manager.page.getByRole("table", { name: "Clients with their figures for the period" }).locator("tbody tr").first().getByRole("link").first();
    const clientName = await clientLink.innerText();
    await clientLink.click();
    const card = manager.page.getByRole("region", { name: "Share the QBR" });
    const from = await card.getByLabel("Period from").inputValue();
    const to = await card.getByLabel("Period to").inputValue();
    expect(await card.getByLabel("Expires after").inputValue()).toBe("30");
    await card.getByRole("button", { name: "Create link" }).click();
    const url = await manager.page.getByTestId("new-share-link").innerText();
    expect(url).toMatch(new RegExp(`^${app.url}/shared/mksh_[A-Za-z0-9_-]{43}$`));
    const row = card.locator("tbody tr").first();
    await expect.poll(() => row.innerText(), { timeout: 20_000 }).toContain("Active");
    expect(await row.innerText()).toContain(MANAGER.name);
    await screenshot(manager.page, "share-links-client-page");

    const visitor = await newPage({ signedIn: false, viewport: { width: 1280, height: 900 } });
    const response = await visitor.page.goto(url);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["x-robots-tag"]).toBe("noindex, nofollow");
    expect(await visitor.page.locator('meta[name="robots"]').getAttribute("content")).toBe("noindex, nofollow");
    expect(await visitor.page.getByRole("heading", { level: 1 }).innerText()).toBe(clientName);
    const text = await visitor.page.locator("body").innerText();
    const [fromYear, toYear] = [from.slice(0, 4), to.slice(0, 4)];
    expect(text).toContain(fromYear);
    expect(text).toContain(toYear);
    expect(await visitor.page.title()).toContain(`${from} – ${to}`);
    expect(text).not.toMatch(COST_WORDS);
    // Nothing leads into the app: no links, no forms, no navigation, no scripts.
    expect(await visitor.page.locator("a[href], form, nav, script").count()).toBe(0);
    await screenshot(visitor.page, "shared-report-en");
    expect(visitor.errors).toEqual([]);

    const german = await newPage({ signedIn: false, locale: "de-DE", viewport: { width: 1280, height: 900 } });
    await german.page.goto(url);
    expect(await german.page.title()).toContain("Quartalsbericht");
    expect(await german.page.locator("body").innerText()).not.toMatch(COST_WORDS);
    await screenshot(german.page, "shared-report-de");

    expect(await auditActions(page, app.url)).toContain("share_link.created");
    await manager.page.reload();
    await card.locator("tbody tr").first().getByRole("button", { name: "Revoke" }).click();
    await expect.poll(() => card.locator("tbody tr").first().innerText(), { timeout: 20_000 }).toContain("Revoked");
    const gone = await visitor.page.goto(url);
    expect(gone?.status()).toBe(404);
    expect(gone?.headers()["x-robots-tag"]).toBe("noindex, nofollow");
    expect(await visitor.page.getByRole("heading", { level: 1 }).innerText()).toBe("This link does not work");
    expect(await visitor.page.locator("body").innerText()).not.toContain(clientName);
    expect(await auditActions(page, app.url)).toContain("share_link.revoked");
  });

  test("viewers get no share card; a link no one made answers 404, and a flood from one address is limited", async ({ app, newPage }) => {
    const viewer = { name: "Vera Viewer", email: "share-viewer@demo.example", role: "viewer", password: "share-viewer-1" };
    const owner = await newPage();
    await addMemberOnPage(owner.page, app.url, viewer);
    const opened = await newPage({ signedIn: false });
    await addSessionCookie(opened.context, await signInCookie(app.url, viewer), app.url);
    await opened.page.goto(`${app.url}/clients`);
    await opened.page.getByRole("table", { name: "Clients with their figures for the period" }).locator("tbody tr").first().getByRole("link").first().click();
    await opened.page.getByRole("heading", { name: "Contracts" }).waitFor();
    expect(await opened.page.getByRole("region", { name: "Share the QBR" }).count()).toBe(0);

    const unknown = `${app.url}/shared/mksh_${"x".repeat(43)}`;
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) {
      const r = await fetch(unknown);
      statuses.push(r.status);
      if (r.status === 429) expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
      await r.arrayBuffer();
    }
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(404));
    expect(statuses.slice(20)).toEqual(Array(5).fill(429));
  });
});
