import type { RequestContext } from "@/server/request-context";
import { EmptyState } from "@/components/empty-state";
import { getClientComparison } from "@/db/queries/clients";
import { clientHoursByWeek, clientTicketsByWeek } from "@/db/queries/client-tickets";
import { computeKpiReportSql } from "@/db/queries/kpi";
import { listClientContracts, servicesHeld } from "@/db/queries/services";
import type { Locale } from "@/lib/format/locale";
import { previousPeriod, type Period } from "@/lib/kpi/period";
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
export async function ClientFigures({ ctx: { db, orgId }, clientId, period, settings, locale }: Props) {
  const t = clientsMessages(locale);
  const report = await computeKpiReportSql(db, orgId, period, settings);
  const [data, contracts, weeks, hours, held] = await Promise.all([
    getClientComparison(db, orgId, clientId, period, settings, report),
    listClientContracts(db, orgId, clientId, period.to),
    clientTicketsByWeek(db, orgId, clientId, period, settings.timeZone),
    clientHoursByWeek(db, orgId, clientId, period),
    servicesHeld(db, orgId, period.to),
  ]);
  // Removed between the header and the figures: rare enough for a plain message.
  if (!data) return <EmptyState title="404" text={t.notFound} action={{ href: "/clients", label: t.back }} />;
  const slug = data.client.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return (
    <div className="flex flex-col gap-6">
      <ClientKpiCards data={data} currency={settings.currency} locale={locale} t={t} />
      <div className="grid gap-4 lg:grid-cols-2">
        <TicketsByWeekChart weeks={weeks} />
        <HoursByWeekChart weeks={hours} />
      </div>
      <section aria-labelledby="contracts-heading" className="flex flex-col gap-3">
        <h2 id="contracts-heading" className="text-base font-semibold text-gray-900">
          {t.contracts}
        </h2>
        <ContractsTable contracts={contracts} currency={settings.currency} fileName={`contracts-${slug || clientId}.csv`} />
      </section>
      <div className="grid gap-4 lg:grid-cols-2">
        <ServicesPanel services={data.client.services} held={held} t={t} />
        <HealthTable data={data} day={period.to} previousDay={previousPeriod(period).to} locale={locale} t={t} />
      </div>
    </div>
  );
}
