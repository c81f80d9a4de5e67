import { expect } from "vitest";
import type { Database } from "@/db/client";
import { toCsv } from "@/lib/csv/export";
import type { KpiDataset } from "@/lib/kpi/reference";
import type { ImportKind } from "@/lib/records/schemas";
import type { KpiSettings } from "@/lib/records/settings";
import { importText } from "../support/import-text";

// Puts a KpiDataset into an org through the ordinary importer (generic CSV, canonical headers),
// so the same records feed both lib/kpi (the reference) and our SQL.

const ORDER: [ImportKind, (d: KpiDataset) => Record<string, unknown>[]][] = [
  ["clients", (d) => d.clients.map((c) => ({ client_id: c.name, name: c.name, segment: c.segment }))],
  ["technicians", (d) => d.technicians],
  ["contracts", (d) => d.contracts],
  ["devices", (d) => d.devices],
  ["device-status", (d) => d.deviceStatus],
  ["tickets", (d) => d.tickets.filter((t) => t.first_response_tracked !== false)],
  // tickets from a source without first responses come as such a file: no first-response column
  ["tickets", (d) => d.tickets.filter((t) => t.first_response_tracked === false).map(({ first_response_at: _, first_response_tracked: __, ...t }) => t)],
  ["time", (d) => d.timeEntries],
];

export async function seedDataset(db: Database, orgId: number, data: KpiDataset, settings: KpiSettings): Promise<void> {
  await db.query(
    `update org_settings set time_zone = $2, currency = $3, holidays = $4::text::jsonb, sla_target_minutes = $5::text::jsonb,
       workload_upper = $6, workload_lower = $7 where org_id = $1`,
    [orgId, settings.timeZone, settings.currency, JSON.stringify(settings.holidays), JSON.stringify(settings.slaTargetMinutes), settings.workloadUpper, settings.workloadLower],
  );
  for (const [kind, rowsOf] of ORDER) {
    const rows = rowsOf(data);
    if (rows.length === 0) continue;
    const headers = Object.keys(rows[0]!);
    const csv = toCsv(headers, rows.map((r) => headers.map((h) => r[h])));
    const result = await importText(db, orgId, csv, { kind, format: "generic" }, true);
    expect(result, `${kind} import`).toMatchObject({ status: "completed", rejected: 0 });
  }
}
