// GET /clients/[id]/qbr?from=…&to=… — the client's quarterly business review (default: the last
// full quarter): summary, key figures, service performance against the previous period, tickets
// and hours per month, contracts and suggestions, the account manager's notes; PDF and CSV.
import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { KpiCard } from "@/components/kpi-card";
import { PageHeader } from "@/components/page-header";
import { PeriodPicker } from "@/components/period-picker";
import { getClientHeader } from "@/db/queries/clients";
import { loadQbrReport } from "@/db/qbr/load-report";
import { getKpiSettings } from "@/db/queries/org-settings";
import { monthRanges } from "@/lib/dates/calendar-date";
import { explainHref } from "@/lib/explain/figures";
import { formatDate } from "@/lib/format/date";
import { getLocale } from "@/lib/format/server-locale";
import { formatHours, formatMoney, formatNumber } from "@/lib/format/number";
import { qbrMessages } from "@/lib/qbr/messages";
import { qbrPeriodFromSearchParams } from "@/lib/qbr/period";
import { qbrSummary } from "@/lib/qbr/summary";
import { periodSearch } from "@/lib/kpi/url-period";
import { roleAtLeast } from "@/lib/auth/roles";
import { pageContext } from "@/server/request-context";
import { ContractsAndServices } from "./contracts-services";
import { qbrPageMessages } from "./messages";
import { MonthsChart } from "./months-chart";
import { NotesForm } from "./notes-form";
import { PerformanceTable } from "./performance-table";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const ClientId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = ClientId.safeParse((await params).id);
  if (!id.success) return {};
  const { db, orgId } = await pageContext("viewer");
  const client = await getClientHeader(db, orgId, id.data);
  return client ? { title: `QBR · ${client.name}` } : {};
}

const button =
  "inline-flex items-center rounded-tremor-default border border-gray-300 bg-white px-3 py-2 text-sm font-medium text-gray-800 shadow-sm hover:bg-gray-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600";

export default async function QbrPage({ params, searchParams }: Props) {
  const id = ClientId.safeParse((await params).id);
  if (!id.success) notFound();
  const [locale, ctx] = await Promise.all([getLocale(), pageContext("viewer")]);
  const settings = await getKpiSettings(ctx.db, ctx.orgId);
  const resolved = qbrPeriodFromSearchParams(await searchParams, new Date(), settings.timeZone);
  const { period } = resolved;
  const report = await loadQbrReport(ctx.db, ctx.orgId, id.data, period);
  if (!report) notFound();
  const t = qbrMessages(locale);
  const p = qbrPageMessages(locale);
  const range = `${formatDate(period.from, locale)} – ${formatDate(period.to, locale)}`;
  const download = `from=${period.from}&to=${period.to}&locale=${locale}`;
  // The figures are the client page's (client.*): each opens its explanation, a month's for that
  // month's days of the period.
  const explain = (metric: string, within = period) => explainHref(`client.${metric}`, within, report.client.name);
  const months = monthRanges(period.from, period.to);
  const explainIn = (metric: string, month: string) => explain(metric, months.get(month) ?? period);
  return (
    <>
      <nav aria-label={p.breadcrumb} className="mb-2 text-sm">
        <Link href={`/clients/${id.data}?${periodSearch(resolved)}`} className="font-medium text-blue-800 hover:underline">
          ← {p.back}
        </Link>
      </nav>
      <PageHeader
        title={report.client.name}
        subtitle={p.subtitle(range)}
        actions={<PeriodPicker preset={resolved.preset} from={period.from} to={period.to} />}
      />
      <div className="flex flex-col gap-6">
        <div role="group" aria-label={p.exports} className="flex flex-wrap gap-2">
          <a href={`/api/qbr/${id.data}/pdf?${download}`} download className={button}>{p.downloadPdf}</a>
          <a href={`/api/qbr/${id.data}/csv?${download}`} download className={button}>{p.downloadCsv}</a>
          <a href={`/clients/${id.data}/qbr/print?${download}`} target="_blank" rel="noopener" className={button}>{p.printView}</a>
        </div>
        <section aria-labelledby="qbr-summary" className="rounded-tremor-default border border-blue-200 bg-blue-50 p-5">
          <h2 id="qbr-summary" className="text-base font-semibold text-blue-950">{t.summary}</h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-gray-900">
            {qbrSummary(report, locale).map((s) => <li key={s}>{s}</li>)}
          </ul>
        </section>
        <section aria-labelledby="qbr-figures">
          <h2 id="qbr-figures" className="sr-only">{t.keyFigures}</h2>
          <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-5">
            <KpiCard title={t.managedDevices} value={formatNumber(report.managedDevices.current, locale)} previous={formatNumber(report.managedDevices.previous, locale)} explainHref={explain("managed_devices")} />
            <KpiCard title={t.tickets} value={formatNumber(report.tickets.current, locale)} previous={formatNumber(report.tickets.previous, locale)} explainHref={explain("tickets_created")} />
            <KpiCard title={t.billedHours} value={formatHours(report.billedHours.current, locale)} previous={formatHours(report.billedHours.previous, locale)} explainHref={explain("billed_hours")} />
            <KpiCard title={t.mrr} value={formatMoney(report.mrr.current, report.currency, locale)} previous={formatMoney(report.mrr.previous, report.currency, locale)} explainHref={explain("mrr")} />
            <KpiCard title={t.csat} value={formatNumber(report.csat.current, locale, { digits: 2 })} previous={formatNumber(report.csat.previous, locale, { digits: 2 })} explainHref={explain("csat")} />
          </div>
        </section>
        <div className="grid gap-4 xl:grid-cols-2">
          <PerformanceTable rows={report.performance} caption={p.performanceCaption} locale={locale} t={t} />
          <MonthsChart months={report.months} explainHrefs={report.months.map((m) => ({ tickets: explainIn("tickets_created", m.month), billable: explainIn("billed_hours", m.month) }))} />
        </div>
        <ContractsAndServices report={report} caption={p.contractsCaption} locale={locale} t={t} />
        <NotesForm key={`${period.from}|${period.to}`} clientId={id.data} from={period.from} to={period.to} notes={report.notes} editable={roleAtLeast(ctx.role, "manager")} />
      </div>
    </>
  );
}
