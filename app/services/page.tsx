// GET /services — MRR and coverage per service, contracts by tier, and which clients lack which service
// (that matrix sorted, searched, filtered and paged by the database as the URL says).
import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PeriodPageFrame, type PageSearchParams, type PeriodView } from "@/app/period-page-frame";
import { recordCounts } from "@/db/queries/clients";
import { computeKpiReportSql } from "@/db/queries/kpi";
import { contractsByTier, crossSellSource, listServiceRows, servicesHeld } from "@/db/queries/services";
import { queryTablePage } from "@/db/tables/sql-table";
import { formatDate } from "@/lib/format/date";
import { getLocale } from "@/lib/format/server-locale";
import { parseTableQuery } from "@/lib/tables/table-query-schema";
import { crossSellSpec } from "./cross-sell-spec";
import { servicesMessages } from "./messages";
import { CrossSellTable, ServicesTable } from "./tables";
import { TierChart } from "./tier-chart";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: servicesMessages(await getLocale()).title };
}

export default function ServicesPage({ searchParams }: { searchParams: PageSearchParams }) {
  return (
    <PeriodPageFrame searchParams={searchParams} text={servicesMessages} skeletonRows={6}>
      {(view) => <ServiceFigures {...view} />}
    </PeriodPageFrame>
  );
}

async function ServiceFigures({ ctx, period, settings, locale, params }: PeriodView) {
  const t = servicesMessages(locale);
  const { db, orgId } = ctx;
  const report = await computeKpiReportSql(db, orgId, period, settings);
  const [rows, tiers, held] = await Promise.all([
    listServiceRows(db, orgId, period.to, report),
    contractsByTier(db, orgId, period.to),
    servicesHeld(db, orgId, period.to),
  ]);
  const services = held.map((h) => h.service);
  const spec = crossSellSpec(services);
  const matrix = await queryTablePage(db, crossSellSource(orgId, period.to, services), parseTableQuery(spec, params));
  if (rows.length === 0) {
    const { contracts } = await recordCounts(db, orgId);
    return contracts === 0 ? (
      <EmptyState title={t.emptyTitle} text={t.emptyText} action={{ href: "/imports", label: t.goToImports }} />
    ) : (
      <EmptyState title={t.nothingInPeriodTitle} text={t.nothingInPeriodText} />
    );
  }
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="services-heading" className="flex flex-col gap-3">
        <div>
          <h2 id="services-heading" className="text-base font-semibold text-gray-900">{t.services.heading}</h2>
          <p className="mt-1 text-sm text-gray-600">{t.services.hint(formatDate(period.to, locale), report.revenue.active_clients)}</p>
        </div>
        <ServicesTable rows={rows} currency={settings.currency} period={period} />
      </section>
      <TierChart tiers={tiers} period={period} />
      <section aria-labelledby="cross-sell-heading" className="flex flex-col gap-3">
        <div>
          <h2 id="cross-sell-heading" className="text-base font-semibold text-gray-900">{t.crossSell.heading}</h2>
          <p className="mt-1 max-w-3xl text-sm text-gray-600">{t.crossSell.hint}</p>
        </div>
        <CrossSellTable page={matrix} services={services} currency={settings.currency} spec={spec} />
      </section>
    </div>
  );
}
