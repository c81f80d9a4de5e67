import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { computeKpiReport, KpiReport } from "@/lib/kpi/reference";
import { DEFAULT_KPI_SETTINGS } from "@/lib/records/settings";
import { randomCase } from "../kpi/random-dataset";
import { insertDataset, storeSettings } from "./insert-dataset";

// GET /api/kpis called in-process with a real Request, on the app's own database handle (a PGlite
// folder of its own), authenticated by a real API token. next/headers needs Next's request scope: the mock stands in
// for Next here.
let requestHeaders = new Headers();
vi.mock("next/headers", () => ({ headers: async () => requestHeaders }));

const dir = mkdtempSync(path.join(tmpdir(), "msp-kpi-api-kpis-"));
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
  const createdBy = await createMember(db, orgId, { name: "Script owner", email: "scripts@api.example", password: "script-owner-pass", role: "viewer" });
  const { token } = await createApiToken(db, orgId, { name: "test", role: "viewer", createdBy });
  requestHeaders = new Headers({ authorization: `Bearer ${token}` });
});
afterAll(async () => {
  await (await getDb()).close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (query: string) => GET(new Request(`http://localhost/api/kpis${query}`, { headers: requestHeaders }));

describe("GET /api/kpis", () => {
  it("answers the KpiReport JSON for ?from&to, equal to lib/kpi on the org's records and settings", async () => {
    const response = await get(`?from=${period.from}&to=${period.to}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    const body = KpiReport.parse(await response.json());
    expect(body).toEqual(computeKpiReport(data, period, settings));
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
