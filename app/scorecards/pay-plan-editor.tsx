"use client";

import { useActionState } from "react";
import { inputClass } from "@/components/form-fields";
import { useLocale } from "@/components/locale-provider";
import { ScorecardFigure } from "@/lib/scorecards/pay-plan";
import { savePayPlanAction } from "./actions";
import { scorecardsMessages, type ScorecardsMessages } from "./messages";

const MONEY_FIGURES = ["booked_upsell_mrr", "booked_new_service_mrr"] as const;
const button =
  "rounded-tremor-small bg-blue-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-blue-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2 disabled:opacity-60";

function BonusRow({ index, values, t }: { index: number; values: Record<string, string>; t: ScorecardsMessages }) {
  const name = (field: string) => `bonus.${index}.${field}`;
  const label = (field: string) => t.plan.bonusField(index + 1, field);
  return (
    <fieldset className="grid gap-2 rounded-tremor-small border border-gray-200 p-3 sm:grid-cols-2 lg:grid-cols-4" data-bonus-row={index}>
      <legend className="px-1 text-sm font-medium text-gray-800">{t.plan.bonus(index + 1)}</legend>
      <select name={name("figure")} defaultValue={values[name("figure")] ?? ""} aria-label={label(t.plan.figure)} className={inputClass}>
        <option value="">{t.plan.noBonus}</option>
        {ScorecardFigure.options.map((f) => <option key={f} value={f}>{t.figures[f]}</option>)}
      </select>
      <select name={name("direction")} defaultValue={values[name("direction")] ?? "at-least"} aria-label={label(t.plan.direction)} className={inputClass}>
        <option value="at-least">{t.atLeast}</option>
        <option value="at-most">{t.atMost}</option>
      </select>
      <input name={name("threshold")} defaultValue={values[name("threshold")]} inputMode="decimal" aria-label={label(t.plan.threshold)} className={inputClass} />
      <select name={name("kind")} defaultValue={values[name("kind")] ?? "fixed"} aria-label={label(t.plan.kind)} className={inputClass}>
        <option value="fixed">{t.plan.fixed}</option>
        <option value="percent">{t.plan.percent}</option>
      </select>
      <input name={name("amount")} defaultValue={values[name("amount")]} inputMode="decimal" aria-label={label(t.plan.amount)} className={inputClass} />
      <input name={name("percent")} defaultValue={values[name("percent")]} inputMode="decimal" aria-label={label(t.plan.percentValue)} className={inputClass} />
      <select name={name("of")} defaultValue={values[name("of")] ?? "booked_new_service_mrr"} aria-label={label(t.plan.of)} className={inputClass}>
        {MONEY_FIGURES.map((f) => <option key={f} value={f}>{t.figures[f]}</option>)}
      </select>
    </fieldset>
  );
}

/** The pay plan form: owners edit and save it, managers read it (disabled). One blank bonus row to add another. */
export function PayPlanEditor({ fields, bonusCount, canEdit }: { fields: Record<string, string>; bonusCount: number; canEdit: boolean }) {
  const t = scorecardsMessages(useLocale());
  const [state, action, pending] = useActionState(savePayPlanAction, null);
  const values = state?.ok === false && state.values ? state.values : fields;
  const rows = Array.from({ length: bonusCount + (canEdit ? 1 : 0) }, (_, i) => i);
  return (
    <form action={action} key={state?.ok ? state.at : undefined} aria-labelledby="pay-plan-heading" className="flex flex-col gap-4">
      <fieldset disabled={!canEdit} className="flex flex-col gap-4">
        <fieldset className="grid gap-3 sm:grid-cols-3 lg:grid-cols-5">
          <legend className="mb-2 text-sm font-medium text-gray-800">{t.plan.weights}</legend>
          {ScorecardFigure.options.map((f) => (
            <div key={f} className="flex flex-col gap-1">
              <label htmlFor={`weight-${f}`} className="text-xs text-gray-700">{t.figures[f]}</label>
              <input id={`weight-${f}`} name={`weight.${f}`} defaultValue={values[`weight.${f}`]} inputMode="decimal" className={inputClass} />
            </div>
          ))}
        </fieldset>
        {rows.map((i) => <BonusRow key={i} index={i} values={values} t={t} />)}
        {canEdit ? (
          <div className="flex items-center gap-3">
            <button type="submit" className={button} disabled={pending}>{t.plan.save}</button>
            <p aria-live="polite" className="text-sm font-medium text-green-800">{state?.ok ? t.plan.saved : null}</p>
          </div>
        ) : null}
      </fieldset>
      {state?.ok === false && state.error ? <p role="alert" className="text-sm font-medium text-red-700">{t.plan.invalid(state.error)}</p> : null}
    </form>
  );
}
