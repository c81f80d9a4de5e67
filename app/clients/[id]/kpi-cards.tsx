import { KpiCard } from "@/components/kpi-card";
import type { ClientComparison } from "@/db/queries/clients";
import { explainHref } from "@/lib/explain/figures";
import type { Locale } from "@/lib/format/locale";
import { difference as diff, judgeChange as judge } from "@/lib/format/change";
import { formatDelta, formatHours, formatMoney, formatNumber, formatPercent, relativeChange } from "@/lib/format/number";
import type { Period } from "@/lib/kpi/period";
import type { ClientsMessages } from "../messages";

/** The client's KPI cards: the period's value, the previous period's, and the change. */
export function ClientKpiCards({ data, currency, locale, t, period }: { data: ClientComparison; currency: string; locale: Locale; t: ClientsMessages; period: Period }) {
  const { current: now, previous: then } = data;
  const mrrChange = relativeChange(now.mrr, then.mrr);
  const ticketChange = relativeChange(now.tickets, then.tickets);
  const tpdChange = diff(now.ticketsPerDevice, then.ticketsPerDevice);
  const hoursChange = diff(now.billedHours, then.billedHours);
  const slaChange = diff(now.quality.sla_met, then.quality.sla_met);
  const csatChange = diff(now.quality.csat, then.quality.csat);
  // Two decimals, as the overview's CSAT and the explanation's mean show it.
  const csatText = (v: number | null) => formatNumber(v, locale, { digits: 2 });
  return (
    <section aria-labelledby="kpi-heading">
      <h2 id="kpi-heading" className="sr-only">
        {t.cards.heading}
      </h2>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-3">
        <KpiCard
          title={t.cards.mrr}
          value={formatMoney(now.mrr, currency, locale)}
          previous={formatMoney(then.mrr, currency, locale)}
          delta={mrrChange === null ? null : formatDelta(mrrChange, locale)}
          good={judge(mrrChange, true)}
          description={t.cards.mrrHint}
          explainHref={explainHref("client.mrr", period, data.client.name)}
        />
        <KpiCard
          title={t.cards.tickets}
          value={formatNumber(now.tickets, locale)}
          previous={formatNumber(then.tickets, locale)}
          delta={ticketChange === null ? null : formatDelta(ticketChange, locale)}
          good={null}
          explainHref={explainHref("client.tickets_created", period, data.client.name)}
        />
        <KpiCard
          title={t.cards.ticketsPerDevice}
          value={formatNumber(now.ticketsPerDevice, locale, { digits: 2 })}
          previous={then.ticketsPerDevice === null ? null : formatNumber(then.ticketsPerDevice, locale, { digits: 2 })}
          delta={tpdChange === null ? null : formatDelta(tpdChange, locale, { kind: "number", digits: 2 })}
          good={judge(tpdChange, false)}
          description={t.cards.ticketsPerDeviceHint}
        />
        <KpiCard
          title={t.cards.billedHours}
          value={formatHours(now.billedHours, locale)}
          previous={formatHours(then.billedHours, locale)}
          delta={hoursChange === null ? null : formatDelta(hoursChange, locale, { kind: "hours" })}
          good={null}
          explainHref={explainHref("client.billed_hours", period, data.client.name)}
        />
        <KpiCard
          title={t.cards.slaMet}
          value={formatPercent(now.quality.sla_met, locale)}
          previous={then.quality.sla_met === null ? null : formatPercent(then.quality.sla_met, locale)}
          delta={slaChange === null ? null : formatDelta(slaChange, locale, { kind: "points" })}
          good={judge(slaChange, true)}
          description={t.cards.slaHint}
          explainHref={explainHref("client.sla_met", period, data.client.name)}
        />
        <KpiCard
          title={t.cards.csat}
          value={csatText(now.quality.csat)}
          previous={then.quality.csat === null ? null : csatText(then.quality.csat)}
          delta={csatChange === null ? null : formatDelta(csatChange, locale, { kind: "number", digits: 2 })}
          good={judge(csatChange, true)}
          description={now.quality.csat_positive === null ? t.cards.csatNone : t.cards.csatHint(formatPercent(now.quality.csat_positive, locale, { digits: 0 }))}
          explainHref={explainHref("client.csat", period, data.client.name)}
        />
      </div>
    </section>
  );
}
