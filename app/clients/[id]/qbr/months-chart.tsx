"use client";

import { BarChart } from "@tremor/react";
import { ChartLegend } from "@/components/charts/chart-legend";
import { ChartCard } from "@/components/charts/chart-card";
import { useLocale } from "@/components/locale-provider";
import { formatMonth } from "@/lib/format/date";
import { formatHours, formatNumber } from "@/lib/format/number";
import { qbrMessages } from "@/lib/qbr/messages";
import type { QbrMonth } from "@/lib/qbr/types";
import { qbrPageMessages } from "./messages";

/** Tickets and hours per calendar month of the period, with the table behind the chart. */
export function MonthsChart({ months }: { months: QbrMonth[] }) {
  const locale = useLocale();
  const t = qbrMessages(locale);
  const p = qbrPageMessages(locale);
  const tickets = months.reduce((n, m) => n + m.tickets, 0);
  const billable = months.reduce((n, m) => n + m.billableHours, 0);
  const data = months.map((m) => ({ month: formatMonth(`${m.month}-01`, locale), [t.tickets]: m.tickets, [t.billable]: m.billableHours, [t.nonBillable]: m.nonBillableHours }));
  return (
    <ChartCard
      title={t.activity}
      summary={p.chartSummary(tickets, formatHours(billable, locale))}
      tableLabel={p.showTable}
      footer={<ChartLegend items={[{ name: t.tickets, color: "blue" }, { name: t.billable, color: "emerald" }, { name: t.nonBillable, color: "gray" }]} />}
      table={
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{p.monthsCaption}</caption>
          <thead>
            <tr className="border-b border-gray-200 text-gray-700">
              <th scope="col" className="py-1.5 pr-4 text-left font-semibold">{t.month}</th>
              <th scope="col" className="py-1.5 pr-4 text-right font-semibold">{t.tickets}</th>
              <th scope="col" className="py-1.5 pr-4 text-right font-semibold">{t.billable}</th>
              <th scope="col" className="py-1.5 text-right font-semibold">{t.nonBillable}</th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month} className="border-b border-gray-100 last:border-b-0">
                <th scope="row" className="py-1.5 pr-4 text-left font-normal text-gray-800">{formatMonth(`${m.month}-01`, locale)}</th>
                <td className="py-1.5 pr-4 text-right tabular-nums">{formatNumber(m.tickets, locale)}</td>
                <td className="py-1.5 pr-4 text-right tabular-nums">{formatHours(m.billableHours, locale)}</td>
                <td className="py-1.5 text-right tabular-nums">{formatHours(m.nonBillableHours, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <BarChart
        className="h-60"
        data={data}
        index="month"
        categories={[t.tickets, t.billable, t.nonBillable]}
        colors={["blue", "emerald", "gray"]}
        valueFormatter={(v: number) => formatNumber(v, locale)}
        showLegend={false}
        showAnimation={false}
        yAxisWidth={44}
      />
    </ChartCard>
  );
}
