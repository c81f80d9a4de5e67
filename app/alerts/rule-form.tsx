"use client";

import { describedBy, Field, inputClass, SaveRow } from "@/components/form-fields";
import { useLocale } from "@/components/locale-provider";
import { useEditForm } from "@/components/use-edit-form";
import { ALERT_COMPARATORS, ALERT_SCOPES, ALERT_SEVERITIES, ALERT_WINDOWS } from "@/lib/alerts";
import { saveRuleAction } from "./actions";
import { KpiOptionGroups } from "./kpi-option-groups";
import { alertsMessages } from "./messages";

export interface RuleFormValues {
  id?: number;
  name: string;
  kpi: string;
  subject: string;
  comparator: string;
  threshold: string;
  window: string;
  severity: string;
  webhookUrl: string;
  emailTo: string;
}

export const EMPTY_RULE: RuleFormValues = {
  name: "", kpi: "sla_met", subject: "", comparator: "below", threshold: "", window: "this-week", severity: "warning", webhookUrl: "", emailTo: "",
};

/** Create or edit a rule; the server validates with the rule schema and answers per field. */
export function RuleForm({ initial }: { initial: RuleFormValues }) {
  const t = alertsMessages(useLocale());
  const { action, pending, formRef, editing, failed, state, value, error: err, key } = useEditForm(saveRuleAction, {
    initial,
    editKey: initial.id === undefined ? undefined : String(initial.id),
    listHref: "/alerts",
  });

  return (
    <form ref={formRef} action={action} key={key} noValidate className="grid gap-4 md:grid-cols-2" aria-describedby={failed ? "rule-form-error" : undefined}>
      {editing ? <input type="hidden" name="id" value={initial.id} /> : null}
      <Field id="rule-name" label={t.name} error={err("name")}>
        <input name="name" defaultValue={value("name")} required maxLength={120} className={inputClass} {...describedBy("rule-name", { error: err("name") })} />
      </Field>
      <Field id="rule-kpi" label={t.figure} error={err("kpi")}>
        <select name="kpi" defaultValue={value("kpi")} className={inputClass} {...describedBy("rule-kpi", { error: err("kpi") })}>
          <KpiOptionGroups scopes={ALERT_SCOPES} scopeLabel={(scope) => t.scopes[scope]} />
        </select>
      </Field>
      <Field id="rule-subject" label={t.subject} hint={t.subjectHint} error={err("subject")}>
        <input name="subject" defaultValue={value("subject")} className={inputClass} {...describedBy("rule-subject", { hint: true, error: err("subject") })} />
      </Field>
      <Field id="rule-comparator" label={t.comparator} error={err("comparator")}>
        <select name="comparator" defaultValue={value("comparator")} className={inputClass} {...describedBy("rule-comparator", { error: err("comparator") })}>
          {ALERT_COMPARATORS.map((c) => (
            <option key={c} value={c}>{t.comparators[c]}</option>
          ))}
        </select>
      </Field>
      <Field id="rule-threshold" label={t.threshold} hint={t.thresholdHint} error={err("threshold")}>
        <input name="threshold" inputMode="decimal" defaultValue={value("threshold")} required className={inputClass} {...describedBy("rule-threshold", { hint: true, error: err("threshold") })} />
      </Field>
      <div className="grid grid-cols-2 gap-4">
        <Field id="rule-window" label={t.window} error={err("window")}>
          <select name="window" defaultValue={value("window")} className={inputClass} {...describedBy("rule-window", { error: err("window") })}>
            {ALERT_WINDOWS.map((w) => (
              <option key={w} value={w}>{t.windows[w]}</option>
            ))}
          </select>
        </Field>
        <Field id="rule-severity" label={t.severity} error={err("severity")}>
          <select name="severity" defaultValue={value("severity")} className={inputClass} {...describedBy("rule-severity", { error: err("severity") })}>
            {ALERT_SEVERITIES.map((s) => (
              <option key={s} value={s}>{t.severities[s]}</option>
            ))}
          </select>
        </Field>
      </div>
      <Field id="rule-webhook" label={t.webhookUrl} hint={t.webhookHint} error={err("webhookUrl")}>
        <input name="webhookUrl" type="url" defaultValue={value("webhookUrl")} className={inputClass} {...describedBy("rule-webhook", { hint: true, error: err("webhookUrl") })} />
      </Field>
      <Field id="rule-email" label={t.emailTo} hint={t.emailHint} error={err("emailTo")}>
        <input name="emailTo" defaultValue={value("emailTo")} className={inputClass} {...describedBy("rule-email", { hint: true, error: err("emailTo") })} />
      </Field>
      <SaveRow
        statusId="rule-form-error"
        pending={pending}
        editing={editing}
        listHref="/alerts"
        words={t}
        status={{ failed: failed !== null, text: failed ? (failed.error ?? "") : state?.ok ? t.saved : "" }}
      />
    </form>
  );
}
