import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { dataset, technician, ticket } from "../kpi/factories";
import { insertDataset } from "../kpi-sql/insert-dataset";
import { copyMigratedPglite } from "../support/db";

// GET /explain/<metric>/export called in-process with a real Request on the app's own database (a
// PGlite folder of its own), authenticated by a real API token per role: scorecard figures feed
// people's pay, so their records are for managers and owners, as their figures are.
let requestHeaders = new Headers();
const tokens = new Map<Role, string>();
vi.mock("next/headers", () => ({ headers: async () => requestHeaders, cookies: async () => new Map() }));

const dir = mkdtempSync(path.join(tmpdir(), "msp-kpi-explain-export-"));
// A migrated folder: the app's handle skips initdb and every migration.
copyMigratedPglite(path.join(dir, "pglite"));
process.env.PGLITE_DIR = path.join(dir, "pglite");
process.env.DATABASE_URL = "";
const { GET } = await import("@/app/explain/[metric]/export/route");
const { getDb } = await import("@/server/database");
const { getDefaultOrgId } = await import("@/db/queries/org-settings");
const { createApiToken } = await import("@/db/auth/api-tokens");
const { createMember } = await import("@/db/auth/users");

beforeAll(async () => {
  const db = await getDb();
  const orgId = await getDefaultOrgId(db);
  await insertDataset(db, orgId, dataset({
    technicians: [technician({ technician: "Ann" })],
    tickets: [ticket({ ticket_id: "T-rated", technician: "Ann", created_at: "2026-01-05T09:00:00Z", resolved_at: "2026-01-06T09:00:00Z", csat: 5 })],
  }));
  for (const role of ["viewer", "manager"] as const) {
    const createdBy = await createMember(db, orgId, { name: `Script ${role}`, email: `${role}@explain.example`, password: "script-member-pass", role });
    tokens.set(role, (await createApiToken(db, orgId, { name: role, role, createdBy })).token);
  }
});
afterAll(async () => {
  await (await getDb()).close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (metric: string, role: Role) => {
  requestHeaders = new Headers({ authorization: `Bearer ${tokens.get(role)}` });
  const url = `http://localhost/explain/${metric}/export?from=2026-01-01&to=2026-01-31&subject=Ann`;
  return GET(new Request(url, { headers: requestHeaders }), { params: Promise.resolve({ metric }) });
};

describe("GET /explain/<metric>/export", () => {
  it("lists a technician's scorecard records to a manager, and refuses a viewer", async () => {
    const managed = await get("technician.csat", "manager");
    expect(managed.status).toBe(200);
    expect(await managed.text()).toContain("T-rated");
    expect((await get("technician.csat", "viewer")).status).toBe(403);
    // A figure every member is served stays open to a viewer.
    expect((await get("tickets_created", "viewer")).status).toBe(200);
  });
});
