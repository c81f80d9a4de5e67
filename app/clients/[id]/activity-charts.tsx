"use client";

import { BarChart } from "@tremor/react";
import { ChartCard, FigureTable } from "@/components/charts/chart-card";
import { ChartLegend } from "@/components/charts/chart-legend";
import { chartMessages } from "@/components/charts/messages";
import { useOpenPoint } from "@/components/charts/point-links";
import { ExplainLink } from "@/components/explain-link";
import { useLocale } from "@/components/locale-provider";
import { componentMessages } from "@/components/messages";
import type { WeekCount, WeekHours } from "@/db/queries/client-tickets";
import { formatHours, formatNumber } from "@/lib/format/number";
import { clientsMessages } from "../messages";

// "2026-W09" → "W09": the year is in the period picker; the short label keeps the axis readable.
const shortWeek = (week: string) => week.slice(5);

/** Per week, the explanation view of the client's figure over that week's days of the period. */
interface WeeksProps<W> {
  weeks: W[];
  explainHrefs: string[];
}

export function TicketsByWeekChart({ weeks, explainHrefs }: WeeksProps<WeekCount>) {
  const locale = useLocale();
  const t = clientsMessages(locale);
  const openPoint = useOpenPoint();
  const total = weeks.reduce((n, w) => n + w.tickets, 0);
  const busiest = weeks.reduce<WeekCount | null>((best, w) => (w.tickets > (best?.tickets ?? 0) ? w : best), null);
  const data = weeks.map((w, i) => ({ week: shortWeek(w.week), href: explainHrefs[i], [t.ticketsCount]: w.tickets }));
  return (
    <ChartCard
      title={t.ticketsChart}
      summary={t.ticketsSummary(total, weeks.length, busiest ? busiest.week : null)}
      tableLabel={t.showTable}
      footer={weeks.length > 0 ? <p className="text-xs text-gray-700">{chartMessages(locale).explainPoints}</p> : undefined}
      table={
        <FigureTable
          caption={t.ticketsChart}
          head={[t.week, t.ticketsCount]}
          rows={weeks.map((w) => [w.week, formatNumber(w.tickets, locale)])}
          explain={{ hrefs: explainHrefs, label: componentMessages(locale).kpi.explainLabel(t.ticketsCount) }}
        />
      }
    >
      <BarChart
        className="h-56"
        data={data}
        index="week"
        categories={[t.ticketsCount]}
        colors={["blue"]}
        valueFormatter={(v: number) => formatNumber(v, locale)}
        allowDecimals={false}
        showLegend={false}
        showAnimation={false}
        yAxisWidth={40}
        onValueChange={openPoint}
      />
    </ChartCard>
  );
}

export function HoursByWeekChart({ weeks, explainHrefs }: WeeksProps<WeekHours>) {
  const locale = useLocale();
  const t = clientsMessages(locale);
  const openPoint = useOpenPoint(t.billable);
  const billable = weeks.reduce((n, w) => n + w.billable, 0);
  const nonBillable = weeks.reduce((n, w) => n + w.nonBillable, 0);
  const data = weeks.map((w, i) => ({ week: shortWeek(w.week), href: explainHrefs[i], [t.billable]: w.billable, [t.nonBillable]: w.nonBillable }));
  return (
    <ChartCard
      title={t.hoursChart}
      summary={t.hoursSummary(formatHours(billable, locale), formatHours(nonBillable, locale))}
      tableLabel={t.showTable}
      footer={
        <div className="flex flex-col gap-1">
          <ChartLegend items={[{ name: t.billable, color: "emerald" }, { name: t.nonBillable, color: "gray" }]} />
          {weeks.length > 0 ? <p className="text-xs text-gray-700">{t.explainBillable}</p> : null}
        </div>
      }
      table={
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{t.hoursChart}</caption>
          <thead>
            <tr className="border-b border-gray-200 text-gray-700">
              <th scope="col" className="py-1.5 pr-4 text-left font-semibold">{t.week}</th>
              <th scope="col" className="py-1.5 pr-4 text-right font-semibold">{t.billable}</th>
              <th scope="col" className="py-1.5 text-right font-semibold">{t.nonBillable}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w, i) => (
              <tr key={w.week} className="border-b border-gray-100 last:border-b-0">
                <th scope="row" className="py-1.5 pr-4 text-left font-normal text-gray-800">{w.week}</th>
                <td className="py-1.5 pr-4 text-right tabular-nums">
                  <ExplainLink href={explainHrefs[i]!} label={componentMessages(locale).kpi.explainLabel(t.billable)}>
                    {formatHours(w.billable, locale)}
                  </ExplainLink>
                </td>
                <td className="py-1.5 text-right tabular-nums">{formatHours(w.nonBillable, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <BarChart
        className="h-56"
        data={data}
        index="week"
        categories={[t.billable, t.nonBillable]}
        colors={["emerald", "gray"]}
        stack
        showLegend={false}
        valueFormatter={(v: number) => formatHours(v, locale)}
        showAnimation={false}
        yAxisWidth={56}
        onValueChange={openPoint}
      />
    </ChartCard>
  );
}
