"use client";

import { LineChart } from "@tremor/react";
import { ChartCard } from "@/components/charts/chart-card";
import { ChartLegend } from "@/components/charts/chart-legend";
import { useLocale } from "@/components/locale-provider";
import { SECTION_IDS } from "@/lib/assessment/statements";
import { formatNumber } from "@/lib/format/number";
import { assessmentMessages } from "./messages";
import type { HistoryPoint } from "./history-types";
import { assessmentWording } from "./wording";

/** Section and overall averages of every saved assessment, as lines over time, with a table alternative. */
export function HistoryChart({ points }: { points: HistoryPoint[] }) {
  const locale = useLocale();
  const t = assessmentMessages(locale);
  const wording = assessmentWording(locale);
  const score = (v: number) => formatNumber(v, locale, { digits: 2 });
  const categories = [...SECTION_IDS.map((s) => wording.sections[s]), t.overall];
  const colors = ["blue", "violet", "amber", "emerald", "gray"];
  const data = points.map((p) => ({
    label: p.label,
    ...Object.fromEntries(SECTION_IDS.map((s) => [wording.sections[s], p.sections[s]])),
    [t.overall]: p.overall,
  }));
  const first = points[0];
  const last = points.at(-1);
  const summary = first && last ? t.historySummary(points.length, first.label, last.label, score(first.overall), score(last.overall)) : t.historyEmptyTitle;
  return (
    <ChartCard
      title={t.history}
      summary={summary}
      tableLabel={t.showTable}
      footer={<ChartLegend items={categories.map((name, i) => ({ name, color: colors[i]! }))} />}
      table={
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{t.history}</caption>
          <thead>
            <tr className="border-b border-gray-200 text-gray-700">
              <th scope="col" className="py-1.5 pr-4 text-left font-semibold">
                {t.col.takenAt}
              </th>
              {categories.map((c) => (
                <th key={c} scope="col" className="py-1.5 pl-3 text-right font-semibold">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.id} className="border-b border-gray-100 last:border-b-0">
                <th scope="row" className="py-1.5 pr-4 text-left font-normal text-gray-800">
                  {p.label}
                </th>
                {[...SECTION_IDS.map((s) => p.sections[s]), p.overall].map((v, i) => (
                  <td key={categories[i]} className="py-1.5 pl-3 text-right tabular-nums text-gray-900">
                    {score(v)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <LineChart
        className="h-72"
        data={data}
        index="label"
        categories={categories}
        colors={colors}
        valueFormatter={score}
        minValue={1}
        maxValue={5}
        yAxisWidth={40}
        showAnimation={false}
        connectNulls
        showLegend={false}
      />
    </ChartCard>
  );
}
