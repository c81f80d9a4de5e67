"use client";

import { BarChart, type CustomTooltipProps } from "@tremor/react";
import { Link } from "@/components/link";
import { useMemo, type ComponentType } from "react";
import { formatDelta, formatMoney } from "@/lib/format/number";
import { useLocale } from "../locale-provider";
import { ChartCard, FigureTable } from "./chart-card";
import { chartMessages } from "./messages";
import { waterfallAxisStart, waterfallRows, type WaterfallRow, type WaterfallStep } from "./waterfall";

export interface MrrBridgeChartProps {
  title: string;
  /** Start total, the signed changes, end total — in the order they are drawn, labels already translated. */
  steps: WaterfallStep[];
  currency: string;
}

// Tremor builds colour classes at run time: "fill-transparent" for the invisible base bars must
// appear in a scanned file for Tailwind to generate it (the safelist covers shaded colours only).
const COLORS = ["transparent", "emerald", "rose", "blue"];
const CATEGORIES = ["base", "up", "down", "total"] as const;

function bridgeTooltip(format: (row: WaterfallRow) => string): ComponentType<CustomTooltipProps> {
  return function BridgeTooltip({ active, payload }: CustomTooltipProps) {
    const row = payload?.[0]?.payload as WaterfallRow | undefined;
    if (!active || !row) return null;
    return (
      <div className="rounded-tremor-default border border-gray-200 bg-white px-3 py-2 text-sm shadow-tremor-dropdown">
        <p className="font-medium text-gray-900">{row.label}</p>
        <p className="tabular-nums text-gray-700">{format(row)}</p>
      </div>
    );
  };
}

/** The MRR bridge (start → changes → end) as a horizontal waterfall, with a table alternative. */
export function MrrBridgeChart({ title, steps, currency }: MrrBridgeChartProps) {
  const locale = useLocale();
  const t = chartMessages(locale);
  const axisStart = waterfallAxisStart(steps);
  const rows = waterfallRows(steps, axisStart);
  const signed = (row: WaterfallRow) =>
    row.kind === "total" ? formatMoney(row.value, currency, locale) : formatDelta(row.value, locale, { kind: "money", currency });
  const start = steps[0];
  const end = steps.at(-1);
  const summary =
    start && end
      ? t.bridgeSummary(
          formatMoney(start.value, currency, locale),
          formatMoney(end.value, currency, locale),
          formatDelta(Math.round((end.value - start.value) * 100) / 100, locale, { kind: "money", currency }),
        )
      : t.noData;

  // One component per currency and locale, not per render, so recharts does not remount the tooltip.
  const Tooltip = useMemo(
    () =>
      bridgeTooltip((row) =>
        row.kind === "total" ? formatMoney(row.value, currency, locale) : formatDelta(row.value, locale, { kind: "money", currency }),
      ),
    [currency, locale],
  );

  const legend = [
    { label: t.increase, swatch: "bg-emerald-500" },
    { label: t.decrease, swatch: "bg-rose-500" },
    { label: t.total, swatch: "bg-blue-500" },
  ];

  return (
    <ChartCard
      title={title}
      summary={summary}
      tableLabel={t.showTable}
      table={<FigureTable caption={title} head={[t.step, t.amount]} rows={rows.map((r) => [r.label, signed(r)])} />}
      footer={
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 text-xs text-gray-700">
          <ul className="flex flex-wrap gap-4" aria-hidden="true">
            {legend.map((l) => (
              <li key={l.label} className="flex items-center gap-1.5">
                <span className={`h-2.5 w-2.5 rounded-sm ${l.swatch}`} />
                {l.label}
              </li>
            ))}
          </ul>
          {axisStart > 0 ? <p>{t.axisStart(formatMoney(axisStart, currency, locale, { digits: 0 }))}</p> : null}
          {steps.some((s) => s.href) ? (
            <p className="flex basis-full flex-wrap gap-x-3 gap-y-1">
              {t.explainBars}
              {steps.map((s) =>
                s.href ? (
                  <Link key={s.label} href={s.href} prefetch={false} data-explain className="font-medium text-blue-800 underline decoration-dotted underline-offset-2 hover:decoration-solid">
                    {s.label}
                  </Link>
                ) : null,
              )}
            </p>
          ) : null}
        </div>
      }
    >
      <BarChart
        className="h-64"
        data={rows}
        index="label"
        categories={[...CATEGORIES]}
        colors={COLORS}
        layout="vertical"
        stack
        // Rows are measured from axisStart; the ticks show the real amounts.
        valueFormatter={(v) => formatMoney(v + axisStart, currency, locale, { digits: 0 })}
        yAxisWidth={104}
        showLegend={false}
        showAnimation={false}
        customTooltip={Tooltip}
        noDataText={t.noData}
      />
    </ChartCard>
  );
}
