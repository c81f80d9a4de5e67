import { describe, expect } from "vitest";
import { signInCookie } from "../support/app-server";
import { addMemberOnPage, screenshot } from "../support/browser";
import { test, useOwnServer } from "../support/e2e";

// The Alerts page against the real server in chromium: create a rule with the form (including a
// field error), import a tickets file on the Imports page that crosses it, and see the alert in
// the bell and the history; acknowledge it and the bell clears.

const CLIENT = "E2E Spike Client";

function ticketsCsv(count: number): string {
  // A minute ago: inside "this week" of the server's clock (the demo org is in UTC).
  const createdAt = new Date(Date.now() - 60_000).toISOString();
  const rows = Array.from({ length: count }, (_, i) => `E2E-ALERT-${i + 1},${CLIENT},${createdAt},,,open,P3,,,`);
  return ["ticket_id,client,created_at,first_response_at,resolved_at,status,priority,technician,csat,subject", ...rows, ""].join("\n");
}

describe("alerts page in chromium", () => {
  // Own server: it adds a client and a member that the shared demo server's counts would show.
  useOwnServer();

  test("creates a rule, an import crosses it, the bell and the history show the alert, acknowledging clears the bell", async ({ app, page, errors }) => {
    expect((await page.goto(`${app.url}/alerts`))?.status()).toBe(200);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Alerts");
    const bell = page.getByTestId("alert-bell");
    await expect.poll(() => bell.getAttribute("aria-label")).toBe("Alerts: none unread");

    // A missing threshold is answered on the field.
    const form = page.getByRole("region", { name: "New rule" });
    await form.getByLabel("Name", { exact: true }).fill("E2E client tickets");
    await form.getByLabel("Figure", { exact: true }).selectOption("client.tickets_created");
    await form.getByLabel("Client, technician or service").fill(CLIENT);
    await form.getByLabel("Fires when the figure is").selectOption("above");
    await form.getByRole("button", { name: "Create rule" }).click();
    await form.getByText("Enter a number").waitFor();
    expect(await form.getByLabel("Threshold", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    expect(await form.getByLabel("Name", { exact: true }).inputValue()).toBe("E2E client tickets");

    await form.getByLabel("Threshold", { exact: true }).fill("3");
    await form.getByLabel("Window").selectOption("this-week");
    await form.getByLabel("Severity").selectOption("critical");
    await form.getByRole("button", { name: "Create rule" }).click();
    await form.getByText("Rule saved.").waitFor();
    const row = page.locator("tr", { has: page.getByRole("rowheader", { name: /E2E client tickets/ }) });
    await row.waitFor();
    expect(await row.getByTestId("current-value").innerText()).toBe("0");
    await row.getByRole("button", { name: "Test: E2E client tickets" }).click();
    await row.getByText("Would not fire now: 0").waitFor();
    await screenshot(page, "alerts-1-rule");

    // Import 4 tickets for the client on the Imports page: 4 > 3.
    await page.goto(`${app.url}/imports`);
    await page.locator('input[type="file"]').setInputFiles({ name: "e2e-alert-tickets.csv", mimeType: "text/csv", buffer: Buffer.from(ticketsCsv(4), "utf8") });
    await page.getByRole("heading", { name: "Check how the file will be read" }).waitFor({ timeout: 20_000 });
    expect(await page.getByLabel("Kind of data").inputValue()).toBe("tickets");
    await page.getByRole("button", { name: "Import 4 rows" }).click();
    await page.getByRole("heading", { name: "Import finished" }).waitFor({ timeout: 30_000 });

    // The bell sees it on the next navigation.
    await page.goto(`${app.url}/alerts`);
    await expect.poll(() => bell.getAttribute("aria-label"), { timeout: 10_000 }).toBe("Alerts: 1 unread");
    expect(await bell.innerText()).toBe("1");
    const history = page.getByRole("table", { name: "Alerts, newest first, with value, threshold and period" });
    const alert = history.locator("tr", { hasText: "E2E client tickets" });
    expect(await alert.count()).toBe(1);
    expect(await alert.innerText()).toContain("Firing");
    expect(await alert.innerText()).toContain("Critical");
    expect(await alert.innerText()).toContain("above 3");
    expect(await row.getByTestId("current-value").innerText()).toBe("4");
    expect(await row.innerText()).toContain("1 open alert");
    await screenshot(page, "alerts-2-fired");

    await alert.getByRole("button", { name: `Acknowledge: E2E client tickets — ${CLIENT}` }).click();
    await history.locator("tr", { hasText: "Acknowledged" }).waitFor();
    expect(await history.locator("tr", { hasText: "Acknowledged" }).innerText()).toContain("by Demo Owner");
    await page.goto(`${app.url}/`);
    await expect.poll(() => bell.getAttribute("aria-label"), { timeout: 10_000 }).toBe("Alerts: none unread");

    // The API serves the same history.
    const api = (await (await fetch(`${app.url}/api/alerts`, { headers: { cookie: await app.ownerCookie() } })).json()) as { unread: number; alerts: { subject: string; state: string; value: number }[] };
    expect(api.unread).toBe(0);
    expect(api.alerts).toMatchObject([{ subject: CLIENT, state: "acknowledged", value: 4 }]);

    // A preset in one click.
    await page.goto(`${app.url}/alerts`);
    await page.getByRole("button", { name: "Add “A client churned this month”" }).click();
    await page.getByRole("rowheader", { name: /A client churned this month/ }).waitFor();
    await screenshot(page, "alerts-3-acknowledged");
    expect(errors).toEqual([]);
  });

  test("refuses an internal webhook host on save, in the form and the API, and keeps destinations from viewers", async ({ app, newPage }) => {
    const { page, context, errors } = await newPage();
    await page.goto(`${app.url}/alerts`);
    const form = page.getByRole("region", { name: "New rule" });
    await form.getByLabel("Name", { exact: true }).fill("E2E metadata hook");
    await form.getByLabel("Threshold", { exact: true }).fill("1");
    const webhook = form.getByLabel("Webhook URL (Slack, Teams or any JSON endpoint)");
    await webhook.fill("http://169.254.169.254/latest/meta-data");
    await form.getByRole("button", { name: "Create rule" }).click();
    await form.getByText("Alerts are not posted to 169.254.169.254").waitFor();
    expect(await webhook.getAttribute("aria-invalid")).toBe("true");

    const owner = { Cookie: await app.ownerCookie(), Origin: app.url, "Content-Type": "application/json" };
    const rule = { name: "E2E destinations", kpi: "sla_met", comparator: "below", threshold: -1, window: "this-week" };
    const post = (body: object) => fetch(`${app.url}/api/alerts/rules`, { method: "POST", headers: owner, body: JSON.stringify({ ...rule, ...body }) });
    const refused = await post({ webhookUrl: `http://127.0.0.1:${app.port}/api/health` });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/^webhookUrl: Alerts are not posted to 127\.0\.0\.1: .*MSP_KPI_ALLOWED_WEBHOOK_HOSTS/);
    expect((await post({ webhookUrl: "https://hooks.slack.com/services/T0/B0/e2e-secret", emailTo: ["ops@msp.example"] })).status).toBe(201);

    await addMemberOnPage(page, app.url, { name: "Alma Alerts", email: "alma@demo.example", role: "viewer", password: "alma-first-pass" });
    expect(errors).toEqual([]);
    await context.close();

    const rulesAs = async (cookie: string) => (await fetch(`${app.url}/api/alerts/rules`, { headers: { Cookie: cookie } })).text();
    const forOwner = await rulesAs(owner.Cookie);
    expect(forOwner).toContain("e2e-secret");
    expect(forOwner).toContain("ops@msp.example");
    const viewer = await signInCookie(app.url, { email: "alma@demo.example", password: "alma-first-pass" });
    const forViewer = await rulesAs(viewer);
    expect(forViewer).toContain("E2E destinations");
    expect(forViewer).not.toContain("e2e-secret");
    expect(forViewer).not.toContain("ops@msp.example");
  });
});
