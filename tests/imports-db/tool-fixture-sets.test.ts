import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import type { ImportFormat } from "@/lib/imports";
import type { ImportKind } from "@/lib/records/schemas";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { importText } from "../support/import-text";

// Each tool's fixture set (fixtures/exports/<tool>/: technicians, tickets, time, recurring revenue,
// devices) imported as a new user would: once with --kind/--format, once letting the app detect
// both. Either way every file lands as its kind, and every ticket and time entry ends up with a
// technician named as in the tool's user list, not by an id or login.

type Tool = Exclude<ImportFormat, "generic">;
const EXPORTS = path.resolve(import.meta.dirname, "../../fixtures/exports");

const SETS: Record<Tool, [file: string, kind: ImportKind][]> = {
  connectwise: [["technicians.csv", "technicians"], ["tickets.csv", "tickets"], ["time.csv", "time"], ["contracts.csv", "contracts"], ["additions.csv", "contracts"], ["devices.csv", "devices"]],
  autotask: [["tickets.csv", "tickets"], ["time.csv", "time"], ["technicians.csv", "technicians"], ["contracts.csv", "contracts"], ["devices.csv", "devices"]],
  halopsa: [["technicians.csv", "technicians"], ["tickets.csv", "tickets"], ["tickets-report.csv", "tickets"], ["time.csv", "time"], ["time-report.csv", "time"], ["contracts.csv", "contracts"], ["devices.csv", "devices"]],
  syncro: [["tickets.csv", "tickets"], ["time.csv", "time"], ["technicians.csv", "technicians"], ["recurring-invoices.csv", "contracts"], ["devices.csv", "devices"]],
  itflow: [["technicians.csv", "technicians"], ["tickets.csv", "tickets"], ["time.csv", "time"], ["contracts.csv", "contracts"], ["devices.csv", "devices"]],
};

/** The technician names of the tool's list, and those tickets and time entries end up with. */
async function technicianNames(db: Database, orgId: number) {
  const [row] = await db.query<{ listed: string[]; working: string[] }>(
    `select
       (select array_agg(name order by name) from technicians where org_id = $1 and login is not null) as listed,
       (select array_agg(distinct t.name order by t.name) from technicians t where t.org_id = $1 and (
          exists (select 1 from tickets k where k.org_id = t.org_id and k.technician_id = t.id)
          or exists (select 1 from time_entries e where e.org_id = t.org_id and e.technician_id = t.id))) as working`,
    [orgId],
  );
  return row!;
}

describeEachDatabase("tool fixture sets", (db) => {
  for (const [tool, files] of Object.entries(SETS) as [Tool, [string, ImportKind][]][]) {
    it(`${tool}: every file imports as its kind with and without --format; technicians end up named`, async () => {
      const explicit = await createTestOrg(db());
      const detected = await createTestOrg(db());
      for (const [file, kind] of files) {
        const bytes = readFileSync(path.join(EXPORTS, tool, file));
        const withFormat = await importText(db(), explicit, bytes, { kind, format: tool });
        const auto = await importText(db(), detected, bytes);
        for (const result of [withFormat, auto]) {
          expect({ file, kind: result.kind, format: result.format, status: result.status }).toEqual({ file, kind, format: tool, status: "completed" });
          expect(result.inserted + result.updated).toBeGreaterThan(0);
        }
        expect(auto).toMatchObject({ inserted: withFormat.inserted, updated: withFormat.updated, rejected: withFormat.rejected });
      }
      for (const orgId of [explicit, detected]) {
        const { listed, working } = await technicianNames(db(), orgId);
        expect(working.length).toBeGreaterThan(0);
        expect(working.filter((name) => !listed.includes(name))).toEqual([]);
      }
    });
  }
});
