"use server";

import { revalidatePath } from "next/cache";
import { recordAudit } from "@/db/auth/audit";
import { deleteClientReportSchedule, getClientReportSchedule, saveClientReportSchedule } from "@/db/client-reports/schedules";
import { ClientReportScheduleForm } from "@/lib/client-reports/schedule-form";
import { fieldErrorsOf, formFields, type ActionState } from "@/lib/forms/action-result";
import { RecordId } from "@/lib/forms/record-id";
import { dropClientReportJob, queueClientReport } from "@/server/client-reports/job";
import { requestContext } from "@/server/request-context";

// Managers set a client's report schedule (audited), and can put the last period's report in the
// outbox at once, held for review.
export type ScheduleState = ActionState<{ done: "saved"; at: number }, "no_client">;
export type QueueState = ActionState<{ done: "queued" | "already"; at: number }, "no_schedule">;

const FIELDS = ["clientId", "enabled", "recipients", "cadence", "daysAfter", "holdForReview", "locale"] as const;

export async function saveClientReportScheduleAction(_previous: ScheduleState, formData: FormData): Promise<ScheduleState> {
  const ctx = await requestContext("manager");
  const values = formFields(formData, FIELDS);
  // An unchecked checkbox is not sent ("" here), and the schema reads it as absent.
  const parsed = ClientReportScheduleForm.safeParse({ ...values, enabled: values.enabled || undefined, holdForReview: values.holdForReview || undefined });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  const { clientId, enabled, ...schedule } = parsed.data;
  if (enabled) {
    if (!(await saveClientReportSchedule(ctx.db, ctx.orgId, clientId, schedule, ctx.userId))) return { ok: false, error: "no_client", values };
  } else {
    await deleteClientReportSchedule(ctx.db, ctx.orgId, clientId);
  }
  // The job runner plans the client's job again from the new schedule.
  await dropClientReportJob(ctx.db, ctx.orgId, clientId);
  await recordAudit(ctx.db, ctx.orgId, {
    actor: ctx.actor, action: enabled ? "client_report.scheduled" : "client_report.unscheduled", subject: `client:${clientId}`, details: enabled ? schedule : null,
  });
  revalidatePath(`/clients/${clientId}`);
  return { ok: true, done: "saved", at: Date.now() };
}

export async function queueClientReportAction(_previous: QueueState, formData: FormData): Promise<QueueState> {
  const ctx = await requestContext("manager");
  const clientId = RecordId.parse(formData.get("clientId"));
  const schedule = await getClientReportSchedule(ctx.db, ctx.orgId, clientId);
  if (!schedule) return { ok: false, error: "no_schedule" };
  const id = await queueClientReport(ctx.db, schedule, new Date(), { late: false, held: true });
  if (id === null) return { ok: true, done: "already", at: Date.now() };
  await recordAudit(ctx.db, ctx.orgId, { actor: ctx.actor, action: "client_report.queued", subject: `client_report:${id}`, details: { clientId } });
  revalidatePath("/reports/outbox");
  return { ok: true, done: "queued", at: Date.now() };
}
