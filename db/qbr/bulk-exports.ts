import "server-only";
import type { Period } from "@/lib/kpi/period";
import type { SqlRunner } from "../client";

// Finished bulk exports, kept a day so the browser can fetch the zip after the progress stream.

const KEEP = "1 day";

export async function saveBulkExport(db: SqlRunner, orgId: number, period: Period, clients: number, zip: Uint8Array, actor: string): Promise<number> {
  await db.query(`delete from qbr_bulk_exports where org_id = $1 and created_at < now() - interval '${KEEP}'`, [orgId]);
  const [row] = await db.query<{ id: number }>(
    `insert into qbr_bulk_exports (org_id, period_from, period_to, clients, zip, created_by)
     values ($1, $2::date, $3::date, $4, $5, $6) returning id`,
    [orgId, period.from, period.to, clients, zip, actor],
  );
  if (!row) throw new Error("bulk export not stored");
  return row.id;
}

export interface BulkExport {
  period: Period;
  clients: number;
  zip: Uint8Array;
}

export async function getBulkExport(db: SqlRunner, orgId: number, id: number): Promise<BulkExport | null> {
  const [row] = await db.query<{ from: string; to: string; clients: number; zip: Uint8Array }>(
    "select period_from as \"from\", period_to as \"to\", clients, zip from qbr_bulk_exports where org_id = $1 and id = $2",
    [orgId, id],
  );
  return row ? { period: { from: row.from, to: row.to }, clients: row.clients, zip: new Uint8Array(row.zip) } : null;
}
