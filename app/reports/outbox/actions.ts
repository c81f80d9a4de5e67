"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { recordAudit } from "@/db/auth/audit";
import { approveClientReport, listOutbox, retryClientReport, skipClientReport, type DecidedReport } from "@/db/client-reports/outbox";
import type { ActionState } from "@/lib/forms/action-result";
import { RecordId } from "@/lib/forms/record-id";
import { deliverDueClientReports } from "@/server/client-reports/deliver";
import { requestContext, type RequestContext } from "@/server/request-context";

// A manager approves (sends at once), skips or retries a client report; each decision is audited.
// A send that fails stays in the outbox with its error and is retried with back-off.
// The decision itself succeeds even when the send then fails: that outcome comes with its error.
export type OutboxState = ActionState<{ done: "sent" | "skipped" | "send_failed"; sendError?: string; at: number }, "gone">;

type Decision = (ctx: RequestContext, id: number, now: Date) => Promise<DecidedReport | null>;

async function decide(formData: FormData, action: string, change: Decision, send: boolean): Promise<OutboxState> {
  const ctx = await requestContext("manager");
  const id = RecordId.parse(formData.get("id"));
  const now = new Date();
  const report = await change(ctx, id, now);
  revalidatePath("/reports/outbox");
  if (!report) return { ok: false, error: "gone" };
  await recordAudit(ctx.db, ctx.orgId, { actor: ctx.actor, action, subject: `client_report:${id}`, details: { clientId: report.clientId, ...report.period } });
  if (!send) return { ok: true, done: "skipped", at: Date.now() };
  await deliverDueClientReports(ctx.db, { now, only: { orgId: ctx.orgId, id } });
  const [row] = (await listOutbox(ctx.db, ctx.orgId)).filter((r) => r.id === id);
  if (row?.status === "delivered") return { ok: true, done: "sent", at: Date.now() };
  return { ok: true, done: "send_failed", sendError: row?.lastError ?? "", at: Date.now() };
}

const Decision = z.enum(["approve", "skip"]);

/** A held report approved (and sent at once) or skipped, as the form's `decision` says. */
export async function decideReportAction(_previous: OutboxState, formData: FormData): Promise<OutboxState> {
  if (Decision.parse(formData.get("decision")) === "skip") {
    return decide(formData, "client_report.skipped", (ctx, id, now) => skipClientReport(ctx.db, ctx.orgId, id, ctx.userId, now), false);
  }
  return decide(formData, "client_report.approved", (ctx, id, now) => approveClientReport(ctx.db, ctx.orgId, id, ctx.userId, now), true);
}

export async function retryReportAction(_previous: OutboxState, formData: FormData): Promise<OutboxState> {
  return decide(formData, "client_report.retried", (ctx, id, now) => retryClientReport(ctx.db, ctx.orgId, id, now), true);
}
