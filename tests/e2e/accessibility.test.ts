import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { signatureHeaders } from "@/lib/webhooks/signature";
import { seriousViolations } from "../support/axe";
import { newPage, screenshot, trackRequests } from "../support/browser";
import { test, useOwnServer } from "../support/e2e";
import { pageRoutes } from "../support/routes";

// axe-core over every page of the app on the demo data, in English and German, on a phone and a
// desktop: no serious or critical violations. Every app/**/page.tsx must be scanned here.

/** Example URLs of the records the dynamic routes show, found on the running app. */
interface Examples {
  client: string;
  importRun: string;
  webhookEvent: string;
  /** A share link of the client's QBR (/shared/<token>), made on the client page. */
  sharedReport: string;
}

const SCANNED: Record<string, (e: Examples) => string> = {
  "/": () => "/",
  "/clients": () => "/clients",
  "/clients/[id]": (e) => e.client,
  "/clients/[id]/qbr": (e) => `${e.client}/qbr`,
  "/technicians": () => "/technicians",
  "/services": () => "/services",
  "/explain/[metric]": () => "/explain/sla_met",
  "/profitability": () => "/profitability",
  "/goals": () => "/goals",
  "/scorecards": () => "/scorecards",
  "/scorecards/me": () => "/scorecards/me",
  "/scorecards/[person]": () => "/scorecards/Jonas%20Becker",
  "/reports": () => "/reports",
  "/reports/patch-status": () => "/reports/patch-status",
  "/reports/outbox": () => "/reports/outbox",
  "/assessment": () => "/assessment",
  "/alerts": () => "/alerts",
  "/settings": () => "/settings",
  "/settings/access": () => "/settings/access",
  "/settings/digest": () => "/settings/digest",
  "/imports": () => "/imports",
  "/imports/[id]": (e) => e.importRun,
  "/webhooks": () => "/webhooks",
  "/webhooks/events/[id]": (e) => e.webhookEvent,
  "/forbidden": () => "/forbidden",
  "/sign-in": () => "/sign-in",
  "/forgot-password": () => "/forgot-password",
  "/reset-password": () => "/reset-password?token=example",
  "/unsubscribed": () => "/unsubscribed",
  "/wallboard": () => "/wallboard",
};

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const TV = { width: 1920, height: 1080 };

// Pages a signed-out visitor sees (scanned signed out). /setup exists only until the first
// account does; on the demo data it leads to /sign-in, which is scanned above.
const SIGNED_OUT = new Set(["/sign-in", "/forgot-password", "/reset-password", "/unsubscribed"]);
const NOT_SCANNABLE_HERE = new Set(["/setup"]);

interface Scan {
  name: string;
  url: (e: Examples) => string;
  signedIn: boolean;
  /** Scanned in this order on one load of the page, resized in between. */
  viewports: { width: number; height: number }[];
}

// Every page on a phone, then resized, on a desktop: one load serves both layouts (the server
// renders the same markup for any width). Then pages drawn for other screens or visitors than the
// app's: the shared QBR (a route handler, signed out), the explanation view's client records
// (columns of their own) and the wallboard's other boards on a 1920×1080 TV.
const SCANS: Scan[] = [
  ...Object.entries(SCANNED).map(([route, url]) => ({ name: route, url, signedIn: !SIGNED_OUT.has(route), viewports: [PHONE, DESKTOP] })),
  { name: "shared report", url: (e) => e.sharedReport, signedIn: false, viewports: [PHONE, DESKTOP] },
  { name: "clients left out of new clients", url: () => "/explain/new_clients?rows=left-out", signedIn: true, viewports: [DESKTOP] },
  { name: "explanation of gross profit (revenue and cost lines)", url: () => "/explain/gross_profit", signedIn: true, viewports: [DESKTOP] },
  ...["", "?board=service-desk", "?board=business"].map((query) => ({
    name: `wallboard${query} at 1920×1080`, url: () => `/wallboard${query}`, signedIn: true, viewports: [TV],
  })),
];

// English and German take turns from one scan to the next, so each language is scanned across the
// app: the markup is the same in both, German has the longer words. Both on every page would load
// each page twice for the same markup.
const LOCALES = ["en-US", "de-DE"];

async function firstHref(page: Page, url: string, pattern: RegExp): Promise<string> {
  await page.goto(url);
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.find((h) => pattern.test(h));
  if (!href) throw new Error(`no link matching ${pattern} on ${url}`);
  return href;
}

