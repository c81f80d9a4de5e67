// GET /reports/patch-status?period=… — the whitepaper's patch report on the period's last day
// (default: this month, i.e. today): share of managed devices up to date, patches missing, devices
// not seen in a week — overall and per client — against the previous period's last day.
import type { Metadata } from "next";
import { Link } from "@/components/link";
import { EmptyState } from "@/components/empty-state";
import { KpiCard } from "@/components/kpi-card";
import { PageHeader } from "@/components/page-header";
import { PeriodPicker } from "@/components/period-picker";
import { deviceStatusByClient } from "@/db/qbr/device-status";
import { getKpiSettings } from "@/db/queries/org-settings";
import { formatDate } from "@/lib/format/date";
import { formatDelta, formatNumber, formatPercent, trendOf } from "@/lib/format/number";
import { getLocale } from "@/lib/format/server-locale";
import { startDay } from "@/lib/kpi/period";
import { resolvePeriodPreset } from "@/lib/kpi/presets";
import { periodFromSearchParams, type ResolvedPeriod } from "@/lib/kpi/url-period";
import { buildPatchStatusReport } from "@/lib/patch-report";
import { pageContext } from "@/server/request-context";
import { patchMessages } from "./messages";
import { PatchCharts } from "./patch-charts";
import { PatchTable } from "./patch-table";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Patch status" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PatchStatusPage({ searchParams }: Props) {
  const [locale, { db, orgId }] = await Promise.all([getLocale(), pageContext("viewer")]);
  const t = patchMessages(locale);
  const settings = await getKpiSettings(db, orgId);
  const params = await searchParams;
  // Today's status unless a period is asked for: the report looks at the period's last day.
  const resolved: ResolvedPeriod =
    params.period === undefined && params.from === undefined
      ? { period: resolvePeriodPreset("this-month", new Date(), settings.timeZone), preset: "this-month" }
      : periodFromSearchParams(params, new Date(), settings.timeZone);
  const { period } = resolved;
  const [now, before] = await Promise.all([
    deviceStatusByClient(db, orgId, period.to, settings.timeZone),
    deviceStatusByClient(db, orgId, startDay(period), settings.timeZone),
  ]);
  const report = buildPatchStatusReport(now, before);
  const [o, p] = [report.overall, report.previous];
  const change = o.upToDateShare === null || p.upToDateShare === null ? null : Math.round((o.upToDateShare - p.upToDateShare) * 1e4) / 1e4;
  return (
    <>
      <nav aria-label={t.breadcrumb} className="mb-2 text-sm">
        <Link href="/reports" className="font-medium text-blue-800 hover:underline">← {t.back}</Link>
      </nav>
      <PageHeader
        title={t.title}
        subtitle={t.subtitle(formatDate(period.to, locale, "long"))}
        actions={<PeriodPicker preset={resolved.preset} from={period.from} to={period.to} />}
      />
      {o.managed === 0 ? (
        <EmptyState title={t.emptyTitle} text={t.emptyText} action={{ href: "/imports", label: t.goToImports }} />
      ) : (
        <div className="flex flex-col gap-6">
          <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
            <KpiCard
              title={t.upToDate}
              value={formatPercent(o.upToDateShare, locale, { digits: 1 })}
              previous={p.upToDateShare === null ? null : formatPercent(p.upToDateShare, locale, { digits: 1 })}
              delta={change === null ? null : formatDelta(change, locale, { kind: "points" })}
              trend={trendOf(change)}
              good={change === null || change === 0 ? null : change > 0}
              description={`${formatNumber(o.upToDate, locale)} / ${formatNumber(o.managed, locale)}`}
            />
            <KpiCard
              title={t.patchesMissing}
              value={formatNumber(o.patchesMissing, locale)}
              previous={formatNumber(p.patchesMissing, locale)}
              description={t.patchesMissingHint(o.devicesMissingPatches)}
            />
            <KpiCard title={t.notSeen} value={formatNumber(o.notSeen, locale)} previous={formatNumber(p.notSeen, locale)} description={t.notSeenHint} />
            <KpiCard title={t.managed} value={formatNumber(o.managed, locale)} previous={formatNumber(p.managed, locale)} />
          </div>
          <PatchCharts report={report} period={period} />
          <section aria-labelledby="patch-table-heading" className="flex flex-col gap-3">
            <h2 id="patch-table-heading" className="text-base font-semibold text-gray-900">{t.tableHeading}</h2>
            <PatchTable rows={report.clients} period={period} />
          </section>
        </div>
      )}
    </>
  );
}
