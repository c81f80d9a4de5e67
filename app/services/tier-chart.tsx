"use client";

import { BarChart } from "@tremor/react";
import { ChartCard } from "@/components/charts/chart-card";
import { ChartLegend } from "@/components/charts/chart-legend";
import { chartMessages } from "@/components/charts/messages";
import { useOpenPoint } from "@/components/charts/point-links";
import { ExplainLink } from "@/components/explain-link";
import { useLocale } from "@/components/locale-provider";
import type { TierCount } from "@/db/queries/services";
import { explainHref } from "@/lib/explain/figures";
import { formatNumber } from "@/lib/format/number";
import type { Period } from "@/lib/kpi/period";
import { servicesMessages } from "./messages";

// The whitepaper's "Gut – Besser – Optimal" and the usual English and metal names, in rank order;
// any other tier name follows alphabetically, contracts without a tier come last.
const RANK = ["good", "gut", "bronze", "basic", "better", "besser", "silver", "standard", "best", "optimal", "gold", "premium"];
const rank = (tier: string) => {
  const i = RANK.indexOf(tier.toLowerCase());
  return i === -1 ? RANK.length : i;
};
const PALETTE = ["sky", "blue", "indigo", "violet", "cyan", "teal"];

/**
 * Contracts active at the period's end per service and tier, stacked. A named tier's segment (and
 * its cell in the table) opens the service's MRR explanation with its contracts of that tier: the
 * contracts it counts, with what each adds to the MRR.
 */
export function TierChart({ tiers, period }: { tiers: TierCount[]; period: Period }) {
  const locale = useLocale();
  const t = servicesMessages(locale).tiers;
  const openPoint = useOpenPoint();
  const named = [...new Set(tiers.flatMap((c) => (c.tier === null ? [] : [c.tier])))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const categories = tiers.some((c) => c.tier === null) ? [...named, t.noTier] : named;
  const services = [...new Set(tiers.map((c) => c.service))];
  const hrefsOf = (service: string): Record<string, string> =>
    Object.fromEntries(tiers.filter((c) => c.service === service && c.tier !== null).map((c) => [c.tier, explainHref("service.mrr", period, service, { extra: c.tier! })]));
  const data = services.map((service) => {
    const row: Record<string, string | number | Record<string, string>> = { service, hrefs: hrefsOf(service) };
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
          <p className="text-xs text-gray-600">
            {t.hint} {chartMessages(locale).explainPoints}
          </p>
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
                <th scope="row" className="py-1.5 pr-4 text-left font-normal text-gray-800">{String(row.service)}</th>
                {categories.map((c) => {
                  const count = formatNumber(Number(row[c] ?? 0), locale);
                  const href = (row.hrefs as Record<string, string>)[c];
                  return (
                    <td key={c} className="py-1.5 pr-4 text-right tabular-nums">
                      {href ? (
                        <ExplainLink href={href} label={t.openContracts(c, String(row.service))}>
                          {count}
                        </ExplainLink>
                      ) : (
                        count
                      )}
                    </td>
                  );
                })}
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
        onValueChange={openPoint}
      />
    </ChartCard>
  );
}
