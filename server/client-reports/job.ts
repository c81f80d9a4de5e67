import "server-only";
import type { SqlRunner } from "@/db/client";
import { createClientReport } from "@/db/client-reports/outbox";
import { getClientReportSchedule, listSchedulesWithoutJob, type ClientReportSchedule } from "@/db/client-reports/schedules";
import { deleteJob, ensureJob } from "@/db/jobs/jobs";
import { nextReportDue, reportPeriod } from "@/lib/client-reports/schedule";
import type { JobHandler } from "../jobs/runner";
import { deliverDueClientReports } from "./deliver";

// Two job kinds. Each client with a schedule has a "client-report" job, due on day N after each
// period ends: it makes that period's report (held for review, or due at once) and sends the due
// ones. The one "client-report-outbox" job sends, every minute, what came due since: approved
// reports, and retries of failed sends.

const KIND = "client-report";
const OUTBOX_KIND = "client-report-outbox";
const OUTBOX_EVERY_MS = 60_000;
const jobKey = (orgId: number, clientId: number) => `${orgId}:${clientId}`;

/** The report of the period just ended, unless the client has it already; its id, or null. */
export function queueClientReport(db: SqlRunner, schedule: ClientReportSchedule, now: Date, options: { late: boolean; held?: boolean }): Promise<number | null> {
  const { orgId, clientId, recipients, locale } = schedule;
  const period = reportPeriod(now, schedule.cadence, schedule.timeZone);
  return createClientReport(db, orgId, { clientId, period, recipients, locale, held: options.held ?? schedule.holdForReview, late: options.late }, now);
}

export function clientReportJobs(options: { smtpUrl?: string } = {}): JobHandler[] {
  return [
    {
      kind: KIND,
      async plan(db, now) {
        for (const schedule of await listSchedulesWithoutJob(db, KIND)) {
          await ensureJob(db, KIND, jobKey(schedule.orgId, schedule.clientId), nextReportDue(now, schedule, schedule.timeZone));
        }
      },
      async run(db, job) {
        const [orgId, clientId] = job.key.split(":").map(Number) as [number, number];
        const schedule = await getClientReportSchedule(db, orgId, clientId);
        if (!schedule) return null;
        await queueClientReport(db, schedule, job.now, { late: job.late });
        await deliverDueClientReports(db, { now: job.now, smtpUrl: options.smtpUrl });
        return nextReportDue(job.now, schedule, schedule.timeZone);
      },
    },
    {
      kind: OUTBOX_KIND,
      async plan(db, now) {
        await ensureJob(db, OUTBOX_KIND, "all", now);
      },
      async run(db, job) {
        await deliverDueClientReports(db, { now: job.now, smtpUrl: options.smtpUrl });
        return new Date(job.now.getTime() + OUTBOX_EVERY_MS);
      },
    },
  ];
}

/** After a client's schedule changed or was removed: its job is planned again from the new one. */
export async function dropClientReportJob(db: SqlRunner, orgId: number, clientId: number): Promise<void> {
  await deleteJob(db, KIND, jobKey(orgId, clientId));
}
