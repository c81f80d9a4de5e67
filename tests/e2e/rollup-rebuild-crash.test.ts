import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/db/client";
import { computeKpiReportSql, refreshKpiRollups } from "@/db/queries/kpi";
import { getDefaultOrgId, getKpiSettings } from "@/db/queries/org-settings";
import type { KpiReport } from "@/lib/kpi/report-schema";
import type { KpiSettings } from "@/lib/records/settings";
import { ensureDemoOwner } from "@/server/demo/demo-owner";
import { signInCookie, startAppServer, type AppServer } from "../support/app-server";
import { addSessionCookie, launchBrowser, newPage, screenshot } from "../support/browser";
import { withTicketStateLocked } from "../support/rollup-state-lock";
import { withDatabase } from "../support/global-setup";

// A kill -9 in the middle of a background rebuild for changed settings, on PostgreSQL (where the
// test can watch the rebuild's lock while the server holds the database): the rebuild rolls back,
// the old rollups stay valid, and the next start rebuilds them — reads meanwhile answer at once,
// with the old figures, marked. Enough tickets make the rebuild last seconds, so it is caught
// running; no test hook slows it.

const BASE_URL = process.env.TEST_DATABASE_URL;
const TICKETS = 300_000;
const MARCH = { from: "2025-03-01", to: "2025-03-31" };
// The lock the rebuild holds while it runs (db/queries/kpi/rollup-settings.ts): (7301016, org id).
const REBUILD_LOCK = 7_301_016;
const NEW_TARGETS = { P1: 15, P2: 30, P3: 60, P4: 120 };

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 240_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The technicians page in chromium, in English and German: the notice is a status, above the figures. */
async function expectNoticeInBrowser(url: string, cookie: string): Promise<void> {
  const browser = await launchBrowser();
  try {
    for (const [locale, text] of [["en-US", "Recomputing with your new settings…"], ["de-DE", "Wird mit Ihren neuen Einstellungen neu berechnet…"]] as const) {
      const { page, context, errors } = await newPage(browser, { locale });
      await addSessionCookie(context, cookie, url);
      await page.goto(`${url}/technicians?from=${MARCH.from}&to=${MARCH.to}`);
      // The figures stream in after the frame: wait for the notice rather than count at once.
      await expect.poll(() => page.getByRole("status").filter({ hasText: text }).count(), { timeout: 30_000 }).toBe(1);
      await screenshot(page, `recomputing-${locale.slice(0, 2)}`);
      expect(errors).toEqual([]);
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

describe.skipIf(!BASE_URL)("a settings rebuild killed mid-way [postgres]", () => {
  const name = `msp_kpi_crash_${randomBytes(4).toString("hex")}`;
  let admin: Database;
  let db: Database;
  let orgId: number;
  let url: string;
  const servers: AppServer[] = [];

  const rebuilding = async () =>
    (await db.query("select 1 from pg_locks where locktype = 'advisory' and classid = $1 and objid = $2 and granted", [REBUILD_LOCK, orgId])).length > 0;
  const ticketState = async () =>
    (await db.query<{ built_with: unknown }>("select built_with from kpi_rollup_state where org_id = $1 and part = 'tickets'", [orgId]))[0]?.built_with;
  const start = async () => {
    const server = await startAppServer({ env: { DATABASE_URL: url } });
    servers.push(server);
    return server;
  };

  beforeAll(async () => {
    admin = await openDatabase({ kind: "postgres", url: withDatabase(BASE_URL!, "postgres"), max: 1, migrate: false });
    await admin.query(`create database ${name}`);
    url = withDatabase(BASE_URL!, name);
    db = await openDatabase({ kind: "postgres", url, max: 2 });
    orgId = await getDefaultOrgId(db);
    await ensureDemoOwner(db, orgId);
    await db.query("insert into clients (org_id, name, source) values ($1, 'Bulk', 'test')", [orgId]);
    // A ticket every 97 s through 2025, answered after 0 to 179 minutes, priorities P1 to P4 in turn.
    await db.query(
      `insert into tickets (org_id, client_id, created_at, first_response_at, priority, source, external_id)
       select $1, (select id from clients where org_id = $1), ts, ts + (i % 180) * interval '1 minute', 'P' || (1 + i % 4), 'test', i::text
       from generate_series(1, $2::int) as i, lateral (select timestamptz '2025-01-01' + i * interval '97 seconds' as ts) as x`,
      [orgId, TICKETS],
    );
    await refreshKpiRollups(db, orgId, "all");
  }, 300_000);

  afterAll(async () => {
    for (const server of servers) await server.stop();
    await db?.close();
    await admin?.query(`drop database if exists ${name} with (force)`);
    await admin?.close();
  });

  it("keeps the old rollups after the kill and rebuilds on the next start, serving the old figures marked meanwhile", async () => {
    const before: KpiSettings = await getKpiSettings(db, orgId);
    const oldReport: KpiReport = await computeKpiReportSql(db, orgId, MARCH, before);
    // Saved by an instance that died before it rebuilt: the next start finds the org stale.
    await db.query("update org_settings set sla_target_minutes = $2::text::jsonb where org_id = $1", [orgId, JSON.stringify(NEW_TARGETS)]);

    const first = await start();
    await waitFor("the rebuild on start", rebuilding);
    await first.kill();
    // The killed server's session ends once PostgreSQL notices; its transaction rolls back.
    await waitFor("the killed rebuild to end", async () => !(await rebuilding()));
    expect(await ticketState()).toMatchObject({ slaTargetMinutes: before.slaTargetMinutes });
    expect(await computeKpiReportSql(db, orgId, MARCH, before)).toEqual(oldReport);

    // This time the rebuild is held just before it records the new state (a row lock), so the
    // reads below surely fall inside it.
    await withTicketStateLocked(db, orgId, async () => {
      const second = await start();
      const cookie = await signInCookie(second.url);
      await waitFor("the rebuild on the second start", rebuilding);
      const api = await fetch(`${second.url}/api/kpis?from=${MARCH.from}&to=${MARCH.to}`, { headers: { cookie } });
      expect(api.status).toBe(200);
      const served = (await api.json()) as KpiReport;
      expect(served.recomputing).toBe(true);
      expect(served.tickets).toEqual(oldReport.tickets);
      await expectNoticeInBrowser(second.url, cookie);
    });
    const second = servers.at(-1)!;
    const cookie = await signInCookie(second.url);

    await waitFor("the rebuild to commit", async () => JSON.stringify(await ticketState()).includes('"P1":15'));
    const after = await getKpiSettings(db, orgId);
    const rebuilt = await computeKpiReportSql(db, orgId, MARCH, after);
    expect(rebuilt.tickets.sla_met).not.toEqual(oldReport.tickets.sla_met);
    const servedAfter = (await (await fetch(`${second.url}/api/kpis?from=${MARCH.from}&to=${MARCH.to}`, { headers: { cookie } })).json()) as KpiReport;
    expect(servedAfter.recomputing).toBeUndefined();
    expect(servedAfter.tickets).toEqual(rebuilt.tickets);
    // Equal to rollups rebuilt from scratch with the new targets.
    await refreshKpiRollups(db, orgId, "tickets");
    expect(await computeKpiReportSql(db, orgId, MARCH, after)).toEqual(rebuilt);
  }, 900_000);
});