/** A share link of the client's QBR, made with the client page's form. */
async function createShareLink(page: Page, clientUrl: string): Promise<string> {
  await page.goto(clientUrl);
  await page.getByRole("region", { name: "Share the QBR" }).getByRole("button", { name: "Create link" }).click();
  return new URL(await page.getByTestId("new-share-link").innerText()).pathname;
}

/** One webhook event in the inbox: an endpoint created on the /webhooks page, then an event sent as an RMM tool sends it. */
async function seedWebhookEvent(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/webhooks`);
  const form = page.getByRole("region", { name: "New endpoint" });
  await form.getByRole("textbox", { name: "Name" }).fill("Accessibility scan");
  await form.getByRole("combobox", { name: "Tool" }).selectOption("generic");
  await form.getByRole("button", { name: "Create endpoint" }).click();
  const url = await page.getByTestId("webhook-url").innerText();
  const secret = await page.getByTestId("webhook-secret").innerText();
  const body = JSON.stringify({
    event_id: "a11y-1", type: "device.status", occurred_at: new Date().toISOString(),
    device: { device_id: "A11Y-1", hostname: "a11y-1" }, status: { online: true },
  });
  const sent = await fetch(url, { method: "POST", body, headers: { "content-type": "application/json", ...signatureHeaders(secret, body) } });
  if (sent.status !== 202) throw new Error(`webhook answered ${sent.status}`);
}

describe("accessibility of every page (axe-core)", () => {
  // Own server: it scans the demo data as loaded, whatever other files have saved or posted on the
  // shared server (assessment.test.ts scans /assessment with a saved history itself).
  useOwnServer();
  let examples: Examples;

  test.beforeAll(async ({ app, browser }) => {
    const { page, context } = await newPage(browser, { signedInTo: app });
    await seedWebhookEvent(page, app.url);
    const client = await firstHref(page, `${app.url}/clients`, /^\/clients\/\d+/);
    examples = {
      client,
      importRun: await firstHref(page, `${app.url}/imports`, /^\/imports\/\d+$/),
      webhookEvent: await firstHref(page, `${app.url}/webhooks`, /^\/webhooks\/events\/\d+$/),
      sharedReport: await createShareLink(page, `${app.url}${client}`),
    };
    await context.close();
  });

  test("scans every page route the app has", () => {
    const routes = pageRoutes();
    expect({
      // Add these to SCANNED (with an example URL).
      notScanned: routes.filter((r) => !(r in SCANNED) && !NOT_SCANNABLE_HERE.has(r)),
      scannedWithoutPage: Object.keys(SCANNED).filter((r) => !routes.includes(r)),
    }).toEqual({ notScanned: [], scannedWithoutPage: [] });
  });

  // Concurrent: most of a scan is waiting for the page to settle, which pages can do side by side.
  describe.concurrent.each(SCANS.map((scan, i) => [scan.name, LOCALES[i % LOCALES.length]!, scan] as const))("%s (%s)", (_name, locale, scan) => {
    // Up to five scans run side by side, so one page may wait on the others' rendering.
    test("has no serious violations", { timeout: 120_000 }, async ({ app, newPage }) => {
      // The app's CSP admits only its own nonced scripts; the scan injects axe-core's.
      const { page, errors } = await newPage({ locale, viewport: scan.viewports[0], bypassCSP: true, signedIn: scan.signedIn });
      const settled = trackRequests(page);
      const response = await page.goto(`${app.url}${scan.url(examples)}`);
      expect(response?.status()).toBe(200);
      const found: Record<string, string[]> = {};
      for (const viewport of scan.viewports) {
        await page.setViewportSize(viewport);
        // Streamed figures, client charts and a re-layout for the new width settle before the scan.
        await settled();
        await page.evaluate(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))));
        const violations = await seriousViolations(page);
        // Only a failing scan is photographed: a full-page screenshot costs as much as a scan.
        if (violations.length > 0) await screenshot(page, `a11y-${scan.name.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "")}-${locale}-${viewport.width}`);
        found[`${viewport.width} px`] = violations;
      }
      expect(found).toEqual(Object.fromEntries(scan.viewports.map((v) => [`${v.width} px`, []])));
      expect(errors).toEqual([]);
    });
  });
});
