"use server";

import { revalidatePath } from "next/cache";
import {
  acknowledgeFiring, createAlertRule, deleteAlertRule, getAlertRule, previewAlertRules, retryDeliveryNow,
  setAlertRuleMuted, setAlertScheduleMinutes, updateAlertRule,
} from "@/db/alerts";
import { evaluateAlerts } from "@/server/alerts";
import { wakeAlertDeliveries } from "@/server/alerts/wake";
import { getKpiSettings } from "@/db/queries/org-settings";
import { alertPreset } from "@/lib/alerts";
import { SavableAlertRule } from "@/lib/alerts/savable-rule";
import { fieldErrorsOf, formFields, type ActionState } from "@/lib/forms/action-result";
import { getLocale } from "@/lib/format/server-locale";
import { requestContext } from "@/server/request-context";
import { DeliveryForm, FiringForm, PresetForm, RuleActionForm, RuleId, ScheduleForm } from "./forms";
import { alertsMessages } from "./messages";
import { describeResults } from "./rule-rows";

// Rules, acknowledgements and deliveries change what the whole org is told: managers and up.

const FIELDS = ["name", "kpi", "subject", "comparator", "threshold", "window", "severity", "webhookUrl", "emailTo"] as const;

export type RuleFormState = ActionState<{ savedAt: number }>;

export async function saveRuleAction(_prev: RuleFormState, form: FormData): Promise<RuleFormState> {
  const ctx = await requestContext("manager");
  const t = alertsMessages(await getLocale());
  const values = formFields(form, FIELDS);
  const parsed = SavableAlertRule.safeParse(values);
  const id = RuleId.safeParse(form.get("id"));
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error, (issue) => {
      const refusedHost: unknown = issue.code === "custom" ? issue.params?.refusedHost : undefined;
      return typeof refusedHost === "string" ? t.refusedWebhookHost(refusedHost) : issue.message;
    });
    return { ok: false, fieldErrors, values, error: t.fixFields };
  }
  if (!id.success) return { ok: false, values, error: t.error };
  const saved = id.data ? await updateAlertRule(ctx.db, ctx.orgId, id.data, parsed.data) : await createAlertRule(ctx.db, ctx.orgId, parsed.data);
  if (!saved) return { ok: false, values, error: t.error };
  revalidatePath("/alerts");
  return { ok: true, savedAt: Date.now() };
}

export async function addPresetAction(form: FormData): Promise<void> {
  const ctx = await requestContext("manager");
  const rule = alertPreset(PresetForm.parse(Object.fromEntries(form)).preset);
  if (rule) await createAlertRule(ctx.db, ctx.orgId, rule);
  revalidatePath("/alerts");
}

export type RuleActionState = ActionState<{ message?: string; fires?: boolean }>;

/** Test, mute, unmute or delete one rule. */
export async function ruleAction(_prev: RuleActionState, form: FormData): Promise<RuleActionState> {
  const ctx = await requestContext("manager");
  const locale = await getLocale();
  const t = alertsMessages(locale);
  const parsed = RuleActionForm.safeParse(Object.fromEntries(form));
  const rule = parsed.success ? await getAlertRule(ctx.db, ctx.orgId, parsed.data.ruleId) : null;
  if (!parsed.success || !rule) return { ok: false, error: t.error };
  const { ruleId, action } = parsed.data;
  switch (action) {
    case "test": {
      const [preview] = await previewAlertRules(ctx.db, ctx.orgId, [rule]);
      const { currency } = await getKpiSettings(ctx.db, ctx.orgId);
      const fires = preview!.results.some((r) => r.crossed);
      const what = describeResults(rule, preview!, t, locale, currency);
      return { ok: true, fires, message: fires ? t.wouldFire(what) : t.wouldNotFire(what) };
    }
    case "mute":
    case "unmute":
      await setAlertRuleMuted(ctx.db, ctx.orgId, ruleId, action === "mute");
      break;
    case "delete":
      await deleteAlertRule(ctx.db, ctx.orgId, ruleId);
      break;
  }
  revalidatePath("/alerts");
  return { ok: true };
}

export async function acknowledgeAction(form: FormData): Promise<void> {
  const ctx = await requestContext("manager");
  const parsed = FiringForm.safeParse(Object.fromEntries(form));
  if (parsed.success) await acknowledgeFiring(ctx.db, ctx.orgId, parsed.data.firingId, ctx.actor);
  revalidatePath("/alerts");
}

export async function retryDeliveryAction(form: FormData): Promise<void> {
  const ctx = await requestContext("manager");
  const parsed = DeliveryForm.safeParse(Object.fromEntries(form));
  if (parsed.success && (await retryDeliveryNow(ctx.db, ctx.orgId, parsed.data.deliveryId))) wakeAlertDeliveries();
  revalidatePath("/alerts");
}

export type ScheduleState = ActionState<{ message: string }>;

export async function scheduleAction(_prev: ScheduleState, form: FormData): Promise<ScheduleState> {
  const ctx = await requestContext("manager");
  const t = alertsMessages(await getLocale());
  const parsed = ScheduleForm.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, error: t.everyMinutesRange };
  if (parsed.data.action === "evaluate") {
    const summary = await evaluateAlerts(ctx.db, ctx.orgId);
    if (summary.fired > 0) wakeAlertDeliveries();
    revalidatePath("/alerts");
    return { ok: true, message: t.evaluated(summary.fired, summary.resolved, summary.open) };
  }
  await setAlertScheduleMinutes(ctx.db, ctx.orgId, parsed.data.everyMinutes);
  revalidatePath("/alerts");
  return { ok: true, message: t.saved };
}
