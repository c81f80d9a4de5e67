// GET /technicians — utilization against capacity, workload bands, and rebalancing proposals for
// the period in the URL (accepting one is the server action in ./actions.ts), and the accepted
// moves with what is still to hand over in the PSA.
import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PeriodPageFrame, type PageSearchParams, type PeriodView } from "@/app/period-page-frame";
import { listGoals } from "@/db/goals/goals";
import { recordCounts } from "@/db/queries/clients";
import { computeKpiReportSql } from "@/db/queries/kpi";
import { listMoves, reassignmentLists } from "@/db/queries/rebalancing";
import { listTechnicianRows, technicianLoads } from "@/db/queries/technicians";
import { getLocale } from "@/lib/format/server-locale";
import { planRebalancing } from "@/lib/rebalancing/plan";
import { techniciansMessages } from "./messages";
import { RebalancingPanel } from "./rebalancing-panel";
import { RecentMoves } from "./recent-moves";
import { technicianTableRows } from "./rows";
import { TechniciansTable } from "./technicians-table";
import { UtilizationBars } from "./utilization-bars";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: techniciansMessages(await getLocale()).title };
}

export default function TechniciansPage({ searchParams }: { searchParams: PageSearchParams }) {
  return (
    <PeriodPageFrame searchParams={searchParams} text={techniciansMessages} skeletonRows={8}>
      {(view) => <TechnicianFigures {...view} />}
    </PeriodPageFrame>
  );
}

async function TechnicianFigures({ ctx, period, settings, locale }: PeriodView) {
  const t = techniciansMessages(locale);
  const { db, orgId } = ctx;
  const report = await computeKpiReportSql(db, orgId, period, settings);
  const rows = await listTechnicianRows(db, orgId, period, settings.timeZone, report);
  const [loads, accepted, recent, goals] = await Promise.all([
    technicianLoads(db, orgId, period, rows),
    listMoves(db, orgId, { period }),
    listMoves(db, orgId, { limit: 10 }),
    listGoals(db, orgId),
  ]);
  const handOver = await reassignmentLists(db, orgId, recent.filter((m) => m.status === "pending").map((m) => m.id));
  if (rows.length === 0) {
    const counts = await recordCounts(db, orgId);
    return (
      <div className="flex flex-col gap-6">
        {counts.technicians === 0 && counts.timeEntries === 0 ? (
          <EmptyState title={t.emptyTitle} text={t.emptyText} action={{ href: "/imports", label: t.goToImports }} />
        ) : (
          <EmptyState title={t.nothingInPeriodTitle} text={t.nothingInPeriodText} />
        )}
        {recent.length > 0 ? <RecentMoves moves={recent} handOver={handOver} locale={locale} timeZone={settings.timeZone} t={t} /> : null}
      </div>
    );
  }
  // The period's moves and every move still pending in the PSA; oldest first, so a client moved
  // twice ends with its latest technician.
  const plan = planRebalancing(loads, [...accepted].reverse(), settings);
  const tableRows = technicianTableRows(rows, plan.projected, { goals, report, locale, currency: settings.currency }, period);
  const thresholds = { workloadLower: settings.workloadLower, workloadUpper: settings.workloadUpper };
  return (
    <div className="flex flex-col gap-6">
      <UtilizationBars rows={tableRows} thresholds={thresholds} locale={locale} t={t} />
      <TechniciansTable rows={tableRows} currency={settings.currency} period={period} />
      <RebalancingPanel proposals={plan.proposals} period={period} overloaded={plan.overloaded} thresholds={thresholds} />
      <RecentMoves moves={recent} handOver={handOver} locale={locale} timeZone={settings.timeZone} t={t} />
    </div>
  );
}
