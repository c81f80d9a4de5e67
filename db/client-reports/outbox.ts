import "server-only";
import type { ClientReportStatus } from "@/lib/client-reports/status";
import type { Locale } from "@/lib/format/locale";
import type { Period } from "@/lib/kpi/period";
import type { SqlRunner } from "../client";
import { recordFailedAttempt } from "../delivery-attempts";

// The outbox of client reports (client_reports): one row per client and period, so a period's
// report is made once whichever instance makes it. A held report waits for a manager; a pending
// one is claimed by one worker at a time (FOR UPDATE SKIP LOCKED and a lease, as alert deliveries
// are) and retried with the same back-off; the row keeps who decided, the attempts and the last error.

export interface NewClientReport {
  clientId: number;
  period: Period;
  recipients: string[];
  locale: Locale;
  held: boolean;
  late: boolean;
}

/** Adds the period's report (held or due now); null when the client already has that period's. */
export async function createClientReport(db: SqlRunner, orgId: number, report: NewClientReport, now: Date): Promise<number | null> {
  const [row] = await db.query<{ id: number }>(
    `insert into client_reports (org_id, client_id, period_from, period_to, recipients, locale, status, late, next_attempt_at, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
     on conflict (org_id, client_id, period_from, period_to) do nothing returning id`,
    [orgId, report.clientId, report.period.from, report.period.to, report.recipients.join(", "), report.locale, report.held ? "held" : "pending", report.late, now],
  );
  return row?.id ?? null;
}

export interface ClaimedClientReport {
  orgId: number;
  id: number;
  clientId: number;
  period: Period;
  recipients: string;
  locale: Locale;
  attempts: number;
}

/** A claimed report belongs to its worker this long; one that crashed mid-send is retried after it. */
const LEASE_MS = 5 * 60_000;

/** Due reports, now claimed: all of them, or only `only` (one just approved or retried). */
export async function claimDueClientReports(db: SqlRunner, now: Date, only?: { orgId: number; id: number }, limit = 20): Promise<ClaimedClientReport[]> {
  return db.query<ClaimedClientReport>(
    `update client_reports r set next_attempt_at = $2
     where (r.org_id, r.id) in (
       select org_id, id from client_reports where status = 'pending' and next_attempt_at <= $1
         and ($4::bigint is null or (org_id = $4 and id = $5))
       order by next_attempt_at limit $3 for update skip locked)
     returning r.org_id as "orgId", r.id, r.client_id as "clientId",
       json_build_object('from', r.period_from::text, 'to', r.period_to::text) as period, r.recipients, r.locale, r.attempts`,
    [now, new Date(now.getTime() + LEASE_MS), limit, only?.orgId ?? null, only?.id ?? null],
  );
}

export async function markClientReportDelivered(db: SqlRunner, r: Pick<ClaimedClientReport, "orgId" | "id">, now: Date): Promise<void> {
  await db.query(
    "update client_reports set status = 'delivered', attempts = attempts + 1, delivered_at = $3, last_error = null where org_id = $1 and id = $2",
    [r.orgId, r.id, now],
  );
}

/** Schedules the next try with back-off, or parks the report as failed after the last one. */
export function markClientReportFailed(db: SqlRunner, r: Pick<ClaimedClientReport, "orgId" | "id" | "attempts">, error: string, now: Date): Promise<ClientReportStatus> {
  return recordFailedAttempt(db, "client_reports", r, error, now);
}

export interface DecidedReport {
  clientId: number;
  period: Period;
}

async function decide(db: SqlRunner, orgId: number, id: number, change: { status: ClientReportStatus; from: ClientReportStatus[]; userId: string | null; now: Date }) {
  const [row] = await db.query<DecidedReport>(
    `update client_reports set status = $3, next_attempt_at = $5, decided_by = coalesce($4, decided_by), decided_at = case when $4::text is null then decided_at else $5 end
     where org_id = $1 and id = $2 and status = any($6::text[])
     returning client_id as "clientId", json_build_object('from', period_from::text, 'to', period_to::text) as period`,
    [orgId, id, change.status, change.userId, change.now, change.from],
  );
  return row ?? null;
}

/** A held report, approved by `userId`: due at once. Null when it is not held (any more). */
export function approveClientReport(db: SqlRunner, orgId: number, id: number, userId: string, now: Date): Promise<DecidedReport | null> {
  return decide(db, orgId, id, { status: "pending", from: ["held"], userId, now });
}

/** A held report that will never be sent. */
export function skipClientReport(db: SqlRunner, orgId: number, id: number, userId: string, now: Date): Promise<DecidedReport | null> {
  return decide(db, orgId, id, { status: "skipped", from: ["held"], userId, now });
}

/** A failed report (or one waiting for its next try) is tried again at once. */
export function retryClientReport(db: SqlRunner, orgId: number, id: number, now: Date): Promise<DecidedReport | null> {
  return decide(db, orgId, id, { status: "pending", from: ["failed", "pending"], userId: null, now });
}

export interface OutboxRow {
  id: number;
  clientId: number;
  clientName: string;
  period: Period;
  recipients: string;
  status: ClientReportStatus;
  late: boolean;
  attempts: number;
  nextAttemptAt: Date | null;
  lastError: string | null;
  deliveredAt: Date | null;
  decidedByName: string | null;
  decidedAt: Date | null;
  createdAt: Date;
  notes: string;
}

/** The org's reports, held ones first, then the newest. */
export async function listOutbox(db: SqlRunner, orgId: number, limit = 200): Promise<OutboxRow[]> {
  return db.query<OutboxRow>(
    `select r.id, r.client_id as "clientId", c.name as "clientName", json_build_object('from', r.period_from::text, 'to', r.period_to::text) as period,
       r.recipients, r.status, r.late, r.attempts, case when r.status = 'pending' then r.next_attempt_at end as "nextAttemptAt",
       r.last_error as "lastError", r.delivered_at as "deliveredAt", u.name as "decidedByName", r.decided_at as "decidedAt",
       r.created_at as "createdAt", coalesce(n.notes, '') as notes
     from client_reports r
     join clients c on c.org_id = r.org_id and c.id = r.client_id
     left join users u on u.id = r.decided_by
     left join qbr_notes n on n.org_id = r.org_id and n.client_id = r.client_id and n.period_from = r.period_from and n.period_to = r.period_to
     where r.org_id = $1
     order by r.status = 'held' desc, r.created_at desc, r.id desc limit $2`,
    [orgId, limit],
  );
}

/** The client and period of one of the org's held reports, for editing its notes. */
export async function getHeldClientReport(db: SqlRunner, orgId: number, id: number): Promise<DecidedReport | null> {
  const [row] = await db.query<DecidedReport>(
    `select client_id as "clientId", json_build_object('from', period_from::text, 'to', period_to::text) as period
     from client_reports where org_id = $1 and id = $2 and status = 'held'`,
    [orgId, id],
  );
  return row ?? null;
}

export async function countHeldClientReports(db: SqlRunner, orgId: number): Promise<number> {
  const [row] = await db.query<{ held: number }>("select count(*)::int as held from client_reports where org_id = $1 and status = 'held'", [orgId]);
  return row?.held ?? 0;
}
