// GET /assessment — the MSP maturity self-assessment: 20 statements with what the data says about
// them, live scores, stage and tips; saving (owner only) is the server action in ./actions.ts.
import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { loadAssessmentEvidence } from "@/db/assessment/evidence";
import { listAssessments } from "@/db/assessment/history";
import { getKpiSettings } from "@/db/queries/org-settings";
import { suggestFromEvidence } from "@/lib/assessment/suggestions";
import { roleAtLeast } from "@/lib/auth/roles";
import { formatDate, formatDateTime } from "@/lib/format/date";
import { getLocale } from "@/lib/format/server-locale";
import { localDate } from "@/lib/kpi/instant";
import { pageContext } from "@/server/request-context";
import { AssessmentForm } from "./assessment-form";
import { HistoryChart } from "./history-chart";
import { HistoryTable } from "./history-table";
import type { HistoryPoint } from "./history-types";
import { assessmentMessages } from "./messages";

// Reads the database on every request: never prerendered.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: assessmentMessages(await getLocale()).title };
}

export default async function AssessmentPage() {
  const [locale, ctx] = await Promise.all([getLocale(), pageContext("viewer")]);
  const t = assessmentMessages(locale);
  const settings = await getKpiSettings(ctx.db, ctx.orgId);
  const today = localDate(new Date(), settings.timeZone);
  const [evidence, saved] = await Promise.all([
    loadAssessmentEvidence(ctx.db, ctx.orgId, today, settings),
    listAssessments(ctx.db, ctx.orgId),
  ]);
  const range = (from: string, to: string) => `${formatDate(from, locale)} – ${formatDate(to, locale)}`;
  const points: HistoryPoint[] = saved.map((a) => ({
    id: a.id,
    label: formatDateTime(a.takenAt, locale, settings.timeZone),
    takenAt: a.takenAt,
    takenBy: a.takenByName,
    sections: a.sections,
    overall: a.overall,
    stage: a.stage,
  }));
  return (
    <>
      <PageHeader title={t.title} subtitle={t.subtitle} />
      <div className="flex flex-col gap-6">
        <div className="max-w-3xl space-y-2 text-sm text-gray-700">
          <p>{t.intro}</p>
          <p>{t.dataNote(range(evidence.quarter.from, evidence.quarter.to), range(evidence.year.from, evidence.year.to))}</p>
        </div>
        <AssessmentForm
          hints={suggestFromEvidence(evidence)}
          currency={settings.currency}
          timeZone={settings.timeZone}
          canSave={roleAtLeast(ctx.role, "owner")}
        />
        {points.length === 0 ? (
          <EmptyState title={t.historyEmptyTitle} text={t.historyEmptyText} />
        ) : (
          <div className="flex flex-col gap-4">
            <HistoryChart points={points} />
            <HistoryTable points={points} />
          </div>
        )}
      </div>
    </>
  );
}
