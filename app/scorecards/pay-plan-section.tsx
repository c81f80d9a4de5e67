import type { PayPlan } from "@/lib/scorecards/pay-plan";
import { payPlanFields } from "@/lib/scorecards/pay-plan-form";
import type { ScorecardsMessages } from "./messages";
import { PayPlanEditor } from "./pay-plan-editor";

/** The pay plan: owners edit it, managers read it. */
export function PayPlanSection({ plan, canEdit, t }: { plan: PayPlan | null; canEdit: boolean; t: ScorecardsMessages }) {
  return (
    <section aria-labelledby="pay-plan-heading" className="flex flex-col gap-3 rounded-tremor-default border border-gray-200 bg-white p-5 shadow-tremor-card">
      <h2 id="pay-plan-heading" className="text-lg font-semibold text-gray-900">{t.plan.heading}</h2>
      <p className="max-w-3xl text-sm text-gray-600">{t.plan.hint}</p>
      {canEdit ? null : <p className="text-sm text-gray-700">{t.plan.readOnly}</p>}
      <PayPlanEditor fields={payPlanFields(plan)} bonusCount={plan?.bonuses.length ?? 0} canEdit={canEdit} />
    </section>
  );
}

/** Shown above the cards when the plan rewards tickets resolved and no quality figure. */
export function VolumeWarning({ t }: { t: ScorecardsMessages }) {
  return (
    <p role="status" data-volume-warning className="rounded-tremor-default border border-amber-300 bg-amber-50 px-4 py-3 text-sm font-medium text-amber-900">
      {t.plan.volumeWarning}
    </p>
  );
}
