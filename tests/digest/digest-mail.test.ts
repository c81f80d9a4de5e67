import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAlertRule } from "@/db/alerts";
import { createMember } from "@/db/auth/users";
import { openDatabase, type Database } from "@/db/client";
import { getDigestSubscription, saveDigestSubscription } from "@/db/digest/subscriptions";
import { getDefaultOrgId } from "@/db/queries/org-settings";
import { AlertRuleInput } from "@/lib/alerts";
import { verifyUnsubscribeToken } from "@/lib/digest/unsubscribe-token";
import { formatDelta, formatMoney, formatNumber, formatPercent, relativeChange } from "@/lib/format/number";
import { KpiReport } from "@/lib/kpi/report-schema";
import { runScheduledEvaluation } from "@/server/alerts";
import { appSecret } from "@/server/auth/app-secret";
import { DEMO_OWNER } from "@/server/demo/demo-owner";
import { loadDemoDataIfEmpty } from "@/server/demo/load-demo";
import { digestJob } from "@/server/digest/job";
import { unsubscribeWithToken } from "@/server/digest/unsubscribe";
import { runDueJobs } from "@/server/jobs/runner";
import { startSmtpServer } from "../alerts-db/helpers";
import { cliTestTimeout, runCli, runCliAsync } from "../support/cli";
import { copyMigratedPglite } from "../support/db";
import { readDigestMail, type DigestMessage } from "./mail";

// The weekly digest end to end on the demo business: the job runner sends it over a real SMTP
// server on Monday 23 November 2026, 07:00 in Berlin, and the figures in the received mail are
// those `msp-kpi kpis --json` prints for 16–22 November and the week before.

const dir = mkdtempSync(path.join(tmpdir(), "msp-kpi-digest-"));
const env = { PGLITE_DIR: path.join(dir, "pglite"), UPLOAD_DIR: path.join(dir, "uploads") };
const WEEK = { from: "2026-11-16", to: "2026-11-22" };
const VIEWER = "viewer@digest.example";

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let db: Database;
let orgId: number;
let kpis: KpiReport;
let owner: DigestMessage;
let viewer: DigestMessage;

beforeAll(async () => {
  copyMigratedPglite(env.PGLITE_DIR);
  smtp = await startSmtpServer();
  db = await openDatabase({ kind: "pglite", dataDir: env.PGLITE_DIR });
  await loadDemoDataIfEmpty(db, { uploadDir: env.UPLOAD_DIR, today: "2026-11-23" });
  orgId = await getDefaultOrgId(db);
  await db.query("update org_settings set time_zone = 'Europe/Berlin' where org_id = $1", [orgId]);
  const viewerId = await createMember(db, orgId, { name: "Vera Viewer", email: VIEWER, password: "digest-password-1", role: "viewer" });
  await saveDigestSubscription(db, orgId, viewerId, { subscribed: true, weekday: 1, hour: 7, locale: "de" });
  await createAlertRule(db, orgId, AlertRuleInput.parse({ name: "Busy client", kpi: "client.tickets_created", comparator: "above", threshold: 5, window: "last-7-days" }));
  await runScheduledEvaluation(db, { now: new Date("2026-11-20T12:00:00Z") });
  await db.close();

  const run = await runCli(["kpis", "--from", WEEK.from, "--to", WEEK.to, "--json"], env);
  expect(run.code, run.stderr).toBe(0);
  kpis = KpiReport.parse(JSON.parse(run.stdout));

  db = await openDatabase({ kind: "pglite", dataDir: env.PGLITE_DIR });
  const handlers = [digestJob({ smtpUrl: smtp.url })];
  await runDueJobs(db, handlers, { now: new Date("2026-11-22T12:00:00Z") });
  const runs = await runDueJobs(db, handlers, { now: new Date("2026-11-23T06:00:10Z") });
  expect(runs.map((r) => r.ok)).toEqual([true, true]);
  const mailTo = (email: string) => readDigestMail(smtp.received.find((m) => m.to.includes(email))!.data);
  owner = mailTo(DEMO_OWNER.email);
  viewer = mailTo(VIEWER);
}, cliTestTimeout(2));

