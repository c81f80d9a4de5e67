"use client";

import { BadgeDelta, Card, Metric, Text } from "@tremor/react";
import { Link } from "@/components/link";
import type { Trend } from "@/lib/format/number";
import type { GoalMark } from "@/lib/goals/mark";
import { GoalBadge } from "./goal-badge";
import { useLocale } from "./locale-provider";
import { componentMessages } from "./messages";

export interface KpiCardProps {
  title: string;
  /** Already formatted, e.g. formatMoney(…) or "—". */
  value: string;
  /** Already formatted value of the previous period; null/undefined shows "No previous period". */
  previous?: string | null;
  /** Already formatted change, e.g. formatDelta(0.042, locale) → "+4.2 %". No badge when absent. */
  delta?: string | null;
  /** Arrow direction; defaults to the sign at the start of `delta`. */
  trend?: Trend | null;
  /** Colour: true green (good), false red (bad), null/undefined grey (neutral or unknown). */
  good?: boolean | null;
  /** One short line under the value, e.g. what the KPI means. */
  description?: string;
  /** The figure's goal and whether this period's value meets it. */
  goal?: GoalMark | null;
  /** The figure's explanation view (/explain/…) for the card's period, when it has one. */
  explainHref?: string | null;
}

function trendFromText(delta: string): Trend {
  if (/^\+/.test(delta)) return "up";
  if (/^[-−]/.test(delta)) return "down";
  return "flat";
}

const deltaTypes = { up: "increase", down: "decrease", flat: "unchanged" } as const;

// Tremor colours the badge by direction (and its emerald-600 text is below 4.5:1 contrast);
// we colour by whether the change is good, with 700 shades that pass WCAG AA.
const tones = {
  good: "bg-emerald-100 text-emerald-800 ring-emerald-600",
  bad: "bg-red-100 text-red-800 ring-red-600",
  neutral: "bg-gray-100 text-gray-700 ring-gray-500",
};

export function KpiCard({ title, value, previous, delta, trend, good, description, goal, explainHref }: KpiCardProps) {
  const t = componentMessages(useLocale());
  const direction = trend ?? (delta ? trendFromText(delta) : "flat");
  const tone = good === true ? tones.good : good === false ? tones.bad : tones.neutral;

  return (
    <Card className="flex flex-col gap-2 p-5">
      <div className="flex items-start justify-between gap-3">
        <h3 className="text-sm font-medium text-gray-600">{title}</h3>
        {delta ? (
          <BadgeDelta deltaType={deltaTypes[direction]} size="xs" className={`bg-opacity-100 ring-opacity-20 ${tone}`}>
            {delta}
          </BadgeDelta>
        ) : null}
      </div>
      <Metric className="tabular-nums text-gray-900">{value}</Metric>
      {goal ? <GoalBadge mark={goal} /> : null}
      <Text className="text-gray-600">{previous ? t.kpi.previous(previous) : t.kpi.noPrevious}</Text>
      {description ? <Text className="text-xs text-gray-600">{description}</Text> : null}
      {explainHref ? (
        <Link href={explainHref} prefetch={false} className="mt-auto text-xs font-medium text-blue-800 hover:underline" data-explain>
          {t.kpi.explain}
          {/* The visible words start the link's name (WCAG 2.5.3); the figure tells the cards' links apart. */}
          <span className="sr-only"> ({title})</span>
        </Link>
      ) : null}
    </Card>
  );
}
