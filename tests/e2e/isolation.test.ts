import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { createAlertRule, setAlertRuleMuted } from "@/db/alerts";
import { createApiToken } from "@/db/auth/api-tokens";
import { createShareLink } from "@/db/sharing/share-links";
import { createWallboardToken } from "@/db/sharing/wallboard-tokens";
import { createMember } from "@/db/auth/users";
import { importStoredFile } from "@/server/imports/import-file";
import { storeUploadFromFile } from "@/server/imports/uploads";
import { saveBulkExport } from "@/db/qbr/bulk-exports";
import { saveColumnMapping } from "@/db/queries/column-mappings";
import { acceptMove } from "@/db/queries/rebalancing";
import { createEndpoint } from "@/db/webhooks/endpoints";
import { insertEvent } from "@/db/webhooks/inbox";
import { processWebhookBatch } from "@/server/webhooks/worker";
import { AlertRuleInput } from "@/lib/alerts";
import { isPublicPath } from "@/lib/http/security-headers";
import { WALLBOARD_COOKIE } from "@/lib/sharing/tokens";
import { signInCookie, type App } from "../support/app-server";
import { copyDemoData, test, useOwnServer } from "../support/e2e";
import { fillRoute, routeHandlers } from "../support/routes";

// Two orgs on one server: the demo MSP (A, signed in as its owner) and "Rival MSP" (B), seeded
// before the server starts. Every route handler is tried by A against B's data, and every server
// action is tried anonymously; the lists come from app/ and the build, so new ones cannot slip by.
const SECRET = "Rival Secret Client";
const ROOT = path.resolve(import.meta.dirname, "../..");

interface Rival {
  orgId: number;
  runId: number;
  uploadId: string;
  endpointPublicId: string;
  eventId: number;
  token: string;
  clientId: number;
  bulkExportId: number;
  ruleId: number;
  firingId: number;
  bossId: string;
  tokenId: number;
  endpointId: number;
  technicianIds: number[];
  formerId: number;
  moveId: number;
  /** B's live and expired share links of its client's Q3 report, and A's live link of one of A's clients. */
  shareLinkId: number;
  shareToken: string;
  expiredShareToken: string;
  demoShareToken: string;
  wallboardTokenId: number;
  wallboardToken: string;
}

