"use client";

import { BarChart } from "@tremor/react";
import { ChartLegend } from "@/components/charts/chart-legend";
import { ChartCard } from "@/components/charts/chart-card";
import { chartMessages } from "@/components/charts/messages";
import { useOpenPoint } from "@/components/charts/point-links";
import { ExplainLink } from "@/components/explain-link";
import { useLocale } from "@/components/locale-provider";
import { componentMessages } from "@/components/messages";
import { formatMonth } from "@/lib/format/date";
import { formatHours, formatNumber } from "@/lib/format/number";
import { qbrMessages } from "@/lib/qbr/messages";
import type { QbrMonth } from "@/lib/qbr/types";
import { qbrPageMessages } from "./messages";

/** Per month, the explanation views of the client's tickets created and billed hours over its days of the period. */
export interface MonthHrefs {
  tickets: string;
  billable: string;
}

/**
 * Tickets and hours per calendar month of the period, with the table behind the chart. A month's
 * tickets and billable hours (bar or cell) open their explanation; non-billable hours are no figure.
 */
export function MonthsChart({ months, explainHrefs }: { months: QbrMonth[]; explainHrefs: MonthHrefs[] }) {
  const locale = useLocale();
  const t = qbrMessages(locale);
  const p = qbrPageMessages(locale);
  const openPoint = useOpenPoint();
  const label = componentMessages(locale).kpi.explainLabel;
  const linked = (href: string | undefined, header: string, text: string) =>
    href ? (
      <ExplainLink href={href} label={label(header)}>
        {text}
      </ExplainLink>
    ) : (
      text
    );
  const tickets = months.reduce((n, m) => n + m.tickets, 0);
  const billable = months.reduce((n, m) => n + m.billableHours, 0);
  const data = months.map((m, i) => ({
    month: formatMonth(`${m.month}-01`, locale),
    hrefs: { [t.tickets]: explainHrefs[i]?.tickets, [t.billable]: explainHrefs[i]?.billable },
    [t.tickets]: m.tickets,
    [t.billable]: m.billableHours,
    [t.nonBillable]: m.nonBillableHours,
  }));
  return (
    <ChartCard
      title={t.activity}
      summary={p.chartSummary(tickets, formatHours(billable, locale))}
      tableLabel={p.showTable}
      footer={
        <>
          <ChartLegend items={[{ name: t.tickets, color: "blue" }, { name: t.billable, color: "emerald" }, { name: t.nonBillable, color: "gray" }]} />
          <p className="text-xs text-gray-700">{chartMessages(locale).explainPoints}</p>
        </>
      }
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
            {months.map((m, i) => (
              <tr key={m.month} className="border-b border-gray-100 last:border-b-0">
                <th scope="row" className="py-1.5 pr-4 text-left font-normal text-gray-800">{formatMonth(`${m.month}-01`, locale)}</th>
                <td className="py-1.5 pr-4 text-right tabular-nums">{linked(explainHrefs[i]?.tickets, t.tickets, formatNumber(m.tickets, locale))}</td>
                <td className="py-1.5 pr-4 text-right tabular-nums">{linked(explainHrefs[i]?.billable, t.billable, formatHours(m.billableHours, locale))}</td>
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
        onValueChange={openPoint}
      />
    </ChartCard>
  );
}
