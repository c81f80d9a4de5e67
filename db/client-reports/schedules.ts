import "server-only";
import type { ReportSlot } from "@/lib/client-reports/schedule";
import type { Locale } from "@/lib/format/locale";
import type { SqlRunner } from "../client";

// Each client's report schedule (client_report_schedules): who gets the report, how often, and
// whether a manager reviews it first.

export interface ClientReportSchedule extends ReportSlot {
  orgId: number;
  clientId: number;
  recipients: string[];
  holdForReview: boolean;
  locale: Locale;
  timeZone: string;
}

interface ScheduleRow extends Omit<ClientReportSchedule, "recipients"> {
  recipients: string;
}

const SELECT = `select s.org_id as "orgId", s.client_id as "clientId", s.recipients, s.cadence, s.days_after as "daysAfter",
    s.hold_for_review as "holdForReview", s.locale, coalesce(o.time_zone, 'UTC') as "timeZone"
  from client_report_schedules s left join org_settings o on o.org_id = s.org_id`;

const toSchedule = ({ recipients, ...row }: ScheduleRow): ClientReportSchedule => ({ ...row, recipients: recipients.split(", ").filter(Boolean) });

export async function getClientReportSchedule(db: SqlRunner, orgId: number, clientId: number): Promise<ClientReportSchedule | null> {
  const [row] = await db.query<ScheduleRow>(`${SELECT} where s.org_id = $1 and s.client_id = $2`, [orgId, clientId]);
  return row ? toSchedule(row) : null;
}

/** Schedules whose job (of `jobKind`, keyed "<org>:<client>") the job runner has not planned yet. */
export async function listSchedulesWithoutJob(db: SqlRunner, jobKind: string): Promise<ClientReportSchedule[]> {
  const rows = await db.query<ScheduleRow>(
    `${SELECT} where not exists (select 1 from jobs j where j.kind = $1 and j.key = s.org_id || ':' || s.client_id)`,
    [jobKind],
  );
  return rows.map(toSchedule);
}

export interface ScheduleInput extends ReportSlot {
  recipients: string[];
  holdForReview: boolean;
  locale: Locale;
}

/** Writes the client's schedule; false when the org has no such client. */
export async function saveClientReportSchedule(db: SqlRunner, orgId: number, clientId: number, input: ScheduleInput, userId: string | null): Promise<boolean> {
  const rows = await db.query(
    `insert into client_report_schedules (org_id, client_id, recipients, cadence, days_after, hold_for_review, locale, updated_by, updated_at)
     select org_id, id, $3, $4, $5, $6, $7, $8, now() from clients where org_id = $1 and id = $2
     on conflict (org_id, client_id) do update set recipients = excluded.recipients, cadence = excluded.cadence, days_after = excluded.days_after,
       hold_for_review = excluded.hold_for_review, locale = excluded.locale, updated_by = excluded.updated_by, updated_at = now()
     returning client_id`,
    [orgId, clientId, input.recipients.join(", "), input.cadence, input.daysAfter, input.holdForReview, input.locale, userId],
  );
  return rows.length > 0;
}

export async function deleteClientReportSchedule(db: SqlRunner, orgId: number, clientId: number): Promise<void> {
  await db.query("delete from client_report_schedules where org_id = $1 and client_id = $2", [orgId, clientId]);
}