afterAll(async () => {
  await db?.close();
  await smtp?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the weekly digest over SMTP", () => {
  it("holds the figures kpis --json gives for the week and the week before, each in the plain text and the HTML", () => {
    const money = (v: number) => formatMoney(v, "EUR", "en");
    const share = (v: number | null) => formatPercent(v, "en");
    const p = kpis.previous;
    const lines = [
      `- MRR: ${money(kpis.revenue.mrr)} (${formatDelta(relativeChange(kpis.revenue.mrr, p.revenue.mrr), "en")}), week before: ${money(p.revenue.mrr)}`,
      `- Net new MRR: ${money(kpis.revenue.net_new_mrr)}`,
      `week before: ${money(p.revenue.net_new_mrr)}`,
      `- Tickets created: ${formatNumber(kpis.tickets.tickets_created, "en")} `,
      `week before: ${formatNumber(p.tickets.tickets_created, "en")}\n- First response`,
      `- SLA met: ${share(kpis.tickets.sla_met)} `,
      `week before: ${share(p.tickets.sla_met)}\n- CSAT`,
      `- Team utilization: ${share(kpis.technicians.team_utilization)} `,
      `week before: ${share(p.technicians.team_utilization)}\n`,
      `- Gross profit: ${money(kpis.profitability!.gross_profit)} `,
      `week before: ${money(p.profitability!.gross_profit)}\n- Gross margin`,
    ];
    for (const line of lines) expect(owner.text).toContain(line);
    expect(kpis.tickets.tickets_created).toBeGreaterThan(0);
    for (const value of [money(kpis.revenue.mrr), money(p.revenue.mrr), share(kpis.tickets.sla_met), money(kpis.profitability!.gross_profit)]) {
      expect(owner.html).toContain(value);
    }
    expect(owner.subject).toBe("Demo MSP: your KPIs for week 47");
    expect(owner.text).toContain("Week 47 (Nov 16, 2026 – Nov 22, 2026), compared with the week before.");
  });

  it("names the week's alerts, the clients that moved most, and links each view at the app's public address", () => {
    expect(owner.text).toMatch(/\n1 alert opened this week\n|\n\d+ alerts opened this week\n/);
    expect(owner.text).toContain("Busy client · ");
    expect(owner.text).toMatch(/Clients that moved most\n- .+: (Ticket spike|SLA drop)/);
    for (const view of [`/?from=${WEEK.from}&to=${WEEK.to}`, `/clients?from=${WEEK.from}`, `/technicians?from=${WEEK.from}`, "/alerts", "/settings/digest"]) {
      expect(owner.text).toContain(`http://localhost:3000${view}`);
    }
  });

  it("is mail-client safe: inline styles, no images, scripts or style sheets, bars drawn as table cells", () => {
    expect(owner.html).not.toMatch(/<img|<script|<style|<link|src=/i);
    expect(owner.html).toMatch(/<td width="\d+%" style="height:10px;background:#2563eb;/);
    // A good change green, a bad one red, as on the dashboard's cards.
    expect(owner.html).toMatch(/background:#(d1fae5|fee2e2);color:#(065f46|991b1b)/);
  });

  it("gives a viewer German words and no profitability figures", () => {
    expect(viewer.subject).toBe("Demo MSP: Ihre Kennzahlen für KW 47");
    expect(viewer.text).toContain(`- MRR: ${formatMoney(kpis.revenue.mrr, "EUR", "de")}`);
    expect(viewer.text).not.toMatch(/Rohertrag|Bruttomarge|profitability/);
    expect(owner.text).toContain("http://localhost:3000/profitability?from=");
  });

  it("carries a signed one-click unsubscribe link that works once verified, and refuses a tampered one", async () => {
    expect(owner.headers).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    const header = /List-Unsubscribe: <([^>]+)>/.exec(owner.headers)?.[1];
    expect(owner.text).toContain(`Unsubscribe: ${header}`);
    const token = new URL(header!).searchParams.get("token")!;
    const recipient = verifyUnsubscribeToken(await appSecret(db), token);
    expect(recipient?.orgId).toBe(orgId);

    expect(await unsubscribeWithToken(db, token.replace(/.$/, (c) => (c === "A" ? "B" : "A")))).toBe(false);
    expect((await getDigestSubscription(db, orgId, recipient!.userId))?.subscribed).toBe(true);
    expect(await unsubscribeWithToken(db, token)).toBe(true);
    expect(await unsubscribeWithToken(db, token)).toBe(true);
    expect((await getDigestSubscription(db, orgId, recipient!.userId))?.subscribed).toBe(false);
  });

  it("`digest --preview` writes the HTML and text a member would get now", async () => {
    await db.close();
    const out = path.join(dir, "digest.html");
    const run = await runCli(["digest", "--preview", "--user", VIEWER, "--out", out], env);
    db = await openDatabase({ kind: "pglite", dataDir: env.PGLITE_DIR });
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/^<!DOCTYPE html>[\s\S]*Wöchentlicher KPI-Überblick/);
    expect(readFileSync(`${out}.txt`, "utf8")).toContain("Wichtigste Kennzahlen");
    expect(run.stdout).toContain("Ihre Kennzahlen für KW");
  }, cliTestTimeout(1));

  it("`digest run-due` sends the digests due now once and exits, for cron", async () => {
    // The viewer's next digest (the owner unsubscribed above), made due an hour ago by the real clock.
    await db.query("update jobs set due_at = now() - interval '1 hour' where kind = 'digest'");
    await db.close();
    const before = smtp.received.length;
    const run = await runCliAsync(["digest", "run-due"], { ...env, SMTP_URL: smtp.url });
    db = await openDatabase({ kind: "pglite", dataDir: env.PGLITE_DIR });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^digest \d+:[\w-]+: sent, late\n1 of 1 due digests sent\.\n$/);
    expect(smtp.received.slice(before).map((m) => m.to)).toEqual([[VIEWER]]);
  }, cliTestTimeout(1));
});
