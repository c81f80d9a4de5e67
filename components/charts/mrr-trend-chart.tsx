"use client";

import { AreaChart } from "@tremor/react";
import { explainHref } from "@/lib/explain/figures";
import { formatMonth, formatShortMonth } from "@/lib/format/date";
import { formatMoney } from "@/lib/format/number";
import { useLocale } from "../locale-provider";
import { componentMessages } from "../messages";
import { ChartCard, FigureTable } from "./chart-card";
import { chartMessages } from "./messages";
import { useOpenPoint } from "./point-links";

export interface MrrTrendChartProps {
  title: string;
  /** Month-end MRR, oldest first (db/queries/dashboard/mrr-trend.ts). */
  points: { month: string; day: string; mrr: number }[];
  currency: string;
}

/** MRR's explanation on the day a point is taken: the contracts active that day. */
const mrrHref = (p: MrrTrendChartProps["points"][number]) => explainHref("mrr", { from: `${p.month}-01`, to: p.day });

/** MRR at each month end as an area chart, with a sentence and a table carrying the same figures; each point explains itself. */
export function MrrTrendChart({ title, points, currency }: MrrTrendChartProps) {
  const locale = useLocale();
  const t = chartMessages(locale);
  const openPoint = useOpenPoint();
  const money = (v: number) => formatMoney(v, currency, locale, { digits: 0 });
  const data = points.map((p) => ({ label: formatShortMonth(p.month, locale), MRR: p.mrr, href: mrrHref(p) }));
  const first = points[0];
  const last = points.at(-1);
  const summary =
    first && last
      ? t.trendSummary(points.length, formatMonth(first.day, locale), formatMoney(first.mrr, currency, locale), formatMonth(last.day, locale), formatMoney(last.mrr, currency, locale))
      : t.noData;

  return (
    <ChartCard
      title={title}
      summary={summary}
      tableLabel={t.showTable}
      table={
        <FigureTable
          caption={title}
          head={[t.month, "MRR"]}
          rows={points.map((p) => [formatMonth(p.day, locale), formatMoney(p.mrr, currency, locale)])}
          explain={{ hrefs: points.map(mrrHref), label: componentMessages(locale).kpi.explainLabel("MRR") }}
        />
      }
      footer={points.length > 0 ? <p className="text-xs text-gray-700">{t.explainPoints}</p> : undefined}
    >
      <AreaChart
        className="h-64"
        data={data}
        index="label"
        categories={["MRR"]}
        colors={["blue"]}
        valueFormatter={money}
        yAxisWidth={84}
        showLegend={false}
        showAnimation={false}
        curveType="monotone"
        onValueChange={openPoint}
        noDataText={t.noData}
      />
    </ChartCard>
  );
}
