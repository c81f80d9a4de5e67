import "server-only";
import type { SqlRunner } from "../client";
import type { SqlTableSource } from "../tables/sql-table";

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

/** An audit entry as the log shows it: who by e-mail or token name, details as JSON text. */
export interface AuditLine {
  id: number;
  /** ISO instant */
  at: string;
  actor: string;
  action: string;
  subject: string | null;
  details: string | null;
}

/**
 * SQL for an actor as people read it: "user:<id>" of a member → the member's e-mail; "token:<id>" and
 * "wallboard_token:<id>" → "name (prefix…)"; anything else as stored. $1 must be the org's id.
 */
export const shownActorSql = (ref: string) => `coalesce(
    (select u.email from memberships m join users u on u.id = m.user_id where m.org_id = $1 and ${ref} = 'user:' || m.user_id),
    (select k.name || ' (' || k.prefix || '…)' from api_tokens k where k.org_id = $1 and ${ref} = 'token:' || k.id),
    (select w.name || ' (' || w.prefix || '…)' from wallboard_tokens w where w.org_id = $1 and ${ref} = 'wallboard_token:' || w.id),
    ${ref})`;

/** The org's audit log as a server-side table, names resolved in SQL so they sort, filter and search. */
export function auditSource(orgId: number): SqlTableSource<AuditLine> {
  return {
    sql: `select a.id, a.at, ${shownActorSql("a.actor")} as actor, a.action, case when a.subject is not null then ${shownActorSql("a.subject")} end as subject,
            a.details::text as details
          from audit_log a where a.org_id = $1`,
    params: [orgId],
    sort: { at: { expr: "at" }, actor: { expr: "actor", text: true }, action: { expr: "action", text: true }, subject: { expr: "subject", text: true } },
    search: ["actor", "action", "subject", "details"],
    filters: { actor: { expr: "actor", kind: "select" }, action: { expr: "action", kind: "select" } },
    key: "id",
    toRow: (r) => ({
      id: r.id as number,
      at: (r.at as Date).toISOString(),
      actor: r.actor as string,
      action: r.action as string,
      subject: r.subject as string | null,
      details: r.details as string | null,
    }),
  };
}
