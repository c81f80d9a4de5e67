"use client";

import { BarChart } from "@tremor/react";
import { ChartCard } from "@/components/charts/chart-card";
import { ChartLegend } from "@/components/charts/chart-legend";
import { useLocale } from "@/components/locale-provider";
import type { TierCount } from "@/db/queries/services";
import { formatNumber } from "@/lib/format/number";
import { servicesMessages } from "./messages";

// The whitepaper's "Gut – Besser – Optimal" and the usual English and metal names, in rank order;
// any other tier name follows alphabetically, contracts without a tier come last.
const RANK = ["good", "gut", "bronze", "basic", "better", "besser", "silver", "standard", "best", "optimal", "gold", "premium"];
const rank = (tier: string) => {
  const i = RANK.indexOf(tier.toLowerCase());
  return i === -1 ? RANK.length : i;
};
const PALETTE = ["sky", "blue", "indigo", "violet", "cyan", "teal"];

export function TierChart({ tiers }: { tiers: TierCount[] }) {
  const locale = useLocale();
  const t = servicesMessages(locale).tiers;
  const named = [...new Set(tiers.flatMap((c) => (c.tier === null ? [] : [c.tier])))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const categories = tiers.some((c) => c.tier === null) ? [...named, t.noTier] : named;
  const services = [...new Set(tiers.map((c) => c.service))];
  const data = services.map((service) => {
    const row: Record<string, string | number> = { service };
    for (const category of categories) row[category] = 0;
    for (const c of tiers.filter((x) => x.service === service)) row[c.tier ?? t.noTier] = (Number(row[c.tier ?? t.noTier]) || 0) + c.contracts;
    return row;
  });
  const totals = categories.map((category) => [category, data.reduce((n, row) => n + Number(row[category] ?? 0), 0)] as const);
  const colors = categories.map((category, i) => (category === t.noTier ? "gray" : (PALETTE[i % PALETTE.length] ?? "blue")));

  if (named.length === 0) {
    return (
      <section aria-labelledby="tiers-heading" className="rounded-tremor-default border border-gray-200 bg-white p-5 shadow-tremor-card">
        <h2 id="tiers-heading" className="text-base font-semibold text-gray-900">{t.heading}</h2>
        <p className="mt-2 text-sm text-gray-700">{t.none}</p>
      </section>
    );
  }
  return (
    <ChartCard
      title={t.heading}
      summary={t.summary(totals.map(([c, n]) => `${c} ${formatNumber(n, locale)}`).join(", "))}
      tableLabel={t.showTable}
      footer={
        <>
          <ChartLegend items={categories.map((name, i) => ({ name, color: colors[i] ?? "gray" }))} />
          <p className="text-xs text-gray-600">{t.hint}</p>
        </>
      }
      table={
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{t.heading}</caption>
          <thead>
            <tr className="border-b border-gray-200 text-gray-700">
              <th scope="col" className="py-1.5 pr-4 text-left font-semibold">{t.service}</th>
              {categories.map((c) => (
                <th key={c} scope="col" className="py-1.5 pr-4 text-right font-semibold">{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.map((row) => (
              <tr key={String(row.service)} className="border-b border-gray-100 last:border-b-0">
                <th scope="row" className="py-1.5 pr-4 text-left font-normal text-gray-800">{row.service}</th>
                {categories.map((c) => (
                  <td key={c} className="py-1.5 pr-4 text-right tabular-nums">{formatNumber(Number(row[c] ?? 0), locale)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {/* Horizontal bars: service names are long and read best on the y axis. */}
      <BarChart
        style={{ height: `${Math.max(12, services.length * 3 + 4)}rem` }}
        layout="vertical"
        data={data}
        index="service"
        categories={categories}
        colors={colors}
        stack
        allowDecimals={false}
        showLegend={false}
        valueFormatter={(v: number) => formatNumber(v, locale)}
        showAnimation={false}
        yAxisWidth={180}
      />
    </ChartCard>
  );
}
