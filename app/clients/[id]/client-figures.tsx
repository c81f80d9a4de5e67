import type { RequestContext } from "@/server/request-context";
import { EmptyState } from "@/components/empty-state";
import { getClientComparison } from "@/db/queries/clients";
import { clientHoursByWeek, clientTicketsByWeek } from "@/db/queries/client-tickets";
import { computeKpiReportSql } from "@/db/queries/kpi";
import { listClientContracts, servicesHeld } from "@/db/queries/services";
import { profitabilityMessages } from "@/app/profitability/messages";
import { profitCardProps, ProfitCards } from "@/app/profitability/profit-cards";
import { reportForRole } from "@/lib/kpi/served-report";
import { isoWeekRanges } from "@/lib/dates/calendar-date";
import { explainHref } from "@/lib/explain/figures";
import type { Locale } from "@/lib/format/locale";
import type { Period } from "@/lib/kpi/period";
import type { KpiSettings } from "@/lib/records/settings";
import { clientsMessages } from "../messages";
import { HoursByWeekChart, TicketsByWeekChart } from "./activity-charts";
import { ContractsTable } from "./contracts-table";
import { HealthTable } from "./health-table";
import { ClientKpiCards } from "./kpi-cards";
import { ServicesPanel } from "./services-panel";

interface Props {
  ctx: RequestContext;
  clientId: number;
  period: Period;
  settings: KpiSettings;
  locale: Locale;
}

/** Everything below the header; async, so the page streams it in behind a skeleton. */
export async function ClientFigures({ ctx: { db, orgId, role }, clientId, period, settings, locale }: Props) {
  const t = clientsMessages(locale);
  const report = await computeKpiReportSql(db, orgId, period, settings);
  // Costs are for managers and owners: a viewer's report has no profitability section.
  const served = reportForRole(report, role);
  const [data, contracts, weeks, hours, held] = await Promise.all([
    getClientComparison(db, orgId, clientId, period, settings, report),
    listClientContracts(db, orgId, clientId, period.to),
    clientTicketsByWeek(db, orgId, clientId, period, settings.timeZone),
    clientHoursByWeek(db, orgId, clientId, period),
    servicesHeld(db, orgId, period.to),
  ]);
  // Removed between the header and the figures: rare enough for a plain message.
  if (!data) return <EmptyState title="404" text={t.notFound} action={{ href: "/clients", label: t.back }} />;
  const profit = served.profitability?.by_client[data.client.name];
  const weekRanges = isoWeekRanges(period.from, period.to);
  const weekHref = (metric: string) => (w: { week: string }) => explainHref(`client.${metric}`, weekRanges.get(w.week) ?? period, data.client.name);
  const slug = data.client.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return (
    <div className="flex flex-col gap-6">
      <ClientKpiCards data={data} currency={settings.currency} locale={locale} t={t} period={period} />
      {profit ? (
        <ClientProfitCards
          now={profit}
          then={served.previous.profitability?.by_client[data.client.name]}
          currency={settings.currency}
          locale={locale}
          explain={(key) => explainHref(`client.${key}`, period, data.client.name)}
        />
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <TicketsByWeekChart weeks={weeks} explainHrefs={weeks.map(weekHref("tickets_created"))} />
        <HoursByWeekChart weeks={hours} explainHrefs={hours.map(weekHref("billed_hours"))} />
      </div>
      <section aria-labelledby="contracts-heading" className="flex flex-col gap-3">
        <h2 id="contracts-heading" className="text-base font-semibold text-gray-900">
          {t.contracts}
        </h2>
        <ContractsTable contracts={contracts} currency={settings.currency} fileName={`contracts-${slug || clientId}.csv`} />
      </section>
      <div className="grid gap-4 lg:grid-cols-2">
        <ServicesPanel services={data.client.services} held={held} t={t} />
        <HealthTable data={data} period={period} locale={locale} t={t} />
      </div>
    </div>
  );
}

function ClientProfitCards(input: Omit<Parameters<typeof profitCardProps>[1], "t">) {
  const t = profitabilityMessages(input.locale);
  const cards = (["revenue", "grossProfit", "grossMargin", "effectiveRate"] as const).map((figure) => profitCardProps(figure, { ...input, t }));
  return <ProfitCards id="profit-heading" heading={t.cards.clientHeading} hint={t.cards.clientHint} cards={cards} />;
}
