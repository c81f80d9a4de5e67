import "server-only";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { DemoFiles } from "@/fixtures/demo/generate";
import type { ImportKind } from "@/lib/records/schemas";
import type { Database } from "@/db/client";
import { getDefaultOrgId } from "@/db/queries/org-settings";
import { DEMO_OWNER, ensureDemoOwner } from "./demo-owner";

// Referenced records first, so every reference resolves to the record it names.
const LOAD_ORDER: ImportKind[] = ["clients", "technicians", "contracts", "devices", "device-status", "tickets", "time"];

/**
 * Loads the demo business (fixtures/demo) through the ordinary importer when the org has no clients
 * yet, and makes sure the demo owner account exists (printed, so whoever started the app can sign in).
 */
export async function loadDemoDataIfEmpty(
  db: Database,
  options: { uploadDir: string; today?: string; log?: (message: string) => void },
): Promise<boolean> {
  const orgId = await getDefaultOrgId(db);
  await ensureDemoOwner(db, orgId);
  options.log?.(`Demo sign-in: ${DEMO_OWNER.email} / ${DEMO_OWNER.password}`);
  const [existing] = await db.query<{ n: number }>("select count(*)::int as n from clients where org_id = $1", [orgId]);
  if ((existing?.n ?? 0) > 0) return false;
  // Loaded only for an empty database: the generator and the importer are ~1 CPU-s of every start.
  const [{ generateDemoData }, { importStoredFile }, { storeUploadFromFile }, { loadDemoScorecards }] = await Promise.all([
    import("@/fixtures/demo/generate"),
    import("../imports/import-file"),
    import("../imports/uploads"),
    import("./demo-scorecards"),
  ]);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const files: DemoFiles = generateDemoData({ today });
  const dir = mkdtempSync(path.join(tmpdir(), "msp-kpi-demo-"));
  try {
    await db.query("update orgs set name = 'Demo MSP' where id = $1 and name = 'My MSP'", [orgId]);
    for (const kind of LOAD_ORDER) {
      const file = path.join(dir, `${kind}.csv`);
      writeFileSync(file, files[kind]);
      const upload = await storeUploadFromFile(options.uploadDir, orgId, file);
      const result = await importStoredFile(db, {
        orgId, fileName: `demo-${kind}.csv`, upload, overrides: { kind, format: "generic" }, strict: true, startedBy: "demo",
      });
      options.log?.(`Demo data: ${kind} — ${result.inserted} records`);
    }
    await loadDemoScorecards(db, orgId, today);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return true;
}
