import "server-only";
import type { SqlRunner } from "../client";

export interface AuditEntry {
  id: number;
  at: Date;
  actor: string;
  action: string;
  subject: string | null;
  details: unknown;
}

/** Appends to the org's audit log (imports, settings, roles, tokens, sign-ins). */
export async function recordAudit(
  db: SqlRunner,
  orgId: number,
  entry: { actor: string; action: string; subject?: string | null; details?: unknown },
): Promise<void> {
  await db.query("insert into audit_log (org_id, actor, action, subject, details) values ($1, $2, $3, $4, $5::text::jsonb)", [
    orgId,
    entry.actor,
    entry.action,
    entry.subject ?? null,
    entry.details === undefined ? null : JSON.stringify(entry.details),
  ]);
}

export async function listAudit(db: SqlRunner, orgId: number, limit = 500): Promise<AuditEntry[]> {
  return db.query<AuditEntry>(
    "select id, at, actor, action, subject, details from audit_log where org_id = $1 order by at desc, id desc limit $2",
    [orgId, limit],
  );
}
