import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Period } from "@/lib/kpi/period";
import type { SqlRunner } from "../client";
import { clients, qbrNotes } from "../schema";

// The account manager's notes, one text per client and report period.

const notesOf = (orgId: number, clientId: number, period: Period) =>
  and(eq(qbrNotes.orgId, orgId), eq(qbrNotes.clientId, clientId), eq(qbrNotes.periodFrom, period.from), eq(qbrNotes.periodTo, period.to));

export async function getQbrNotes(db: SqlRunner, orgId: number, clientId: number, period: Period): Promise<string> {
  const [row] = await db.orm.select({ notes: qbrNotes.notes }).from(qbrNotes).where(notesOf(orgId, clientId, period));
  return row?.notes ?? "";
}

/** Writes the notes (empty text removes them); false when the org has no such client. */
export async function saveQbrNotes(db: SqlRunner, orgId: number, clientId: number, period: Period, notes: string, actor: string): Promise<boolean> {
  const [client] = await db.orm
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.orgId, orgId), eq(clients.id, clientId)));
  if (!client) return false;
  if (notes.trim() === "") {
    await db.orm.delete(qbrNotes).where(notesOf(orgId, clientId, period));
    return true;
  }
  await db.orm
    .insert(qbrNotes)
    .values({ orgId, clientId, periodFrom: period.from, periodTo: period.to, notes, updatedBy: actor })
    .onConflictDoUpdate({
      target: [qbrNotes.orgId, qbrNotes.clientId, qbrNotes.periodFrom, qbrNotes.periodTo],
      set: { notes, updatedBy: actor, updatedAt: sql`now()` },
    });
  return true;
}
