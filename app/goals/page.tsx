// GET /goals — every goal in force with its target, the period's value and status, and for goals with
// a due date the projection from the trend; managers and owners set, change and remove goals here
// (./actions.ts) and turn one into an alert rule.
import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PeriodPageFrame, type PageSearchParams, type PeriodView } from "@/app/period-page-frame";
import { alertsMessages, kpiLabel } from "@/app/alerts/messages";
import { listGoals } from "@/db/goals/goals";
import { monthlyGoalValues } from "@/db/goals/series";
import { computeKpiSectionsSql, ensureKpiRollups } from "@/db/queries/kpi";
import { roleAtLeast } from "@/lib/auth/roles";
import { getLocale } from "@/lib/format/server-locale";
import type { Goal } from "@/lib/goals/goal-schema";
import { localDate } from "@/lib/kpi/instant";
import { sectionsForRole } from "@/lib/kpi/served-report";
import { EMPTY_GOAL, GoalForm, type GoalFormValues } from "./goal-form";
import { GoalsTable } from "./goals-table";
import { goalsMessages } from "./messages";
import { goalRef, goalRows } from "./rows";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: goalsMessages(await getLocale()).title };
}

const card = "rounded-tremor-default border border-gray-200 bg-white p-5 shadow-tremor-card";

export default function GoalsPage({ searchParams }: { searchParams: PageSearchParams }) {
  return (
    <PeriodPageFrame searchParams={searchParams} text={goalsMessages} skeletonRows={7}>
      {(view) => <GoalsFigures view={view} searchParams={searchParams} />}
    </PeriodPageFrame>
  );
}

const formValues = (goal: Goal): GoalFormValues => ({
  ref: goalRef(goal),
  metric: goal.metric,
  subject: goal.subject ?? "",
  direction: goal.direction,
  target: String(goal.target),
  warn: goal.warn === null ? "" : String(goal.warn),
  dueDate: goal.dueDate ?? "",
  source: goal.source ?? "",
});

async function GoalsFigures({ view, searchParams }: { view: PeriodView; searchParams: PageSearchParams }) {
  const { ctx, period, settings, locale } = view;
  const t = goalsMessages(locale);
  const { db, orgId } = ctx;
  const canManage = roleAtLeast(ctx.role, "manager");
  const today = localDate(new Date(), settings.timeZone);
  await ensureKpiRollups(db, orgId, settings);
  const [goals, figures, params] = await Promise.all([listGoals(db, orgId), computeKpiSectionsSql(db, orgId, period, settings), searchParams]);
  // Cost figures (gross margin, reactive hours per endpoint) are for managers and owners: a viewer sees "no data".
  const sections = sectionsForRole(figures, ctx.role);
  const dated = goals.filter((g) => g.dueDate !== null);
  const values = await monthlyGoalValues(db, orgId, dated, { today, settings, role: ctx.role });
  const rows = goalRows(goals, { sections, series: new Map(dated.map((g, i) => [g, values[i]!])), today, locale, currency: settings.currency });
  const editing = canManage ? goals.find((g) => goalRef(g) === params.edit) : undefined;

  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="goals-heading" className="space-y-3">
        <h2 id="goals-heading" className="sr-only">{t.title}</h2>
        {rows.length > 0 ? <GoalsTable rows={rows} canManage={canManage} /> : <EmptyState title={t.noGoals} text={t.noGoalsText} headingLevel={3} />}
        {canManage ? null : <p className="text-sm text-gray-600">{t.viewerNote}</p>}
      </section>
      {canManage ? (
        <section id="goal-form" aria-labelledby="goal-form-heading" className={card}>
          <h2 id="goal-form-heading" className="mb-4 text-lg font-semibold text-gray-900">
            {editing ? t.form.editGoal(kpiLabel(alertsMessages(locale), editing.metric)) : t.form.newGoal}
          </h2>
          <GoalForm key={editing ? goalRef(editing) : "new"} initial={editing ? formValues(editing) : EMPTY_GOAL} />
        </section>
      ) : null}
    </div>
  );
}