async function seedRival(pgliteDir: string, uploadDir: string): Promise<Rival> {
  const db = await openDatabase({ kind: "pglite", dataDir: pgliteDir });
  try {
    const [org] = await db.query<{ id: number }>("insert into orgs (name, slug) values ('Rival MSP', 'rival') returning id");
    const orgId = org!.id;
    await db.query("insert into org_settings (org_id) values ($1)", [orgId]);
    const file = path.join(uploadDir, "..", "rival-clients.csv");
    writeFileSync(file, `client_id,name,segment\nRIVAL1,${SECRET},Secret\nRIVAL2,,broken row without a name\n`);
    const upload = await storeUploadFromFile(uploadDir, orgId, file);
    const run = await importStoredFile(db, { orgId, fileName: "rival-secret.csv", upload, overrides: { kind: "clients", format: "generic" }, strict: false, startedBy: "test" });
    await saveColumnMapping(db, orgId, { name: "rival-mapping", kind: "clients", mapping: {}, options: {} } as never);
    const endpoint = await createEndpoint(db, orgId, { name: "Rival RMM", source: "generic" });
    const event = await insertEvent(db, { orgId, endpointId: endpoint.id, eventKey: "rival-1", body: '{"client":"Rival Secret Client"}', headers: {} });
    // Parked now, as the worker parks a body its parser refuses: the server's worker then leaves it
    // alone, so only a change made by A can move it (a retry during the test once did).
    expect(await processWebhookBatch(db, { retry: { maxAttempts: 1, backoffMs: 1 } })).toMatchObject({ claimed: 1, failed: 1 });
    const bossId = await createMember(db, orgId, { name: "Rival Boss", email: "boss@rival.example", password: "rival-owner-pass", role: "owner" });
    const { id: tokenId, token } = await createApiToken(db, orgId, { name: "rival", role: "owner", createdBy: bossId });
    const techFile = path.join(uploadDir, "..", "rival-techs.csv");
    writeFileSync(techFile, "technician,weekly_capacity_hours,active_from,active_to,role\nRival Tech One,40,2024-01-01,,Desk\nRival Tech Two,40,2024-01-01,,Desk\n");
    await importStoredFile(db, { orgId, fileName: "rival-techs.csv", upload: await storeUploadFromFile(uploadDir, orgId, techFile), overrides: { kind: "technicians", format: "generic" }, strict: true, startedBy: "test" });
    const technicians = await db.query<{ id: number }>("select id from technicians where org_id = $1 order by id", [orgId]);
    const [client] = await db.query<{ id: number }>("select id from clients where org_id = $1 and external_id = 'RIVAL1'", [orgId]);
    // Someone seen only in a time export (not confirmed), and a move still pending in B's PSA.
    const timeFile = path.join(uploadDir, "..", "rival-time.csv");
    writeFileSync(timeFile, "entry_id,technician,client,work_date,hours,billable\nr1,Rival Former,RIVAL1,2024-03-04,2,true\n");
    await importStoredFile(db, { orgId, fileName: "rival-time.csv", upload: await storeUploadFromFile(uploadDir, orgId, timeFile), overrides: { kind: "time", format: "generic" }, strict: true, startedBy: "test" });
    const [former] = await db.query<{ id: number }>("select id from technicians where org_id = $1 and name = 'Rival Former'", [orgId]);
    const move = await acceptMove(db, orgId, { clientId: client!.id, fromTechnicianId: former!.id, toTechnicianId: technicians[0]!.id, period: { from: "2024-03-01", to: "2024-03-31" } }, "test");
    const bulkExportId = await saveBulkExport(db, orgId, { from: "2026-07-01", to: "2026-09-30" }, 1, new TextEncoder().encode(SECRET), "test");
    const rule = await createAlertRule(db, orgId, AlertRuleInput.parse({ name: "Rival rule", kpi: "team_utilization", comparator: "below", threshold: 60, window: "this-month" }));
    // Muted, so the server's own evaluation leaves the hand-made alert below as it is.
    await setAlertRuleMuted(db, orgId, rule.id, true);
    const [firing] = await db.query<{ id: number }>(
      `insert into alert_firings (org_id, rule_id, severity, kpi, comparator, threshold, value, period_from, period_to, fired_at)
       values ($1, $2, 'warning', 'team_utilization', 'below', 60, 12, '2026-11-01', '2026-11-30', now()) returning id`,
      [orgId, rule.id],
    );
    const q3 = { from: "2026-07-01", to: "2026-09-30" };
    const inAMonth = new Date(Date.now() + 30 * 86_400_000);
    const share = await createShareLink(db, orgId, { clientId: client!.id, period: q3, expiresAt: inAMonth, createdBy: bossId });
    const expired = await createShareLink(db, orgId, { clientId: client!.id, period: q3, expiresAt: new Date(Date.now() - 60_000), createdBy: bossId });
    const [demo] = await db.query<{ orgId: number; clientId: number; userId: string }>(
      `select c.org_id as "orgId", c.id as "clientId", m.user_id as "userId" from clients c join memberships m on m.org_id = c.org_id
       where c.org_id <> $1 order by c.id limit 1`,
      [orgId],
    );
    const demoShare = await createShareLink(db, demo!.orgId, { clientId: demo!.clientId, period: q3, expiresAt: inAMonth, createdBy: demo!.userId });
    const wallboard = await createWallboardToken(db, orgId, { name: "Rival TV", createdBy: bossId });
    return {
      shareLinkId: share!.id, shareToken: share!.token, expiredShareToken: expired!.token, demoShareToken: demoShare!.token,
      wallboardTokenId: wallboard.id, wallboardToken: wallboard.token,
      formerId: former!.id, moveId: move.id, bossId, tokenId, endpointId: endpoint.id, technicianIds: technicians.map((t) => t.id), ruleId: rule.id, firingId: firing!.id, orgId, runId: run.runId, uploadId: upload.sha256, endpointPublicId: endpoint.publicId, eventId: event.id, token, clientId: client!.id, bulkExportId };
  } finally {
    await db.close();
  }
}

