"use server";

import { revalidatePath } from "next/cache";
import { getDigestSubscription, saveDigestSubscription } from "@/db/digest/subscriptions";
import { DigestSettingsForm } from "@/lib/digest/settings-form";
import { fieldErrorsOf, type ActionState } from "@/lib/forms/action-result";
import { dropDigestJob } from "@/server/digest/job";
import { sendTestDigest } from "@/server/digest/send";
import { requestContext } from "@/server/request-context";

// Each member manages their own subscription, whatever their role.
export type DigestState = ActionState<{ done: "saved" | "sent"; at: number }>;

export async function saveDigestSettings(_previous: DigestState, formData: FormData): Promise<DigestState> {
  const ctx = await requestContext("viewer");
  const parsed = DigestSettingsForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  await saveDigestSubscription(ctx.db, ctx.orgId, ctx.userId, parsed.data);
  // The job runner plans the job again from the new day and hour.
  await dropDigestJob(ctx.db, ctx.orgId, ctx.userId);
  revalidatePath("/settings/digest");
  return { ok: true, done: "saved", at: Date.now() };
}

export async function sendDigestTest(): Promise<DigestState> {
  const ctx = await requestContext("viewer");
  const member = await getDigestSubscription(ctx.db, ctx.orgId, ctx.userId);
  if (!member) return { ok: false, error: "not a member" };
  try {
    await sendTestDigest(ctx.db, member);
    return { ok: true, done: "sent", at: Date.now() };
  } catch (error) {
    // Unset SMTP_URL, a refused connection, a rejected address: the member should read why.
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
