import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { computeKpiReport, KpiReport } from "@/lib/kpi/reference";
import { DEFAULT_KPI_SETTINGS } from "@/lib/records/settings";
import { randomCase } from "../kpi/random-dataset";
import { insertDataset, storeSettings } from "./insert-dataset";
import { copyMigratedPglite } from "../support/db";

// GET /api/kpis called in-process with a real Request, on the app's own database handle (a PGlite
// folder of its own), authenticated by a real API token. next/headers needs Next's request scope: the mock stands in
// for Next here. One token per role: what the report holds depends on it.
let requestHeaders = new Headers();
const tokens = new Map<Role, string>();
vi.mock("next/headers", () => ({ headers: async () => requestHeaders }));

const dir = mkdtempSync(path.join(tmpdir(), "msp-kpi-api-kpis-"));
// A migrated folder: the app's handle skips initdb and every migration.
copyMigratedPglite(path.join(dir, "pglite"));
process.env.PGLITE_DIR = path.join(dir, "pglite");
process.env.DATABASE_URL = "";
const { GET } = await import("@/app/api/kpis/route");
const { getDb } = await import("@/server/database");
const { getDefaultOrgId } = await import("@/db/queries/org-settings");
const { createApiToken } = await import("@/db/auth/api-tokens");
const { createMember } = await import("@/db/auth/users");

const { data, period } = randomCase(5150);
const settings = { ...DEFAULT_KPI_SETTINGS, timeZone: "America/New_York", holidays: ["2026-01-19"] };

beforeAll(async () => {
  const db = await getDb();
  const orgId = await getDefaultOrgId(db);
  await insertDataset(db, orgId, data);
  await storeSettings(db, orgId, settings);
  for (const role of ["viewer", "manager", "owner"] as const) {
    const createdBy = await createMember(db, orgId, { name: `Script ${role}`, email: `${role}@api.example`, password: "script-member-pass", role });
    tokens.set(role, (await createApiToken(db, orgId, { name: role, role, createdBy })).token);
  }
  requestHeaders = new Headers({ authorization: `Bearer ${tokens.get("viewer")}` });
});
afterAll(async () => {
  await (await getDb()).close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (query: string, role: Role = "viewer") => {
  requestHeaders = new Headers({ authorization: `Bearer ${tokens.get(role)}` });
  return GET(new Request(`http://localhost/api/kpis${query}`, { headers: requestHeaders }));
};

describe("GET /api/kpis", () => {
  const expected = computeKpiReport(data, period, settings);
  const viewerSections = ({ profitability: _p, scorecards: _s, ...sections }: KpiReport["previous"]) => sections;

  it("answers an owner the KpiReport JSON for ?from&to, equal to lib/kpi on the org's records and settings, costs included", async () => {
    const response = await get(`?from=${period.from}&to=${period.to}`, "owner");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    const body = KpiReport.parse(await response.json());
    expect(body).toEqual(expected);
    expect(Object.keys(body.profitability?.by_technician ?? {})).not.toHaveLength(0);
    expect(Object.keys(body.scorecards?.technicians ?? {})).not.toHaveLength(0);
  });

  it("a manager gets the profitability section without the costs per technician, and the scorecards; a viewer gets neither, for P and previous", async () => {
    const query = `?from=${period.from}&to=${period.to}`;
    const manager = KpiReport.parse(await (await get(query, "manager")).json());
    const { by_technician: _t, ...shared } = expected.profitability!;
    expect(manager.profitability).toEqual(shared);
    expect(manager.previous.profitability).not.toHaveProperty("by_technician");
    expect(manager.scorecards).toEqual(expected.scorecards);
    expect(manager.previous.scorecards).toEqual(expected.previous.scorecards);
    const viewer = (await (await get(query, "viewer")).json()) as KpiReport;
    expect(viewer).toEqual({ ...viewerSections(expected), period: expected.period, previous: viewerSections(expected.previous) });
    expect(JSON.stringify(viewer)).not.toMatch(/profitability|cost|scorecards|peer_review|booked_upsell/);
  });

  it("400 bad_request naming the parameter: missing, not a date, unreal, reversed, over three years", async () => {
    const cases: [string, RegExp][] = [
      ["", /from: is required/],
      ["?from=2026-01-01", /to: is required/],
      ["?from=2026-1-1&to=2026-03-31", /from: expected a date YYYY-MM-DD/],
      ["?from=2026-01-01&to=2026-02-29", /to: not a calendar date/],
      ["?from=2026-03-01&to=2026-02-01", /from: must not be after to/],
      ["?from=2022-01-01&to=2026-01-01", /to: the period may span at most three years/],
    ];
    for (const [query, message] of cases) {
      const response = await get(query);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code, query).toBe("bad_request");
      expect(body.error.message, query).toMatch(message);
    }
  });

  it("three years to the day is still allowed", async () => {
    expect((await get("?from=2023-01-01&to=2025-12-31")).status).toBe(200);
  });
});