describe("tenant isolation, route by route", () => {
  let server: App;
  let rival: Rival;
  const dir = mkdtempSync(path.join(tmpdir(), "msp-kpi-isolation-"));
  const env = { PGLITE_DIR: path.join(dir, "pglite"), UPLOAD_DIR: path.join(dir, "uploads") };
  const asA: Record<string, string> = {};

  // Own server: a second org, seeded into the demo data before the server holds the database.
  beforeAll(async () => {
    copyDemoData(dir);
    rival = await seedRival(env.PGLITE_DIR, env.UPLOAD_DIR);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  useOwnServer({ demoData: false, env });
  test.beforeAll(async ({ app }) => {
    server = app;
    Object.assign(asA, { Cookie: await server.ownerCookie(), Origin: server.url, "Content-Type": "application/json" });
  });

  const call = (method: string, route: string, body?: unknown, headers = asA) =>
    fetch(`${server.url}${route}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });

  /** A CSV export answers A with A's rows, and none of B's words. */
  const expectOwnCsv = async (route: string, foreign: string[]) => {
    const r = await call("GET", route);
    expect(r.status, route).toBe(200);
    const text = await r.text();
    expect(text.split("\n").length, route).toBeGreaterThan(1);
    for (const word of foreign) expect(text, route).not.toContain(word);
  };

  /** What A may do with B's ids: each entry must neither show nor change B's data. */
  const MATRIX: Record<string, () => Promise<void>> = {
    "GET /api/kpis": async () => {
      const r = await call("GET", "/api/kpis?from=2026-01-01&to=2026-12-31");
      expect(r.status).toBe(200);
      expect(await r.text()).not.toContain("Rival");
    },
    "GET /api/imports": async () => {
      const text = await (await call("GET", "/api/imports")).text();
      expect(text).toContain("runs");
      expect(text).not.toContain("rival-secret.csv");
    },
    "POST /api/imports": async () => {
      const r = await call("POST", "/api/imports", { uploadId: rival.uploadId, fileName: "stolen.csv", overrides: { kind: "clients", format: "generic" } });
      expect(r.status).toBe(404);
    },
    "GET /api/imports/[id]/errors": async () => {
      const r = await call("GET", `/api/imports/${rival.runId}/errors`);
      expect(r.status).toBe(404);
      expect(await r.text()).not.toContain("broken row");
    },
    "POST /api/imports/plan": async () => {
      expect((await call("POST", "/api/imports/plan", { uploadId: rival.uploadId, overrides: {} })).status).toBe(404);
    },
    "POST /api/imports/uploads": async () => {
      const r = await fetch(`${server.url}/api/imports/uploads`, { method: "POST", headers: { ...asA, "Content-Type": "text/csv", "X-File-Name": "mine.csv" }, body: "client_id,name\nA1,Mine\n" });
      expect(r.status).toBe(200);
    },
    "GET /api/imports/mappings": async () => {
      expect(await (await call("GET", "/api/imports/mappings")).text()).not.toContain("rival-mapping");
    },
    "POST /api/imports/mappings": async () => {
      await call("POST", "/api/imports/mappings", { name: "rival-mapping", kind: "clients", mapping: {}, options: {} });
      const asB = await call("GET", "/api/imports/mappings", undefined, { Authorization: `Bearer ${rival.token}` });
      expect((await asB.json()) as unknown).toMatchObject({ mappings: [expect.objectContaining({ name: "rival-mapping", mapping: {} })] });
    },
    "GET /api/webhooks-admin/device-status": async () => {
      expect(await (await call("GET", "/api/webhooks-admin/device-status?device_id=RIVAL-DEV")).json()).toEqual({ device_id: "RIVAL-DEV", observations: [] });
    },
    "GET /api/webhooks-admin/endpoints": async () => {
      expect(await (await call("GET", "/api/webhooks-admin/endpoints")).text()).not.toContain(rival.endpointPublicId);
    },
    "POST /api/webhooks-admin/endpoints": async () => {
      const r = await call("POST", "/api/webhooks-admin/endpoints", { name: "A's own", source: "generic" });
      expect(r.status).toBe(201);
    },
    "POST /api/webhooks-admin/endpoints/[id]/rotate": async () => {
      expect((await call("POST", `/api/webhooks-admin/endpoints/${rival.endpointPublicId}/rotate`)).status).toBe(404);
    },
    "GET /api/webhooks-admin/events": async () => {
      expect(await (await call("GET", "/api/webhooks-admin/events")).text()).not.toContain("Rival");
    },
    "GET /api/webhooks-admin/events/[id]": async () => {
      expect((await call("GET", `/api/webhooks-admin/events/${rival.eventId}`)).status).toBe(404);
    },
    "POST /api/webhooks-admin/events/[id]": async () => {
      expect((await call("POST", `/api/webhooks-admin/events/${rival.eventId}`, { action: "discard" })).status).toBe(404);
      const still = await call("GET", `/api/webhooks-admin/events/${rival.eventId}`, undefined, { Authorization: `Bearer ${rival.token}` });
      expect(still.status).toBe(200);
      expect(await still.text()).not.toContain('"discarded"');
    },
    "GET /api/qbr/[clientId]/csv": async () => {
      expect((await call("GET", `/api/qbr/${rival.clientId}/csv?from=2026-07-01&to=2026-09-30`)).status).toBe(404);
    },
    "GET /api/qbr/[clientId]/pdf": async () => {
      expect((await call("GET", `/api/qbr/${rival.clientId}/pdf?from=2026-07-01&to=2026-09-30`)).status).toBe(404);
    },
    "GET /clients/[id]/qbr/print": async () => {
      const r = await call("GET", `/clients/${rival.clientId}/qbr/print?from=2026-07-01&to=2026-09-30`);
      expect(r.status).toBe(404);
      expect(await r.text()).not.toContain(SECRET);
    },
    "GET /reports/qbr": async () => {
      const r = await call("GET", `/reports/qbr?client=${rival.clientId}`);
      expect(r.status).toBe(404);
      expect(await r.text()).not.toContain(SECRET);
    },
    "POST /api/qbr/bulk": async () => {
      const r = await call("POST", "/api/qbr/bulk", { from: "2026-07-01", to: "2026-09-30" });
      const events = (await r.text()).trim().split("\n").map((line) => JSON.parse(line) as { type: string; client?: string });
      expect(events.at(-1)?.type).toBe("done");
      expect(events.filter((e) => e.client?.includes("Rival"))).toEqual([]);
    },
    "GET /api/qbr/bulk/[id]": async () => {
      const r = await call("GET", `/api/qbr/bulk/${rival.bulkExportId}`);
      expect(r.status).toBe(404);
      expect(await r.text()).not.toContain(SECRET);
    },
    "GET /api/alerts": async () => {
      const text = await (await call("GET", "/api/alerts")).text();
      expect(text).not.toContain("Rival");
      expect(text).not.toContain(`"id":${rival.firingId},`);
    },
    "GET /api/alerts/unread": async () => {
      expect((await call("GET", "/api/alerts/unread")).status).toBe(200);
      const asB = (await (await call("GET", "/api/alerts/unread", undefined, { Authorization: `Bearer ${rival.token}` })).json()) as { unread: number };
      expect(asB.unread).toBe(1);
    },
    "POST /api/alerts/[id]/acknowledge": async () => {
      expect((await call("POST", `/api/alerts/${rival.firingId}/acknowledge`)).status).toBe(404);
      const asB = (await (await call("GET", "/api/alerts/unread", undefined, { Authorization: `Bearer ${rival.token}` })).json()) as { unread: number };
      expect(asB.unread).toBe(1);
    },
    "GET /api/alerts/rules": async () => {
      expect(await (await call("GET", "/api/alerts/rules")).text()).not.toContain("Rival rule");
    },
    "POST /api/alerts/rules": async () => {
      const r = await call("POST", "/api/alerts/rules", { name: "A's own rule", kpi: "team_utilization", comparator: "below", threshold: 10, window: "this-month" });
      expect(r.status).toBe(201);
      expect(await (await call("GET", "/api/alerts/rules", undefined, { Authorization: `Bearer ${rival.token}` })).text()).not.toContain("A's own rule");
    },
    "GET /api/rebalancing/moves/[id]/reassignment": async () => {
      const r = await call("GET", `/api/rebalancing/moves/${rival.moveId}/reassignment`);
      expect(r.status).toBe(404);
      expect(await r.text()).not.toContain(SECRET);
    },
    // CSV exports of the server-side tables and the payroll CSV: A's rows only.
    "GET /clients/export": async () => expectOwnCsv("/clients/export", [SECRET, "Rival"]),
    "GET /services/cross-sell": async () => expectOwnCsv("/services/cross-sell", [SECRET, "Rival"]),
    "GET /imports/history": async () => expectOwnCsv("/imports/history", ["rival-secret.csv", "rival-techs.csv", "rival-time.csv"]),
    "GET /webhooks/events/export": async () => expectOwnCsv("/webhooks/events/export", ["Rival"]),
    "GET /settings/access/audit": async () => expectOwnCsv("/settings/access/audit", ["rival", "Rival"]),
    "GET /api/scorecards/csv": async () => expectOwnCsv("/api/scorecards/csv?from=2024-03-01&to=2024-03-31", ["Rival"]),
    "GET /explain/[metric]/export": async () => {
      // B's time entry lies in March 2024: neither the team's records nor B's client's show it.
      for (const query of ["", "&rows=left-out", "&rows=capacity"]) await expectOwnCsv(`/explain/team_utilization/export?from=2024-03-01&to=2024-03-31${query}`, ["Rival"]);
      await expectOwnCsv(`/explain/client.billed_hours/export?from=2024-03-01&to=2024-03-31&subject=${encodeURIComponent(SECRET)}`, ["Rival"]);
      await expectOwnCsv("/explain/mrr/export?from=2024-03-01&to=2024-03-31&rows=left-out", [SECRET, "Rival"]);
    },
    "DELETE /api/alerts/rules/[id]": async () => {
      expect((await call("DELETE", `/api/alerts/rules/${rival.ruleId}`)).status).toBe(404);
      expect(await (await call("GET", "/api/alerts/rules", undefined, { Authorization: `Bearer ${rival.token}` })).text()).toContain("Rival rule");
    },
  };

  it("has an isolation check for every method of every private route handler", () => {
    const routes = routeHandlers().flatMap(({ route, methods }) => (isPublicPath(fillRoute(route, { source: "generic", all: "x" })) ? [] : methods.map((m) => `${m} ${route}`)));
    expect(routes.filter((r) => !(r in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((r) => !routes.includes(r))).toEqual([]);
  });

  // Dozens of routes, one of them a bulk QBR export through chromium: ~45 s on a busy 2-core machine.
  it("never shows or changes B's data through a route handler when signed in as A", async () => {
    for (const [route, check] of Object.entries(MATRIX)) {
      try {
        await check();
      } catch (error) {
        throw new Error(`${route}: ${(error as Error).message}`);
      }
    }
  }, 180_000);

  it("shows B's own data to B, so the checks above are not vacuous", async () => {
    const bearer = { Authorization: `Bearer ${rival.token}` };
    expect(await (await call("GET", "/api/imports", undefined, bearer)).text()).toContain("rival-secret.csv");
    expect((await call("GET", `/api/imports/${rival.runId}/errors`, undefined, bearer)).status).toBe(200);
    expect((await call("GET", `/api/webhooks-admin/events/${rival.eventId}`, undefined, bearer)).status).toBe(200);
    expect((await call("GET", `/api/rebalancing/moves/${rival.moveId}/reassignment`, undefined, bearer)).status).toBe(200);
    const cookie = await bossCookie();
    const page = await (await fetch(`${server.url}/clients`, { headers: { Cookie: cookie } })).text();
    expect(page).toContain(SECRET);
    const aPage = await (await fetch(`${server.url}/clients`, { headers: { Cookie: asA.Cookie! } })).text();
    expect(aPage).not.toContain(SECRET);
  });

  it("opens a share link on its own org's client only, and a wallboard on its own org only", async () => {
    const shared = await fetch(`${server.url}/shared/${rival.shareToken}`);
    expect(shared.status).toBe(200);
    const report = await shared.text();
    expect(report).toContain(SECRET);
    expect(report).not.toContain("Demo MSP");
    const expired = await fetch(`${server.url}/shared/${rival.expiredShareToken}`);
    expect(expired.status).toBe(404);
    expect(await expired.text()).not.toContain(SECRET);
    const ownLink = await fetch(`${server.url}/shared/${rival.demoShareToken}`);
    expect(ownLink.status).toBe(200);
    const ownReport = await ownLink.text();
    expect(ownReport).toContain("Demo MSP");
    expect(ownReport).not.toMatch(/Rival/);

    const wallboardOfA = await (await fetch(`${server.url}/wallboard`, { headers: { Cookie: asA.Cookie! } })).text();
    expect(wallboardOfA).toContain("Demo MSP");
    expect(wallboardOfA).not.toMatch(/Rival/);
    const wallboardOfB = await (await fetch(`${server.url}/wallboard`, { headers: { Cookie: `${WALLBOARD_COOKIE}=${rival.wallboardToken}` } })).text();
    expect(wallboardOfB).toContain("Rival MSP");
    expect(wallboardOfB).not.toContain("Demo MSP");
    // A's session cannot revoke or list B's wallboard token or share links.
    expect(await (await fetch(`${server.url}/settings/access`, { headers: { Cookie: asA.Cookie! } })).text()).not.toContain("Rival TV");
  });

  /** B's state as B sees it; the rival token's own last use is left out, since reading moves it. */
  async function rivalSnapshot(): Promise<string> {
    const bearer = { Authorization: `Bearer ${rival.token}` };
    const reads = ["/api/alerts", "/api/alerts/rules", "/api/webhooks-admin/events", "/api/webhooks-admin/endpoints", "/api/imports/mappings", "/api/imports"];
    const bodies = await Promise.all(reads.map(async (route) => `${route} ${await (await call("GET", route, undefined, bearer)).text()}`));
    const cookie = await bossCookie();
    const access = await (await fetch(`${server.url}/settings/access`, { headers: { Cookie: cookie } })).text();
    const qbr = await (await fetch(`${server.url}/clients/${rival.clientId}/qbr?from=2026-07-01&to=2026-09-30`, { headers: { Cookie: cookie } })).text();
    const settings = await (await fetch(`${server.url}/settings`, { headers: { Cookie: cookie } })).text();
    const clientPage = await (await fetch(`${server.url}/clients/${rival.clientId}`, { headers: { Cookie: cookie } })).text();
    const facts = {
      shareLinks: clientPage.match(/data-share-link=/g)?.length ?? 0,
      shareLinkLive: (await fetch(`${server.url}/shared/${rival.shareToken}`)).status === 200,
      wallboardTokenLive: (await (await fetch(`${server.url}/wallboard`, { headers: { Cookie: `${WALLBOARD_COOKIE}=${rival.wallboardToken}` } })).text()).includes("Rival MSP"),
      formerNotConfirmed: settings.includes('data-not-confirmed="Rival Former"'),
      bossIsOwner: /<option value="owner" selected="">/.test(access.slice(access.indexOf("Rival Boss"))),
      tokenActive: access.slice(0, access.indexOf("Wallboard tokens")).includes(">Active<"),
      qbrNotesUntouched: !qbr.includes("hacked by A"),
    };
    return [...bodies, JSON.stringify(facts)].join("\n");
  }

  let bossSession: Promise<string> | null = null;
  const bossCookie = () => (bossSession ??= signInCookie(server.url, { email: "boss@rival.example", password: "rival-owner-pass" }));

  type ActionEntry = { workers: Record<string, unknown>; filename: string; exportedName: string };
  function actionManifest(): [string, ActionEntry][] {
    const manifestPath = path.join(ROOT, process.env.NEXT_DIST_DIR || ".next", "server", "server-reference-manifest.json");
    return Object.entries((JSON.parse(readFileSync(manifestPath, "utf8")) as { node: Record<string, ActionEntry> }).node);
  }

  /** The pages whose forms post an action, e.g. "app/settings/access/page" → "/settings/access". */
  const hostPages = (entry: ActionEntry) => Object.keys(entry.workers).map((worker) => fillRoute(worker.replace(/^app/, "").replace(/\/page$/, "") || "/"));

  /** Calls a server action over HTTP as the browser would: React's reply encoding, form fields under "_1_". */
  async function callAction(
    id: string, filename: string, exportedName: string, fields: Record<string, string>, headers: Record<string, string>, page = "/",
  ): Promise<Response> {
    const source = readFileSync(path.join(ROOT, filename), "utf8");
    const params = new RegExp(`export async function ${exportedName}\\(([^)]*)\\)`).exec(source)?.[1] ?? "";
    const takesState = params.split(",").filter((p) => p.trim()).length === 2;
    const body = new FormData();
    // The fields go first: React reads the form data referenced by "$K1" when it meets part "0".
    for (const [name, value] of Object.entries(fields)) body.set(`_1_${name}`, value);
    body.set("0", JSON.stringify(takesState ? [{}, "$K1"] : ["$K1"]));
    return fetch(`${server.url}${page}`, { method: "POST", redirect: "manual", headers: { ...headers, "Next-Action": id, Accept: "text/x-component" }, body });
  }

  it("never changes B's data through a server action fired by A at B's ids", async () => {
    const before = await rivalSnapshot();
    const [techA, techB] = rival.technicianIds;
    const common = {
      userId: rival.bossId, technicianId: String(rival.formerId), role: "viewer", clientId: String(rival.clientId), fromTechnicianId: String(techA), toTechnicianId: String(techB),
      periodFrom: "2026-07-01", periodTo: "2026-09-30", from: "2026-07-01", to: "2026-09-30", notes: "hacked by A",
      endpointId: String(rival.endpointId), eventId: String(rival.eventId), ruleId: String(rival.ruleId), firingId: String(rival.firingId), deliveryId: "1",
      days: "30",
    };
    // "id" and "action" mean different things to different actions: every combination is tried.
    const variants = [
      { ...common, id: String(rival.tokenId), action: "discard" },
      { ...common, id: String(rival.ruleId), action: "delete" },
      { ...common, id: String(rival.ruleId), action: "mute" },
      ...[...new Set([rival.shareLinkId, rival.wallboardTokenId])].map((id) => ({ ...common, id: String(id), action: "revoke" })),
    ];
    const cookieOfA = { Cookie: asA.Cookie!, Origin: server.url };
    const actions = actionManifest();
    expect(actions.length).toBeGreaterThan(10);
    for (const [id, entry] of actions) {
      for (const fields of variants) {
        const response = await callAction(id, entry.filename, entry.exportedName, fields, cookieOfA, hostPages(entry)[0]);
        // Signed in, the call reaches the action (200 with its state, or 500 when it throws), never the sign-in page.
        expect([200, 500], `${entry.filename}#${entry.exportedName}`).toContain(response.status);
        await response.arrayBuffer();
      }
    }
    expect(await rivalSnapshot()).toBe(before);
  });

  it("proves the action caller works: A's own change by the same encoding lands", async () => {
    const [id, entry] = actionManifest().find(([, a]) => a.exportedName === "addMember")!;
    const response = await callAction(
      id, entry.filename, entry.exportedName, { name: "Encoded Ed", email: "ed@demo.example", role: "viewer", password: "encoded-pass-1" },
      { Cookie: asA.Cookie!, Origin: server.url }, hostPages(entry)[0],
    );
    expect(response.status).toBe(200);
    expect(await signInCookie(server.url, { email: "ed@demo.example", password: "encoded-pass-1" })).toContain("session_token=");
  });

  it("turns away every server action posted anonymously to the page that hosts it", async () => {
    const actions = actionManifest();
    expect(actions.length).toBeGreaterThan(10);
    for (const [id, entry] of actions) {
      for (const page of hostPages(entry)) {
        const response = await callAction(id, entry.filename, entry.exportedName, { name: "anonymous" }, { Origin: server.url }, page);
        const where = `${entry.filename}#${entry.exportedName} via ${page}`;
        // First-run set-up is the one action meant for anonymous callers; it refuses once an owner exists.
        if (isPublicPath(page)) {
          expect(await response.text(), where).not.toContain("Owner account created");
          continue;
        }
        expect(response.status, where).toBe(307);
        expect(new URL(response.headers.get("location")!, server.url).pathname, where).toBe("/sign-in");
      }
    }
  });
});
