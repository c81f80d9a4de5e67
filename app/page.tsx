// GET / — the overview: revenue, team and service-desk KPIs for the period in the URL (?period= or ?from=&to=).
import { Suspense } from "react";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { PeriodPicker } from "@/components/period-picker";
import { RecomputingNotice } from "@/components/recomputing-notice";
import { getOrgSummary } from "@/db/queries/dashboard/overview";
import { figureSettings } from "@/db/queries/kpi";
import { getLocale } from "@/lib/format/server-locale";
import { periodFromSearchParams, periodSearch } from "@/lib/kpi/url-period";
import { overviewMessages } from "./overview/messages";
import { OverviewFigures } from "./overview/overview-figures";
import { OverviewSkeleton } from "./overview/overview-skeleton";
import { pageContext } from "@/server/request-context";

// Reads the database on every request: never prerendered at build time.
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function OverviewPage({ searchParams }: { searchParams: SearchParams }) {
  const [params, locale, { db, orgId }] = await Promise.all([searchParams, getLocale(), pageContext("viewer")]);
  const m = overviewMessages(locale);
  // While a rebuild for changed settings is pending, the figures use the old ones, and say so.
  const [{ settings, recomputing }, org] = await Promise.all([figureSettings(db, orgId), getOrgSummary(db, orgId)]);
  // "Today" in the org's time zone decides what "this month" and "last month" mean.
  const resolved = periodFromSearchParams(params, new Date(), settings.timeZone);
  const hasData = org.contracts > 0;

  return (
    <>
      <PageHeader
        title={m.title}
        subtitle={org.name}
        actions={hasData ? <PeriodPicker preset={resolved.preset} from={resolved.period.from} to={resolved.period.to} /> : undefined}
      />
      {hasData && recomputing ? <RecomputingNotice /> : null}
      {hasData ? (
        // Keyed by the period, so a new period shows the skeleton instead of stale figures.
        <Suspense key={periodSearch(resolved)} fallback={<OverviewSkeleton label={m.loading} />}>
          <OverviewFigures db={db} orgId={orgId} period={resolved.period} settings={settings} locale={locale} />
        </Suspense>
      ) : (
        <EmptyState title={m.emptyTitle} text={m.emptyText} action={{ href: "/imports", label: m.goToImports }} />
      )}
    </>
  );
}
