"use client";

import { ScatterChart } from "@tremor/react";
import { useEffect, useRef } from "react";
import { ChartCard } from "@/components/charts/chart-card";
import { ChartLegend } from "@/components/charts/chart-legend";
import { useLocale } from "@/components/locale-provider";
import { formatMoney } from "@/lib/format/number";
import { MARGIN_BANDS } from "@/lib/profitability/margin-band";
import { MARGIN_TONE } from "./band-badge";
import { profitabilityMessages } from "./messages";
import type { ProfitabilityRow } from "./rows";

/** MRR (x) against effective hourly rate (y) per client, coloured by margin band: costly small clients sit low on the left. */
export function RateChart({ rows, currency }: { rows: ProfitabilityRow[]; currency: string }) {
  const locale = useLocale();
  const t = profitabilityMessages(locale);
  const c = t.chart;
  const points = rows
    .flatMap((r) => (r.effective_hourly_rate === null || r.mrr <= 0 ? [] : [{ ...r, rate: r.effective_hourly_rate, bandName: t.bands[r.band ?? "none"] }]))
    .sort((a, b) => a.rate - b.rate);
  const bands = [...MARGIN_BANDS, "none" as const].filter((band) => points.some((p) => (p.band ?? "none") === band));
  const money = (v: number) => formatMoney(v, currency, locale, { digits: 0 });
  const lowest = points[0];
  const chart = useRef<HTMLDivElement>(null);
  // Recharts gives every dot role="img" without a name (axe: svg-img-alt). The card names the chart
  // as one image and its table lists every dot, so the dots are decoration.
  // Recharts draws them after measuring the container, so the dots are caught as they appear.
  useEffect(() => {
    const root = chart.current;
    if (!root) return;
    const strip = () => root.querySelectorAll(".recharts-scatter-symbol[role='img']").forEach((dot) => dot.removeAttribute("role"));
    strip();
    const observer = new MutationObserver(strip);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  if (!lowest) {
    return (
      <section aria-labelledby="rate-chart-heading" className="rounded-tremor-default border border-gray-200 bg-white p-5 shadow-tremor-card">
        <h2 id="rate-chart-heading" className="text-base font-semibold text-gray-900">{c.heading}</h2>
        <p className="mt-2 text-sm text-gray-700">{c.none}</p>
      </section>
    );
  }
  return (
    <ChartCard
      title={c.heading}
      summary={c.summary(points.length, `${lowest.name} ${formatMoney(lowest.rate, currency, locale)}`)}
      tableLabel={c.showTable}
      footer={
        <>
          <ChartLegend items={bands.map((band) => ({ name: t.bands[band], color: MARGIN_TONE[band] }))} />
          <p className="text-xs text-gray-600">{c.hint}</p>
        </>
      }
      table={
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{c.heading}</caption>
          <thead>
            <tr className="border-b border-gray-200 text-gray-700">
              <th scope="col" className="py-1.5 pr-4 text-left font-semibold">{c.client}</th>
              <th scope="col" className="py-1.5 pr-4 text-right font-semibold">{c.mrr}</th>
              <th scope="col" className="py-1.5 pr-4 text-right font-semibold">{c.rate}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.name} className="border-b border-gray-100 last:border-b-0">
                <th scope="row" className="py-1.5 pr-4 text-left font-normal text-gray-800">{p.name}</th>
                <td className="py-1.5 pr-4 text-right tabular-nums">{formatMoney(p.mrr, currency, locale)}</td>
                <td className="py-1.5 pr-4 text-right tabular-nums">{formatMoney(p.rate, currency, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <ScatterChart
        ref={chart}
        className="h-72"
        data={points}
        x="mrr"
        y="rate"
        category="bandName"
        // Tremor colours the categories in the order they first appear in the data.
        colors={[...new Set(points.map((p) => MARGIN_TONE[p.band ?? "none"]))]}
        valueFormatter={{ x: money, y: money }}
        xAxisLabel={c.mrr}
        yAxisLabel={c.rate}
        yAxisWidth={72}
        showLegend={false}
        showOpacity={false}
        showAnimation={false}
      />
    </ChartCard>
  );
}
