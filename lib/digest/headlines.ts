import { difference, judgeChange } from "@/lib/format/change";
import type { Locale } from "@/lib/format/locale";
import { formatDelta, formatMoney, formatNumber, formatPercent, relativeChange } from "@/lib/format/number";
import type { KpiReport } from "@/lib/kpi/report-schema";
import { digestMessages } from "./messages";

// The digest's headline figures: this week's value, the week before's, the change, and whether the
// change is good, by the dashboard's rules (green good, red bad, grey neither or unknown).

export interface Headline {
  id: string;
  label: string;
  value: string;
  previous: string;
  change: string | null;
  good: boolean | null;
}

export interface HeadlineContext {
  locale: Locale;
  currency: string;
  /** The balanced workload band, as fractions. */
  workloadLower: number;
  workloadUpper: number;
}

type Direction = "up" | "down" | "neutral" | "band";
type Style = "money" | "percent" | "points" | "number" | "minutes";

const outside = (v: number, lower: number, upper: number) => (v < lower ? lower - v : v > upper ? v - upper : 0);

function isGood(now: number | null, before: number | null, direction: Direction, ctx: HeadlineContext): boolean | null {
  if (direction === "neutral") return null;
  if (direction === "band") {
    if (now === null || before === null) return null;
    return judgeChange(difference(outside(before, ctx.workloadLower, ctx.workloadUpper), outside(now, ctx.workloadLower, ctx.workloadUpper)), true);
  }
  return judgeChange(difference(now, before), direction === "up");
}

function changeText(now: number | null, before: number | null, style: Style, ctx: HeadlineContext): string | null {
  const diff = difference(now, before);
  if (diff === null) return null;
  switch (style) {
    case "percent": {
      const relative = relativeChange(now, before);
      return relative === null ? null : formatDelta(relative, ctx.locale);
    }
    case "money":
      return formatDelta(diff, ctx.locale, { kind: "money", currency: ctx.currency });
    case "points":
      return formatDelta(diff, ctx.locale, { kind: "points" });
    case "number":
      return formatDelta(diff, ctx.locale, { kind: "number", digits: 2 });
    case "minutes":
      return `${formatDelta(diff, ctx.locale, { kind: "number", digits: 0 })}\u00a0min`;
  }
}

/** The figures a report holds for the reader's role: gross profit and margin only when it has a profitability section. */
export function digestHeadlines(report: KpiReport, ctx: HeadlineContext): Headline[] {
  const m = digestMessages(ctx.locale).figures;
  const { locale, currency } = ctx;
  const money = (v: number | null) => formatMoney(v, currency, locale);
  const share = (v: number | null) => formatPercent(v, locale);
  const count = (v: number | null) => formatNumber(v, locale, { digits: 0 });
  const minutes = (v: number | null) => (v === null ? formatNumber(null, locale) : `${formatNumber(v, locale, { digits: 0 })}\u00a0min`);
  const decimal = (v: number | null) => formatNumber(v, locale, { digits: 2 });
  const p = report.previous;
  const rows: [id: keyof typeof m, now: number | null, before: number | null, format: (v: number | null) => string, style: Style, direction: Direction][] = [
    ["mrr", report.revenue.mrr, p.revenue.mrr, money, "percent", "up"],
    ["netNewMrr", report.revenue.net_new_mrr, p.revenue.net_new_mrr, money, "money", "up"],
    ["churnedMrr", report.revenue.churned_mrr, p.revenue.churned_mrr, money, "money", "down"],
    ["ticketsCreated", report.tickets.tickets_created, p.tickets.tickets_created, count, "percent", "neutral"],
    ["firstResponse", report.tickets.first_response_minutes, p.tickets.first_response_minutes, minutes, "minutes", "down"],
    ["slaMet", report.tickets.sla_met, p.tickets.sla_met, share, "points", "up"],
    ["csat", report.tickets.csat, p.tickets.csat, decimal, "number", "up"],
    ["teamUtilization", report.technicians.team_utilization, p.technicians.team_utilization, share, "points", "band"],
  ];
  if (report.profitability && p.profitability) {
    rows.push(
      ["grossProfit", report.profitability.gross_profit, p.profitability.gross_profit, money, "money", "up"],
      ["grossMargin", report.profitability.gross_margin, p.profitability.gross_margin, share, "points", "up"],
    );
  }
  return rows.map(([id, now, before, format, style, direction]) => ({
    id,
    label: m[id],
    value: format(now),
    previous: format(before),
    change: changeText(now, before, style, ctx),
    good: isGood(now, before, direction, ctx),
  }));
}
