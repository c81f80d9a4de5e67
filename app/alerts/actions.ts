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
import { getLocale } from "@/lib/format/server-locale";
import { requestContext } from "@/server/request-context";
import { alertsMessages } from "./messages";
import { describeResults } from "./rule-rows";

// Rules, acknowledgements and deliveries change what the whole org is told: managers and up.

const FIELDS = ["name", "kpi", "subject", "comparator", "threshold", "window", "severity", "webhookUrl", "emailTo"] as const;

export type RuleFormState = {
  fieldErrors?: Partial<Record<(typeof FIELDS)[number], string>>;
  values?: Partial<Record<(typeof FIELDS)[number], string>>;
  error?: string;
  saved?: number;
};

export async function saveRuleAction(_prev: RuleFormState, form: FormData): Promise<RuleFormState> {
  const ctx = await requestContext("manager");
  const t = alertsMessages(await getLocale());
  const values = Object.fromEntries(FIELDS.map((f) => [f, String(form.get(f) ?? "")]));
  const parsed = SavableAlertRule.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: RuleFormState["fieldErrors"] = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as (typeof FIELDS)[number];
      const refusedHost: unknown = issue.code === "custom" ? issue.params?.refusedHost : undefined;
      fieldErrors[field] ??= typeof refusedHost === "string" ? t.refusedWebhookHost(refusedHost) : issue.message;
    }
    return { fieldErrors, values, error: t.fixFields };
  }
  const id = Number(form.get("id"));
  const saved = Number.isInteger(id) && id > 0 ? await updateAlertRule(ctx.db, ctx.orgId, id, parsed.data) : await createAlertRule(ctx.db, ctx.orgId, parsed.data);
  if (!saved) return { values, error: t.error };
  revalidatePath("/alerts");
  return { saved: Date.now() };
}

export async function addPresetAction(form: FormData): Promise<void> {
  const ctx = await requestContext("manager");
  const rule = alertPreset(String(form.get("preset")));
  if (rule) await createAlertRule(ctx.db, ctx.orgId, rule);
  revalidatePath("/alerts");
}

export type RuleActionState = { message?: string; fires?: boolean; error?: string };

/** Test, mute, unmute or delete one rule. */
export async function ruleAction(_prev: RuleActionState, form: FormData): Promise<RuleActionState> {
  const ctx = await requestContext("manager");
  const locale = await getLocale();
  const t = alertsMessages(locale);
  const id = Number(form.get("ruleId"));
  const rule = Number.isInteger(id) ? await getAlertRule(ctx.db, ctx.orgId, id) : null;
  if (!rule) return { error: t.error };
  switch (form.get("action")) {
    case "test": {
      const [preview] = await previewAlertRules(ctx.db, ctx.orgId, [rule]);
      const { currency } = await getKpiSettings(ctx.db, ctx.orgId);
      const fires = preview!.results.some((r) => r.crossed);
      const what = describeResults(rule, preview!, t, locale, currency);
      return { fires, message: fires ? t.wouldFire(what) : t.wouldNotFire(what) };
    }
    case "mute":
    case "unmute":
      await setAlertRuleMuted(ctx.db, ctx.orgId, id, form.get("action") === "mute");
      break;
    case "delete":
      await deleteAlertRule(ctx.db, ctx.orgId, id);
      break;
    default:
      return { error: t.error };
  }
  revalidatePath("/alerts");
  return {};
}

export async function acknowledgeAction(form: FormData): Promise<void> {
  const ctx = await requestContext("manager");
  const id = Number(form.get("firingId"));
  if (Number.isInteger(id)) await acknowledgeFiring(ctx.db, ctx.orgId, id, ctx.actor);
  revalidatePath("/alerts");
}

export async function retryDeliveryAction(form: FormData): Promise<void> {
  const ctx = await requestContext("manager");
  const id = Number(form.get("deliveryId"));
  if (Number.isInteger(id) && (await retryDeliveryNow(ctx.db, ctx.orgId, id))) wakeAlertDeliveries();
  revalidatePath("/alerts");
}

export type ScheduleState = { message?: string; error?: string };

export async function scheduleAction(_prev: ScheduleState, form: FormData): Promise<ScheduleState> {
  const ctx = await requestContext("manager");
  const t = alertsMessages(await getLocale());
  if (form.get("action") === "evaluate") {
    const summary = await evaluateAlerts(ctx.db, ctx.orgId);
    if (summary.fired > 0) wakeAlertDeliveries();
    revalidatePath("/alerts");
    return { message: t.evaluated(summary.fired, summary.resolved, summary.open) };
  }
  const minutes = Number(form.get("everyMinutes"));
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440) return { error: "1–1440" };
  await setAlertScheduleMinutes(ctx.db, ctx.orgId, minutes);
  revalidatePath("/alerts");
  return { message: t.saved };
}
