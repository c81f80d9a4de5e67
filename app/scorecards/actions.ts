"use server";

import { revalidatePath } from "next/cache";
import { savePayPlan } from "@/db/queries/pay-plans";
import type { ActionState } from "@/lib/forms/action-result";
import { PayPlan } from "@/lib/scorecards/pay-plan";
import { payPlanInput } from "@/lib/scorecards/pay-plan-form";
import { requestContext } from "@/server/request-context";

// Owners save the pay plan; the audit log records each change (savePayPlan).
export type PayPlanState = ActionState<{ at: number }, string>;

export async function savePayPlanAction(_previous: PayPlanState, formData: FormData): Promise<PayPlanState> {
  const ctx = await requestContext("owner");
  const values = Object.fromEntries([...formData.entries()].flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])));
  const parsed = PayPlan.safeParse(payPlanInput(values));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: `${issue.path.join(".")}: ${issue.message}`, values };
  }
  await savePayPlan(ctx.db, ctx.orgId, parsed.data, ctx.actor);
  revalidatePath("/scorecards");
  return { ok: true, at: Date.now() };
}
