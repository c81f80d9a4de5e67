"use client";

import { BarChart } from "@tremor/react";
import { ChartCard, FigureTable } from "@/components/charts/chart-card";
import { ChartLegend } from "@/components/charts/chart-legend";
import { useLocale } from "@/components/locale-provider";
import type { WeekCount, WeekHours } from "@/db/queries/client-tickets";
import { formatHours, formatNumber } from "@/lib/format/number";
import { clientsMessages } from "../messages";

// "2026-W09" → "W09": the year is in the period picker; the short label keeps the axis readable.
const shortWeek = (week: string) => week.slice(5);

export function TicketsByWeekChart({ weeks }: { weeks: WeekCount[] }) {
  const locale = useLocale();
  const t = clientsMessages(locale);
  const total = weeks.reduce((n, w) => n + w.tickets, 0);
  const busiest = weeks.reduce<WeekCount | null>((best, w) => (w.tickets > (best?.tickets ?? 0) ? w : best), null);
  const data = weeks.map((w) => ({ week: shortWeek(w.week), [t.ticketsCount]: w.tickets }));
  return (
    <ChartCard
      title={t.ticketsChart}
      summary={t.ticketsSummary(total, weeks.length, busiest ? busiest.week : null)}
      tableLabel={t.showTable}
      table={<FigureTable caption={t.ticketsChart} head={[t.week, t.ticketsCount]} rows={weeks.map((w) => [w.week, formatNumber(w.tickets, locale)])} />}
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
      />
    </ChartCard>
  );
}

export function HoursByWeekChart({ weeks }: { weeks: WeekHours[] }) {
  const locale = useLocale();
  const t = clientsMessages(locale);
  const billable = weeks.reduce((n, w) => n + w.billable, 0);
  const nonBillable = weeks.reduce((n, w) => n + w.nonBillable, 0);
  const data = weeks.map((w) => ({ week: shortWeek(w.week), [t.billable]: w.billable, [t.nonBillable]: w.nonBillable }));
  return (
    <ChartCard
      title={t.hoursChart}
      summary={t.hoursSummary(formatHours(billable, locale), formatHours(nonBillable, locale))}
      tableLabel={t.showTable}
      footer={<ChartLegend items={[{ name: t.billable, color: "emerald" }, { name: t.nonBillable, color: "gray" }]} />}
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
            {weeks.map((w) => (
              <tr key={w.week} className="border-b border-gray-100 last:border-b-0">
                <th scope="row" className="py-1.5 pr-4 text-left font-normal text-gray-800">{w.week}</th>
                <td className="py-1.5 pr-4 text-right tabular-nums">{formatHours(w.billable, locale)}</td>
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
      />
    </ChartCard>
  );
}
