"use client";

import { BarChart } from "@tremor/react";
import { ChartCard, FigureTable } from "@/components/charts/chart-card";
import { ChartLegend } from "@/components/charts/chart-legend";
import { chartMessages } from "@/components/charts/messages";
import { useOpenPoint } from "@/components/charts/point-links";
import { useLocale } from "@/components/locale-provider";
import { componentMessages } from "@/components/messages";
import { explainHref } from "@/lib/explain/figures";
import { formatNumber, formatPercent } from "@/lib/format/number";
import type { Period } from "@/lib/kpi/period";
import type { PatchStatusReport } from "@/lib/patch-report";
import { patchMessages } from "./messages";

const WORST = 10;

const STATUS_COLORS = ["emerald", "amber", "gray"] as const;

/**
 * All devices by patch status (one stacked bar: plain boxes, which need no SVG alternative text),
 * and the clients with the lowest share up to date (bars). A client's share is its patched figure
 * on the period's last day, so each bar opens that figure's explanation: its devices and their status.
 */
export function PatchCharts({ report, period }: { report: PatchStatusReport; period: Period }) {
  const locale = useLocale();
  const t = patchMessages(locale);
  const openPoint = useOpenPoint();
  const o = report.overall;
  const slices = [
    { name: t.status.upToDate, value: o.upToDate },
    { name: t.status.notUpToDate, value: o.notUpToDate },
    { name: t.status.noStatus, value: o.noStatus },
  ];
  const total = slices.reduce((sum, slice) => sum + slice.value, 0);
  const worst = report.clients.slice(0, WORST);
  const hrefs = worst.map((c) => (c.upToDateShare === null ? null : explainHref("client.patched", period, c.client)));
  const bars = worst.map((c, i) => ({ client: c.client, href: hrefs[i], [t.share]: Math.round((c.upToDateShare ?? 0) * 1000) / 10 }));
  const first = worst[0];
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <ChartCard
        title={t.statusChart}
        summary={t.statusSummary(o.upToDate, formatPercent(o.upToDateShare, locale, { digits: 1 }))}
        tableLabel={t.showTable}
        table={<FigureTable caption={t.statusChart} head={[t.label, t.devices]} rows={slices.map((s) => [s.name, formatNumber(s.value, locale)])} />}
        footer={<ChartLegend items={slices.map((slice, i) => ({ name: slice.name, color: STATUS_COLORS[i]! }))} />}
      >
        <p className="text-3xl font-semibold tabular-nums text-gray-900">{formatPercent(o.upToDateShare, locale, { digits: 0 })}</p>
        <div data-testid="patch-status-bar" className="mt-3 flex h-5 w-full overflow-hidden rounded-full bg-gray-100">
          {slices.map((slice, i) => (
            <div key={slice.name} className={`bg-${STATUS_COLORS[i]}-500`} style={{ width: `${total > 0 ? (slice.value / total) * 100 : 0}%` }} />
          ))}
        </div>
      </ChartCard>
      <div className="lg:col-span-2">
        <ChartCard
          title={t.clientChart}
          summary={t.clientSummary(first ? `${first.client} ${formatPercent(first.upToDateShare, locale, { digits: 1 })}` : null)}
          tableLabel={t.showTable}
          footer={worst.length > 0 ? <p className="text-xs text-gray-700">{chartMessages(locale).explainPoints}</p> : undefined}
          table={
            <FigureTable
              caption={t.clientChart}
              head={[t.col.client, t.share]}
              rows={worst.map((c) => [c.client, formatPercent(c.upToDateShare, locale, { digits: 1 })])}
              explain={{ hrefs, label: componentMessages(locale).kpi.explainLabel(t.share) }}
            />
          }
        >
          <BarChart
            className="h-96"
            data={bars}
            index="client"
            categories={[t.share]}
            colors={["blue"]}
            layout="vertical"
            maxValue={100}
            valueFormatter={(v: number) => `${formatNumber(v, locale, { digits: 1 })}\u00a0%`}
            showLegend={false}
            showAnimation={false}
            yAxisWidth={180}
            onValueChange={openPoint}
          />
        </ChartCard>
      </div>
    </div>
  );
}
