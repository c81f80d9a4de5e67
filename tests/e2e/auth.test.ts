import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { isPublicPath } from "@/lib/http/security-headers";
import { DEMO_OWNER, signInCookie } from "../support/app-server";
import { addMemberOnPage, addSessionCookie, screenshot, trackRequests } from "../support/browser";
import { test, useOwnServer } from "../support/e2e";
import { cliTestTimeout, runCli } from "../support/cli";
import { importCsvOverHttp } from "../support/http-import";
import { fillRoute, pageRoutes, routeHandlers } from "../support/routes";

// Sign-in, roles, API tokens, password reset over a real SMTP server, hardening headers, and XSS
// payloads rendered as text — against the production build on the demo data.
const XSS_CLIENT = `<img src=x onerror="window.__xss=1">`;
const XSS_TECH = `<script>window.__xss=2</script>`;
let lastIp = 0;
const freshIp = () => `198.51.100.${++lastIp}`;
const ATTACKER_IP = "203.0.113.9";

function startSmtp(): Promise<{ server: SMTPServer; port: number; messages: string[] }> {
  const messages: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      let data = "";
      stream.on("data", (chunk: Buffer) => (data += chunk.toString()));
      stream.on("end", () => {
        messages.push(data);
        callback();
      });
    },
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, port: (server.server.address() as AddressInfo).port, messages })));
}

/** The first http(s) link in a quoted-printable mail body. */
function linkIn(mail: string): string {
  const decoded = mail.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  const match = /https?:\/\/\S+/.exec(decoded);
  if (!match) throw new Error(`no link in mail:\n${decoded}`);
  return match[0];
}

/** A reverse proxy on 127.0.0.1 that passes requests on with Host rewritten to the app's own. */
function startHostRewritingProxy(target: URL): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

