// GET /profitability — managers and owners: what each client earns after hard costs and labour,
// for the period in the URL, with the previous period, and what makes the figures incomplete.
import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PeriodPageFrame, type PageSearchParams, type PeriodView } from "@/app/period-page-frame";
import { listClientBasics } from "@/db/queries/clients";
import { computeKpiReportSql } from "@/db/queries/kpi";
import { profitabilityGaps } from "@/db/queries/profitability-gaps";
import { roleAtLeast } from "@/lib/auth/roles";
import { explainHref } from "@/lib/explain/figures";
import { getLocale } from "@/lib/format/server-locale";
import { formatDelta, formatMoney, relativeChange } from "@/lib/format/number";
import { judgeChange } from "@/lib/format/change";
import { reportForRole } from "@/lib/kpi/served-report";
import { ProfitabilityTable } from "./clients-table";
import { DataQualityPanel } from "./data-quality";
import { profitabilityMessages } from "./messages";
import { profitCardProps, ProfitCards } from "./profit-cards";
import { RateChart } from "./rate-chart";
import { profitabilityRows } from "./rows";
import { TechnicianCosts } from "./technician-costs";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: profitabilityMessages(await getLocale()).title };
}

export default function ProfitabilityPage({ searchParams }: { searchParams: PageSearchParams }) {
  return (
    <PeriodPageFrame searchParams={searchParams} text={profitabilityMessages} skeletonRows={10} minRole="manager">
      {(view) => <ProfitabilityFigures {...view} />}
    </PeriodPageFrame>
  );
}

async function ProfitabilityFigures({ ctx, period, settings, periodQuery, locale }: PeriodView) {
  const t = profitabilityMessages(locale);
  const { db, orgId } = ctx;
  // Served as the member's role may read it: by_technician (hourly costs) only for owners.
  const report = reportForRole(await computeKpiReportSql(db, orgId, period, settings), ctx.role);
  const [clients, gaps] = await Promise.all([listClientBasics(db, orgId, period.to), profitabilityGaps(db, orgId, period, settings.defaultHourlyCost)]);
  const now = report.profitability;
  const then = report.previous.profitability;
  if (!now || Object.keys(now.by_client).length === 0) {
    return <EmptyState title={t.emptyTitle} text={t.emptyText} action={{ href: "/imports", label: t.goToImports }} />;
  }
  const rows = profitabilityRows(now.by_client, clients);
  const cardsInput = { now, then, currency: settings.currency, locale, t, explain: (key: string) => explainHref(key, period) };
  const unloggedChange = relativeChange(now.unlogged_capacity_cost, then?.unlogged_capacity_cost ?? null);
  const cards = [
    ...(["grossProfit", "grossMargin", "effectiveRate", "reactivePerEndpoint"] as const).map((figure) => profitCardProps(figure, cardsInput)),
    {
      title: t.cards.unloggedCapacity,
      value: gaps.anyCostRate ? formatMoney(now.unlogged_capacity_cost, settings.currency, locale) : t.noData,
      previous: gaps.anyCostRate && then ? formatMoney(then.unlogged_capacity_cost, settings.currency, locale) : null,
      delta: gaps.anyCostRate && unloggedChange !== null ? formatDelta(unloggedChange, locale) : null,
      good: judgeChange(unloggedChange, false),
      description: gaps.anyCostRate ? t.cards.unloggedCapacityHint : t.cards.noCostRate,
      explainHref: explainHref("unlogged_capacity_cost", period),
    },
  ];
  const technicians = Object.entries(now.by_technician ?? {}).map(([name, c]) => ({ name, costRate: c.cost_rate, labourCost: c.labour_cost }));
  return (
    <div className="flex flex-col gap-8">
      <ProfitCards id="profit-cards-heading" heading={t.cards.heading} cards={cards} />
      <DataQualityPanel section={now} gaps={gaps} isOwner={roleAtLeast(ctx.role, "owner")} locale={locale} t={t} />
      <section aria-labelledby="profit-table-heading" className="flex flex-col gap-3">
        <div>
          <h2 id="profit-table-heading" className="text-base font-semibold text-gray-900">
            {t.table.heading}
          </h2>
          <p className="mt-1 max-w-3xl text-sm text-gray-600">
            {t.table.hint} {t.bands.legend}
          </p>
        </div>
        <ProfitabilityTable rows={rows} currency={settings.currency} periodQuery={periodQuery} period={period} />
      </section>
      <RateChart rows={rows} currency={settings.currency} />
      {now.by_technician ? <TechnicianCosts rows={technicians} currency={settings.currency} period={period} /> : null}
    </div>
  );
}
