"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAlertRule } from "@/db/alerts";
import { listGoals, removeGoal, saveGoal } from "@/db/goals/goals";
import { alertsMessages, kpiLabel } from "@/app/alerts/messages";
import { fieldErrorsOf, formFields, type ActionState } from "@/lib/forms/action-result";
import { getLocale } from "@/lib/format/server-locale";
import { GoalInput } from "@/lib/goals/goal-schema";
import { requestContext } from "@/server/request-context";
import { GoalFormRef, GoalRefField } from "./forms";
import { goalsMessages } from "./messages";
import { goalRef } from "./rows";

// Goals change what the whole org is measured against: managers and up. Each change is audited (db/goals).

const FIELDS = ["metric", "subject", "direction", "target", "warn", "dueDate", "source"] as const;

export type GoalFormState = ActionState<{ savedAt: number }>;

export async function saveGoalAction(_prev: GoalFormState, form: FormData): Promise<GoalFormState> {
  const ctx = await requestContext("manager");
  const t = goalsMessages(await getLocale());
  const values = formFields(form, FIELDS);
  const parsed = GoalInput.safeParse(values);
  const ref = GoalFormRef.safeParse(form.get("ref"));
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error, (issue) => t.errors.fields[String(issue.path[0])] ?? issue.message);
    return { ok: false, fieldErrors, values, error: t.errors.fixFields };
  }
  if (!ref.success) return { ok: false, values, error: t.errors.notFound };
  const saved = await saveGoal(ctx.db, ctx.orgId, ref.data ?? null, parsed.data, ctx.actor);
  if (!saved.ok) return { ok: false, values, error: saved.reason === "duplicate" ? t.errors.duplicate : t.errors.notFound };
  revalidatePath("/", "layout");
  return { ok: true, savedAt: Date.now() };
}

export async function removeGoalAction(form: FormData): Promise<void> {
  const ctx = await requestContext("manager");
  const ref = GoalRefField.safeParse(form.get("ref"));
  if (ref.success) await removeGoal(ctx.db, ctx.orgId, ref.data, ctx.actor);
  revalidatePath("/", "layout");
}

/** One click: an alert rule that fires when the goal's figure is on the wrong side of its target this month. */
export async function createAlertRuleFromGoalAction(form: FormData): Promise<void> {
  const ctx = await requestContext("manager");
  const goal = (await listGoals(ctx.db, ctx.orgId)).find((g) => goalRef(g) === form.get("ref"));
  if (!goal) redirect("/goals");
  const locale = await getLocale();
  const rule = await createAlertRule(ctx.db, ctx.orgId, {
    name: goalsMessages(locale).alertRuleName(kpiLabel(alertsMessages(locale), goal.metric)),
    kpi: goal.metric,
    subject: goal.subject,
    comparator: goal.direction === "at_least" ? "below" : "above",
    threshold: goal.target,
    window: "this-month",
    severity: "warning",
    webhookUrl: null,
    emailTo: [],
  });
  revalidatePath("/alerts");
  redirect(`/alerts?edit=${rule.id}#rule-form`);
}
