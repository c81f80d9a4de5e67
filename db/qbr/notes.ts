import "server-only";
import type { Period } from "@/lib/kpi/period";
import type { SqlRunner } from "../client";

// The account manager's notes, one text per client and report period.

export async function getQbrNotes(db: SqlRunner, orgId: number, clientId: number, period: Period): Promise<string> {
  const [row] = await db.query<{ notes: string }>(
    "select notes from qbr_notes where org_id = $1 and client_id = $2 and period_from = $3::date and period_to = $4::date",
    [orgId, clientId, period.from, period.to],
  );
  return row?.notes ?? "";
}

/** Writes the notes (empty text removes them); false when the org has no such client. */
export async function saveQbrNotes(db: SqlRunner, orgId: number, clientId: number, period: Period, notes: string, actor: string): Promise<boolean> {
  const [client] = await db.query<{ id: number }>("select id from clients where org_id = $1 and id = $2", [orgId, clientId]);
  if (!client) return false;
  if (notes.trim() === "") {
    await db.query("delete from qbr_notes where org_id = $1 and client_id = $2 and period_from = $3::date and period_to = $4::date", [
      orgId, clientId, period.from, period.to,
    ]);
    return true;
  }
  await db.query(
    `insert into qbr_notes (org_id, client_id, period_from, period_to, notes, updated_by) values ($1, $2, $3::date, $4::date, $5, $6)
     on conflict (org_id, client_id, period_from, period_to) do update set notes = excluded.notes, updated_by = excluded.updated_by, updated_at = now()`,
    [orgId, clientId, period.from, period.to, notes, actor],
  );
  return true;
}
