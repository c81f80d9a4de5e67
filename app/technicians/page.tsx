// GET /technicians — utilization against capacity, workload bands, and rebalancing proposals for
// the period in the URL (accepting one is the server action in ./actions.ts).
import type { Metadata } from "next";
import { Suspense } from "react";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { PeriodPicker } from "@/components/period-picker";
import { recordCounts } from "@/db/queries/clients";
import { computeKpiReportSql } from "@/db/queries/kpi";
import { getKpiSettings } from "@/db/queries/org-settings";
import { listMoves } from "@/db/queries/rebalancing";
import { listTechnicianRows, technicianLoads } from "@/db/queries/technicians";
import type { Locale } from "@/lib/format/locale";
import { getLocale } from "@/lib/format/server-locale";
import type { Period } from "@/lib/kpi/period";
import { periodFromSearchParams, periodSearch } from "@/lib/kpi/url-period";
import { planRebalancing } from "@/lib/rebalancing/plan";
import type { KpiSettings } from "@/lib/records/settings";
import { pageContext, type RequestContext } from "../server-context";
import { FiguresSkeleton } from "../clients/skeleton";
import { techniciansMessages } from "./messages";
import { RebalancingPanel } from "./rebalancing-panel";
import { RecentMoves } from "./recent-moves";
import { withProjection } from "./rows";
import { TechniciansTable } from "./technicians-table";
import { UtilizationBars } from "./utilization-bars";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: techniciansMessages(await getLocale()).title };
}

export default async function TechniciansPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [locale, ctx] = await Promise.all([getLocale(), pageContext("viewer")]);
  const t = techniciansMessages(locale);
  const settings = await getKpiSettings(ctx.db, ctx.orgId);
  const resolved = periodFromSearchParams(await searchParams, new Date(), settings.timeZone);
  return (
    <>
      <PageHeader
        title={t.title}
        subtitle={t.subtitle}
        actions={<PeriodPicker preset={resolved.preset} from={resolved.period.from} to={resolved.period.to} />}
      />
      <Suspense key={periodSearch(resolved)} fallback={<FiguresSkeleton label={t.loading} rows={8} />}>
        <TechnicianFigures ctx={ctx} period={resolved.period} settings={settings} locale={locale} />
      </Suspense>
    </>
  );
}

async function TechnicianFigures({ ctx, period, settings, locale }: { ctx: RequestContext; period: Period; settings: KpiSettings; locale: Locale }) {
  const t = techniciansMessages(locale);
  const { db, orgId } = ctx;
  const report = await computeKpiReportSql(db, orgId, period, settings);
  const rows = await listTechnicianRows(db, orgId, period, settings.timeZone, report);
  const [loads, accepted, recent] = await Promise.all([
    technicianLoads(db, orgId, period, rows),
    listMoves(db, orgId, { period }),
    listMoves(db, orgId, { limit: 10 }),
  ]);
  if (rows.length === 0) {
    const counts = await recordCounts(db, orgId);
    return (
      <div className="flex flex-col gap-6">
        {counts.technicians === 0 && counts.timeEntries === 0 ? (
          <EmptyState title={t.emptyTitle} text={t.emptyText} action={{ href: "/imports", label: t.goToImports }} />
        ) : (
          <EmptyState title={t.nothingInPeriodTitle} text={t.nothingInPeriodText} />
        )}
        {recent.length > 0 ? <RecentMoves moves={recent} locale={locale} t={t} /> : null}
      </div>
    );
  }
  // Oldest first, so a client moved twice ends with its latest technician.
  const plan = planRebalancing(loads, [...accepted].reverse(), settings);
  const tableRows = withProjection(rows, plan.projected);
  const thresholds = { workloadLower: settings.workloadLower, workloadUpper: settings.workloadUpper };
  return (
    <div className="flex flex-col gap-6">
      <UtilizationBars rows={tableRows} thresholds={thresholds} locale={locale} t={t} />
      <TechniciansTable rows={tableRows} currency={settings.currency} />
      <RebalancingPanel proposals={plan.proposals} period={period} overloaded={plan.overloaded} thresholds={thresholds} />
      <RecentMoves moves={recent} locale={locale} t={t} />
    </div>
  );
}
