// GET /clients — every client with its revenue, service and device figures for the period in the URL.
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { PeriodPicker } from "@/components/period-picker";
import { listClientRows, recordCounts } from "@/db/queries/clients";
import { computeKpiReportSql } from "@/db/queries/kpi";
import { getKpiSettings } from "@/db/queries/org-settings";
import type { Locale } from "@/lib/format/locale";
import { getLocale } from "@/lib/format/server-locale";
import type { Period } from "@/lib/kpi/period";
import { periodFromSearchParams, periodSearch } from "@/lib/kpi/url-period";
import type { KpiSettings } from "@/lib/records/settings";
import { pageContext, type RequestContext } from "../server-context";
import { ClientsTable } from "./clients-table";
import { clientsMessages } from "./messages";
import { FiguresSkeleton } from "./skeleton";

// Reads the database on every request: never prerendered.
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: clientsMessages(await getLocale()).title };
}

export default async function ClientsPage({ searchParams }: { searchParams: SearchParams }) {
  const [locale, ctx] = await Promise.all([getLocale(), pageContext("viewer")]);
  const t = clientsMessages(locale);
  const settings = await getKpiSettings(ctx.db, ctx.orgId);
  const resolved = periodFromSearchParams(await searchParams, new Date(), settings.timeZone);
  const query = periodSearch(resolved);
  return (
    <>
      <PageHeader
        title={t.title}
        subtitle={t.subtitle}
        actions={<PeriodPicker preset={resolved.preset} from={resolved.period.from} to={resolved.period.to} />}
      />
      <Suspense key={query} fallback={<FiguresSkeleton label={t.loading} rows={10} />}>
        <ClientsFigures ctx={ctx} period={resolved.period} settings={settings} periodQuery={query} locale={locale} />
      </Suspense>
    </>
  );
}

async function ClientsFigures({
  ctx,
  period,
  settings,
  periodQuery,
  locale,
}: {
  ctx: RequestContext;
  period: Period;
  settings: KpiSettings;
  periodQuery: string;
  locale: Locale;
}) {
  const t = clientsMessages(locale);
  const report = await computeKpiReportSql(ctx.db, ctx.orgId, period, settings);
  const [rows, counts] = await Promise.all([listClientRows(ctx.db, ctx.orgId, period, settings, report), recordCounts(ctx.db, ctx.orgId)]);
  if (rows.length === 0) {
    return <EmptyState title={t.emptyTitle} text={t.emptyText} action={{ href: "/imports", label: t.goToImports }} />;
  }
  return (
    <div className="flex flex-col gap-4">
      {counts.contracts === 0 ? (
        <p role="note" className="rounded-tremor-default border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          {t.noContracts}{" "}
          <Link href="/imports" className="font-medium underline">
            {t.importsPage}
          </Link>
          .
        </p>
      ) : null}
      <ClientsTable rows={rows} currency={settings.currency} periodQuery={periodQuery} />
    </div>
  );
}