describe("sign-in, roles and hardening", () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let owner: Record<string, string>;

  beforeAll(async () => {
    smtp = await startSmtp();
  });
  // Own server: it sends mail to this file's SMTP server and trusts X-Forwarded-For, and the tests
  // add members and spend sign-in budgets. Trusting X-Forwarded-For lets each simulated person sign
  // in from an address of their own, so only the brute-force test below spends its address's budget.
  useOwnServer(() => ({ env: { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MSP_KPI_TRUST_PROXY: "1" } }));
  test.beforeAll(async ({ app }) => {
    owner = { Cookie: await app.ownerCookie() };
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => smtp?.server.close(() => resolve()));
  });

  test("sends anonymous visitors of every page to /sign-in and answers every private API route with 401", async ({ app }) => {
    const pages = pageRoutes().map((route) => fillRoute(route));
    expect(pages.length).toBeGreaterThan(10);
    for (const path of pages) {
      const response = await fetch(`${app.url}${path}`, { redirect: "manual" });
      if (isPublicPath(path)) {
        expect([200, 307], path).toContain(response.status);
        continue;
      }
      expect(response.status, path).toBe(307);
      expect(new URL(response.headers.get("location")!, app.url).pathname, path).toBe("/sign-in");
    }
    const handlers = routeHandlers();
    expect(handlers.length).toBeGreaterThan(10);
    for (const { route, methods } of handlers) {
      const path = fillRoute(route, { source: "generic", all: "session" });
      if (isPublicPath(path)) continue;
      for (const method of methods) {
        const response = await fetch(`${app.url}${path}`, {
          method, redirect: "manual", headers: { Origin: app.url, "Content-Type": "application/json" }, body: method === "GET" ? undefined : "{}",
        });
        // API routes answer 401; documents outside /api (printable reports) send the browser to sign in.
        if (path.startsWith("/api/")) expect(response.status, `${method} ${path}`).toBe(401);
        else expect([response.status, new URL(response.headers.get("location") ?? "/", app.url).pathname], `${method} ${path}`).toEqual([307, "/sign-in"]);
        expect(await response.text(), `${method} ${path}`).not.toMatch(/at .+\(.+:\d+:\d+\)/);
      }
    }
  });

  test("signs in with the pre-filled demo owner, shows who is signed in, and signs out", async ({ app, newPage }) => {
    const { page, context, errors } = await newPage({ signedIn: false });
    await page.goto(`${app.url}/clients`);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    expect(await page.getByLabel("E-mail").inputValue()).toBe(DEMO_OWNER.email);
    expect(await page.getByLabel("Password").inputValue()).toBe(DEMO_OWNER.password);
    await screenshot(page, "auth-sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${app.url}/clients`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText()).toBe("Clients");
    await expect.poll(() => page.getByText("Demo MSP · Owner").count()).toBe(1);
    const cookie = (await context.cookies()).find((c) => c.name.endsWith("session_token"));
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/sign-in/);
    await page.goto(`${app.url}/`);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    expect(errors).toEqual([]);
  });

  test("signs in at 127.0.0.1, which is not the configured address", async ({ app, newPage }) => {
    // MSP_KPI_PUBLIC_URL is unset here, so the configured address is http://localhost:<port> (app.url).
    const here = `http://127.0.0.1:${app.port}`;
    expect(new URL(here).host).not.toBe(new URL(app.url).host);
    const { page, errors } = await newPage({ signedIn: false });
    await page.goto(`${here}/clients`);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${here}/clients`);
    await expect.poll(() => page.getByText("Demo MSP · Owner").count()).toBe(1);
    expect(errors).toEqual([]);
  });

  test("says what to set when a proxy hides the address the browser used", async ({ app, newPage }) => {
    const proxy = await startHostRewritingProxy(new URL(app.url));
    try {
      const { page, context } = await newPage({ signedIn: false });
      await page.goto(`${proxy.url}/sign-in`);
      await page.getByRole("button", { name: "Sign in" }).click();
      const alert = page.getByRole("alert").filter({ hasText: "MSP_KPI_PUBLIC_URL" });
      await expect.poll(() => alert.count()).toBe(1);
      expect(await alert.innerText()).toContain(`Open msp-kpi at ${app.url}, or ask the administrator to set MSP_KPI_PUBLIC_URL to ${proxy.url}.`);
      await screenshot(page, "auth-wrong-address");
      await context.close();
    } finally {
      await new Promise((resolve) => proxy.server.close(resolve));
    }
  });

  test("sets security headers with a fresh script nonce, and the pages still run under them", async ({ app }) => {
    const first = await fetch(`${app.url}/sign-in`);
    const second = await fetch(`${app.url}/sign-in`);
    const csp = first.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(second.headers.get("content-security-policy")).not.toBe(csp);
    expect(first.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(first.headers.get("x-frame-options")).toBe("DENY");
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
    expect(first.headers.get("x-powered-by")).toBeNull();
  });

  test("refuses cross-site changes made with the session cookie (CSRF)", async ({ app }) => {
    const response = await fetch(`${app.url}/api/imports/mappings`, {
      method: "POST",
      headers: { ...owner, Origin: "https://evil.example", "Content-Type": "application/json" },
      body: "{}",
    });
    expect(response.status).toBe(403);
    const noOrigin = await fetch(`${app.url}/api/imports/mappings`, {
      method: "POST",
      headers: { ...owner, "Sec-Fetch-Site": "cross-site", "Content-Type": "application/json" },
      body: "{}",
    });
    expect(noOrigin.status).toBe(403);
  });

  test("refuses uploads that are not text exports", async ({ app }) => {
    const response = await fetch(`${app.url}/api/imports/uploads`, {
      method: "POST",
      headers: { ...owner, Origin: app.url, "Content-Type": "application/pdf", "X-File-Name": "invoice.pdf" },
      body: "%PDF-1.7",
    });
    expect(response.status).toBe(415);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain("CSV");
  });

  test("renders names with HTML in them as text on every page that shows names", async ({ app, newPage }) => {
    await importCsvOverHttp(app.url, owner, { name: "xss-clients.csv", kind: "clients", text: `client_id,name,segment\nXSS1,"${XSS_CLIENT.replaceAll('"', '""')}",Evil\n` });
    await importCsvOverHttp(app.url, owner, { name: "xss-techs.csv", kind: "technicians", text: `technician,weekly_capacity_hours,active_from,active_to,role\n"${XSS_TECH}",40,2024-01-01,,Desk\n` });
    await importCsvOverHttp(app.url, owner, { name: "xss-contracts.csv", kind: "contracts", text: `contract_id,client,service,monthly_value,start_date,end_date,tier,units,salesperson\nK-XSS,XSS1,Backup,100.00,2025-01-01,,,,\n` });
    const { page, errors } = await newPage();
    await page.goto(`${app.url}/clients`);
    await page.getByRole("searchbox").first().fill("onerror");
    const link = page.getByRole("link", { name: XSS_CLIENT });
    // The server searches: give it time on a busy machine.
    await expect.poll(() => link.count(), { timeout: 15_000 }).toBe(1);
    const clientPage = (await link.getAttribute("href"))!;
    const settled = trackRequests(page);
    for (const path of ["/", "/clients", clientPage, "/services", "/technicians", "/settings", "/imports"]) {
      await page.goto(`${app.url}${path}`);
      await settled();
      const injected = await page.evaluate(() => ({
        flag: (window as unknown as { __xss?: number }).__xss ?? null,
        images: document.querySelectorAll('img[src="x"]').length,
      }));
      expect(injected, path).toEqual({ flag: null, images: 0 });
    }
    await page.goto(`${app.url}${clientPage}`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(XSS_CLIENT);
    await page.goto(`${app.url}/settings`);
    await expect.poll(() => page.getByText(XSS_TECH).count()).toBeGreaterThan(0);
    await screenshot(page, "auth-xss-settings");
    expect(errors).toEqual([]);
  });

  test("creates an API token shown once, uses it as Bearer within its role, and refuses it once revoked", async ({ app, page, errors }) => {
    await page.goto(`${app.url}/settings/access`);
    await page.getByLabel("Name", { exact: true }).last().fill("Nightly export");
    await page.locator("#token-role").selectOption("viewer");
    await page.getByRole("button", { name: "Create token" }).click();
    const token = (await page.getByTestId("new-token").innerText()).trim();
    expect(token).toMatch(/^mkpi_/);
    await screenshot(page, "auth-access-token");
    const bearer = { Authorization: `Bearer ${token}` };
    expect((await fetch(`${app.url}/api/kpis?from=2026-10-01&to=2026-10-31`, { headers: bearer })).status).toBe(200);
    const write = await fetch(`${app.url}/api/imports/mappings`, { method: "POST", headers: { ...bearer, "Content-Type": "application/json" }, body: "{}" });
    expect(write.status).toBe(403);
    await page.reload();
    expect(await page.content()).not.toContain(token);
    await page.getByRole("button", { name: "Revoke" }).click();
    await expect.poll(() => page.getByRole("cell", { name: "Revoked", exact: true }).count()).toBe(1);
    expect((await fetch(`${app.url}/api/kpis?from=2026-10-01&to=2026-10-31`, { headers: bearer })).status).toBe(401);
    await page.reload();
    await expect.poll(() => page.getByRole("cell", { name: "token.revoked", exact: true }).count()).toBe(1);
    expect(await page.getByRole("cell", { name: "token.created", exact: true }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  test("runs the CLI against this server with an API token: kpis with any role, import with manager", async ({ app, newPage }) => {
    const { page, context } = await newPage();
    await page.goto(`${app.url}/settings/access`);
    const tokens: Record<string, string> = {};
    for (const role of ["manager", "viewer"]) {
      await page.locator("#token-name").fill(`CLI ${role}`);
      await page.locator("#token-role").selectOption(role);
      await page.getByRole("button", { name: "Create token" }).click();
      await expect.poll(() => page.getByRole("cell", { name: `CLI ${role}`, exact: true }).count()).toBe(1);
      tokens[role] = (await page.getByTestId("new-token").innerText()).trim();
    }
    await context.close();
    // A PGLITE_DIR that cannot be opened proves the CLI never touched a local database.
    const remote = (role: string) => ({ MSP_KPI_URL: app.url, MSP_KPI_TOKEN: tokens[role]!, PGLITE_DIR: "/proc/no-database-here" });
    const kpis = await runCli(["kpis", "--from", "2026-10-01", "--to", "2026-10-31", "--json"], remote("viewer"));
    expect(kpis.stderr).toBe("");
    const apiKpis = async (headers: Record<string, string>) =>
      (await fetch(`${app.url}/api/kpis?from=2026-10-01&to=2026-10-31`, { headers })).json();
    // The CLI serves what the API serves the token's role: a viewer gets no profitability section.
    expect(JSON.parse(kpis.stdout)).toEqual(await apiKpis({ authorization: `Bearer ${tokens.viewer}` }));
    expect(JSON.parse(kpis.stdout)).not.toHaveProperty("profitability");
    expect(await apiKpis(owner)).toHaveProperty("profitability");
    expect((await runCli(["kpis", "--from", "2026-10-01", "--to", "2026-10-31"], remote("viewer"))).stdout).toContain("MRR at the end");

    const file = path.join(mkdtempSync(path.join(tmpdir(), "msp-kpi-cli-remote-")), "remote-clients.csv");
    writeFileSync(file, "client_id,name,segment\nREMOTE1,Remote Import GmbH,SMB\nREMOTE2,,no name\n");
    const imported = await runCli(["import", file, "--kind", "clients", "--json"], remote("manager"));
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ kind: "clients", inserted: 1, rejected: 1, status: "completed", errors: [expect.objectContaining({ line: 3 })] });
    const refused = await runCli(["import", file, "--kind", "clients"], remote("viewer"));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("manager");
  }, cliTestTimeout(5)); // its CLI runs, and one run's time for the pages

  test("lets an owner add a viewer, who sees dashboards but not imports or settings", async ({ app, newPage }) => {
    const { page, context } = await newPage();
    await addMemberOnPage(page, app.url, { name: "Vera Viewer", email: "vera@demo.example", role: "viewer", password: "vera-first-pass" });
    await context.close();

    const viewer = await newPage({ signedIn: false });
    const cookie = await signInCookie(app.url, { email: "vera@demo.example", password: "vera-first-pass" }, freshIp());
    await addSessionCookie(viewer.context, cookie, app.url);
    await viewer.page.goto(`${app.url}/`);
    const nav = viewer.page.getByRole("navigation", { name: "Main navigation" });
    await expect.poll(() => nav.getByRole("link").allInnerTexts()).not.toContain("Imports");
    expect(await nav.getByRole("link").allInnerTexts()).not.toContain("Settings");
    for (const path of ["/imports", "/settings", "/settings/access", "/webhooks"]) {
      await viewer.page.goto(`${app.url}${path}`);
      expect(new URL(viewer.page.url()).pathname, path).toBe("/forbidden");
    }
    await screenshot(viewer.page, "auth-forbidden");
    const asViewer = { Cookie: cookie, Origin: app.url, "Content-Type": "application/json" };
    expect((await fetch(`${app.url}/api/imports`, { headers: asViewer })).status).toBe(403);
    expect((await fetch(`${app.url}/api/webhooks-admin/endpoints`, { headers: asViewer })).status).toBe(403);
    expect((await fetch(`${app.url}/api/kpis?from=2026-10-01&to=2026-10-31`, { headers: asViewer })).status).toBe(200);
  });

  test("resets a forgotten password through the e-mailed link", async ({ app, newPage }) => {
    const { page, errors } = await newPage({ signedIn: false });
    await page.goto(`${app.url}/forgot-password`);
    await page.getByLabel("E-mail").fill("vera@demo.example");
    await page.getByRole("button", { name: "Send link" }).click();
    await expect.poll(() => page.getByRole("status").innerText()).toContain("a link is on its way");
    await expect.poll(() => smtp.messages.length, { timeout: 10_000 }).toBe(1);
    expect(smtp.messages[0]).toContain("To: vera@demo.example");
    await page.goto(linkIn(smtp.messages[0]!));
    await page.waitForURL(/\/reset-password\?token=/);
    await page.getByLabel("New password").fill("vera-second-pass");
    await page.getByRole("button", { name: "Save password" }).click();
    await expect.poll(() => page.getByRole("status").innerText()).toContain("Password changed");
    await expect(signInCookie(app.url, { email: "vera@demo.example", password: "vera-first-pass" }, freshIp())).rejects.toThrow(/401/);
    expect(await signInCookie(app.url, { email: "vera@demo.example", password: "vera-second-pass" }, freshIp())).toContain("session_token=");
    expect(errors).toEqual([]);
  });

  test("mails reset links to the configured address, whatever X-Forwarded-Proto and X-Forwarded-Host say", async ({ app }) => {
    const sent = smtp.messages.length;
    const response = await fetch(`${app.url}/api/auth/request-password-reset`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: app.url, "X-Forwarded-For": freshIp(), "X-Forwarded-Proto": "https", "X-Forwarded-Host": "evil.example" },
      body: JSON.stringify({ email: "vera@demo.example", redirectTo: "/reset-password" }),
    });
    expect(response.status).toBe(200);
    await expect.poll(() => smtp.messages.length, { timeout: 10_000 }).toBe(sent + 1);
    expect(linkIn(smtp.messages[sent]!)).toMatch(new RegExp(`^${app.url}/api/auth/reset-password/\\w+`));
  });

  test("rate-limits guessing: after five wrong passwords a minute the sign-in answers 429 and says so", async ({ app, newPage }) => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await fetch(`${app.url}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Origin: app.url, "X-Forwarded-For": ATTACKER_IP },
        body: JSON.stringify({ email: "vera@demo.example", password: `guess-number-${i}` }),
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const { page, context } = await newPage({ signedIn: false, extraHTTPHeaders: { "X-Forwarded-For": ATTACKER_IP } });
    await page.goto(`${app.url}/sign-in`);
    await page.getByLabel("E-mail").fill("vera@demo.example");
    await page.getByLabel("Password").fill("one-more-guess");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.getByRole("alert").filter({ hasText: "Too many" }).innerText()).toMatch(/Too many attempts\. Try again in \d+ seconds\./);
    await screenshot(page, "auth-rate-limited");
    await context.close();
    // Another address is still welcome: the limit is the attacker's, not everyone's.
    expect(await signInCookie(app.url, DEMO_OWNER, freshIp())).toContain("session_token=");
  });

  test("limits guesses at one account even from ever-changing addresses", async ({ app }) => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const response = await fetch(`${app.url}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Origin: app.url, "X-Forwarded-For": freshIp() },
        body: JSON.stringify({ email: "nobody@demo.example", password: `guess-number-${i}` }),
      });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});
