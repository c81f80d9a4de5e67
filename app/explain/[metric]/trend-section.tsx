import "server-only";
import { ChartCard, FigureTable } from "@/components/charts/chart-card";
import { ChartLegend } from "@/components/charts/chart-legend";
import { listGoals } from "@/db/goals/goals";
import { figureSettings } from "@/db/queries/kpi";
import { figureTrend } from "@/db/queries/kpi/trend";
import { formatAlertValue } from "@/lib/alerts/message";
import { explainedFigure, explainHref, figureUnit } from "@/lib/explain/figures";
import { formatDate, formatMonth, formatShortMonth } from "@/lib/format/date";
import type { Locale } from "@/lib/format/locale";
import { getLocale } from "@/lib/format/server-locale";
import { goalFor } from "@/lib/goals/in-force";
import { directionSign } from "@/lib/goals/mark";
import type { Period } from "@/lib/kpi/period";
import { wholeMonths } from "@/lib/kpi/trend-periods";
import { trendReading } from "@/lib/kpi/trend-reading";
import { componentMessages } from "@/components/messages";
import { pageContext } from "@/server/request-context";
import { figureLabel } from "../messages";
import { trendMessages, type TrendMessages } from "../trend-messages";
import { TrendChart } from "./trend-chart";

export interface TrendSectionProps {
  metric: string;
  subject: string | null;
  period: { from: string; to: string };
}

/** "June 2026" for a month, "Jun 1, 2026 – Jun 10, 2026" for any other range. */
function periodLabel(period: Period, locale: Locale): string {
  return wholeMonths(period) === 1 ? formatMonth(period.from, locale) : `${formatDate(period.from, locale)} – ${formatDate(period.to, locale)}`;
}

/** The chart's axis: "Jun 26" for a month, the first day ("6/1/26") for any other range. */
function shortPeriodLabel(period: Period, locale: Locale): string {
  if (wholeMonths(period) !== 1) return formatDate(period.from, locale, "short");
  return formatShortMonth(period.from, locale);
}

function readingText(values: (number | null)[], format: (v: number | null) => string, t: TrendMessages): string {
  const reading = trendReading(values);
  const current = format(values.at(-1) ?? null);
  switch (reading.kind) {
    case "no_data":
      return t.reading.noData;
    case "no_history":
      return t.reading.noHistory;
    case "at":
      return t.reading.at(current);
    default:
      return t.reading[reading.kind](current, format(reading.median));
  }
}

/**
 * The figure in P and the 11 periods of the same length before it, with its goal line (the
 * subject's own goal, else the one for everyone, benchmark defaults included; none for a figure
 * the KPI report does not hold), a reading against the median, and the values as a table. Reads
 * the request's org, role and language itself.
 */
export async function TrendSection({ metric, subject, period }: TrendSectionProps) {
  const [ctx, locale] = await Promise.all([pageContext(), getLocale()]);
  const t = trendMessages(locale);
  const { settings } = await figureSettings(ctx.db, ctx.orgId);
  const [points, goals] = await Promise.all([
    figureTrend(ctx.db, ctx.orgId, { metric, subject, period, settings, role: ctx.role }),
    listGoals(ctx.db, ctx.orgId),
  ]);
  const takesGoals = !explainedFigure(metric)?.ownValue;
  const goal = takesGoals ? goalFor(goals, metric, subject) : undefined;
  const figure = figureLabel(locale, metric);
  const unit = figureUnit(metric);
  const format = (v: number | null) => formatAlertValue(v, unit, locale, settings.currency);
  const labels = points.map((p) => periodLabel(p, locale));
  const goalName = goal ? t.goalLegend(`${directionSign(goal.direction)}\u00a0${format(goal.target)}`) : null;
  const values = points.map((p) => p.value);
  // Each earlier period opens its own explanation; the last one is this page.
  const hrefs = points.map((p, i) => (i < points.length - 1 ? explainHref(metric, p, subject) : null));
  return (
    <ChartCard
      headingId="trend-heading"
      title={t.heading}
      summary={t.summary(figure, points.length, labels[0] ?? "", labels.at(-1) ?? "", format(values.at(-1) ?? null))}
      tableLabel={t.showTable}
      table={<FigureTable caption={t.caption(figure)} head={[t.period, t.value]} rows={points.map((p, i) => [labels[i]!, format(p.value)])} explain={{ hrefs, label: componentMessages(locale).kpi.explainLabel(figure) }} />}
      footer={
        <div className="flex flex-col gap-2 text-sm text-gray-700">
          <ChartLegend items={[{ name: figure, color: "blue" }, ...(goalName ? [{ name: goalName, color: "emerald" }] : [])]} />
          <p data-trend-reading className="font-medium text-gray-900">
            {readingText(values, format, t)}
          </p>
          <p>
            {t.intro(points.length)} {t.openPeriod} {values.includes(null) ? t.gaps : null} {goal ? null : takesGoals ? t.noGoal : t.noGoals}
          </p>
        </div>
      }
    >
      <TrendChart
        points={points.map((p, i) => ({ label: shortPeriodLabel(p, locale), value: p.value, href: hrefs[i] ?? null }))}
        figure={figure}
        goal={goal && goalName ? { name: goalName, target: goal.target } : null}
        unit={unit}
        currency={settings.currency}
      />
    </ChartCard>
  );
}
