"use client";

import { LineChart } from "@tremor/react";
import { useLocale } from "@/components/locale-provider";
import type { AlertUnit } from "@/lib/alerts/kpis";
import { formatAlertValue } from "@/lib/alerts/message";
import { useOpenPoint } from "@/components/charts/point-links";

export interface TrendChartProps {
  /** Oldest first; a null value is a period without data, drawn as a gap. */
  points: { label: string; value: number | null; href: string | null }[];
  /** The figure's name: the line's name. */
  figure: string;
  /** The goal's line, drawn level across every period. */
  goal: { name: string; target: number } | null;
  unit: AlertUnit;
  currency: string;
}

/** One figure over the periods of its trend as a line, with its goal as a second, level line. */
export function TrendChart({ points, figure, goal, unit, currency }: TrendChartProps) {
  const locale = useLocale();
  const openPoint = useOpenPoint();
  const data = points.map((p) => ({ label: p.label, href: p.href, [figure]: p.value, ...(goal && { [goal.name]: goal.target }) }));
  return (
    <LineChart
      className="h-64"
      data={data}
      index="label"
      categories={goal ? [figure, goal.name] : [figure]}
      colors={["blue", "emerald"]}
      valueFormatter={(v: number) => formatAlertValue(v, unit, locale, currency)}
      yAxisWidth={84}
      showLegend={false}
      showAnimation={false}
      connectNulls={false}
      // A count's axis ticks whole numbers (1, 2, 3), not 0.25 steps printed as "0, 0, 1, 1".
      allowDecimals={unit !== "count"}
      onValueChange={openPoint}
    />
  );
}
