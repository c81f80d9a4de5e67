import "server-only";
import { deleteJob, ensureJob } from "@/db/jobs/jobs";
import { getDigestSubscription, listSubscribersWithoutJob } from "@/db/digest/subscriptions";
import type { SqlRunner } from "@/db/client";
import { nextDigestDue } from "@/lib/digest/schedule";
import type { JobHandler } from "../jobs/runner";
import { sendDigest } from "./send";

// Each subscribed member has one digest job, due at their next weekday and hour in the org's time
// zone. Planning adds the missing ones; a changed schedule drops the job (dropDigestJob) so the next
// plan adds it at the new time; an unsubscribed member's job drops itself when it comes due.

const KIND = "digest";
const jobKey = (orgId: number, userId: string) => `${orgId}:${userId}`;

export function digestJob(options: { smtpUrl?: string } = {}): JobHandler {
  return {
    kind: KIND,
    async plan(db, now) {
      for (const member of await listSubscribersWithoutJob(db, KIND)) {
        await ensureJob(db, KIND, jobKey(member.orgId, member.userId), nextDigestDue(now, member, member.timeZone));
      }
    },
    async run(db, job) {
      const [orgId, userId] = job.key.split(/:(.*)/s) as [string, string];
      const member = await getDigestSubscription(db, Number(orgId), userId);
      if (!member?.subscribed) return null;
      await sendDigest(db, member, { now: job.now, lateSince: job.late ? job.dueAt : null, smtpUrl: options.smtpUrl });
      return nextDigestDue(job.now, member, member.timeZone);
    },
  };
}

/** After a member's subscription changed: their job is planned again from the new settings. */
export async function dropDigestJob(db: SqlRunner, orgId: number, userId: string): Promise<void> {
  await deleteJob(db, KIND, jobKey(orgId, userId));
}
