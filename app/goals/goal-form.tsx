"use client";

import { KpiOptionGroups } from "@/app/alerts/kpi-option-groups";
import { describedBy, Field, inputClass, SaveRow } from "@/components/form-fields";
import { useLocale } from "@/components/locale-provider";
import { useEditForm } from "@/components/use-edit-form";
import { GOAL_DIRECTIONS, GOAL_SCOPES, type GoalScope } from "@/lib/goals/goal-schema";
import { saveGoalAction } from "./actions";
import { goalsMessages } from "./messages";

export interface GoalFormValues {
  /** The goal being edited ("12" or "default:csat"); absent for a new goal. */
  ref?: string;
  metric: string;
  subject: string;
  direction: string;
  target: string;
  warn: string;
  dueDate: string;
  source: string;
}

export const EMPTY_GOAL: GoalFormValues = { metric: "mrr", subject: "", direction: "at_least", target: "", warn: "", dueDate: "", source: "" };

/** Set or change a goal; the server validates with the goal schema and answers per field. */
export function GoalForm({ initial }: { initial: GoalFormValues }) {
  const locale = useLocale();
  const t = goalsMessages(locale);
  const f = t.form;
  const { action, pending, formRef, editing, failed, state, value, error: err, key } = useEditForm(saveGoalAction, { initial, editKey: initial.ref, listHref: "/goals" });

  return (
    <form ref={formRef} action={action} key={key} noValidate className="grid gap-4 md:grid-cols-2" aria-describedby={failed ? "goal-form-error" : undefined}>
      {editing ? <input type="hidden" name="ref" value={initial.ref} /> : null}
      <Field id="goal-metric" label={f.figure} error={err("metric")}>
        <select name="metric" defaultValue={value("metric")} className={inputClass} {...describedBy("goal-metric", { error: err("metric") })}>
          <KpiOptionGroups scopes={GOAL_SCOPES} scopeLabel={(scope) => t.every[scope as GoalScope]} />
        </select>
      </Field>
      <Field id="goal-subject" label={f.subject} hint={f.subjectHint} error={err("subject")}>
        <input name="subject" defaultValue={value("subject")} maxLength={200} className={inputClass} {...describedBy("goal-subject", { hint: true, error: err("subject") })} />
      </Field>
      <Field id="goal-direction" label={f.direction} error={err("direction")}>
        <select name="direction" defaultValue={value("direction")} className={inputClass} {...describedBy("goal-direction", { error: err("direction") })}>
          {GOAL_DIRECTIONS.map((d) => (
            <option key={d} value={d}>{t.direction[d]}</option>
          ))}
        </select>
      </Field>
      <Field id="goal-target" label={f.target} hint={f.targetHint} error={err("target")}>
        <input name="target" inputMode="decimal" required defaultValue={value("target")} className={inputClass} {...describedBy("goal-target", { hint: true, error: err("target") })} />
      </Field>
      <Field id="goal-warn" label={f.warn} hint={f.warnHint} error={err("warn")}>
        <input name="warn" inputMode="decimal" defaultValue={value("warn")} className={inputClass} {...describedBy("goal-warn", { hint: true, error: err("warn") })} />
      </Field>
      <Field id="goal-due" label={f.dueDate} hint={f.dueDateHint} error={err("dueDate")}>
        <input name="dueDate" type="date" defaultValue={value("dueDate")} className={inputClass} {...describedBy("goal-due", { hint: true, error: err("dueDate") })} />
      </Field>
      <Field id="goal-source" label={f.source} error={err("source")}>
        <input name="source" defaultValue={value("source")} maxLength={300} className={inputClass} {...describedBy("goal-source", { error: err("source") })} />
      </Field>
      <SaveRow
        statusId="goal-form-error"
        pending={pending}
        editing={editing}
        listHref="/goals"
        words={f}
        status={{ failed: failed !== null, text: failed ? (failed.error ?? "") : state?.ok ? f.saved : "" }}
      />
    </form>
  );
}
