import type { KpiCardProps } from "@/components/kpi-card";
import type { WaterfallStep } from "@/components/charts/waterfall";
import { explainedFigure, explainHref } from "@/lib/explain/figures";
import { formatDate } from "@/lib/format/date";
import type { Locale } from "@/lib/format/locale";
import { formatDelta, formatMoney, formatNumber, formatPercent, relativeChange, trendOf } from "@/lib/format/number";
import type { Goal } from "@/lib/goals/goal-schema";
import { goalFor } from "@/lib/goals/in-force";
import { goalMark } from "@/lib/goals/mark";
import { goalValue } from "@/lib/goals/metrics";
import type { OverviewReport } from "@/db/queries/dashboard/overview";
import { overviewMessages } from "./messages";

// Turns the KPI report into the overview's cards: value, previous value, change, and whether the
// change is good for the business. Pure, so the colour rules are tested without a browser.

export interface OverviewCard extends KpiCardProps {
  id: string;
}

export interface CardContext {
  locale: Locale;
  currency: string;
  /** Workload band from the settings, as fractions (0.5, 0.9). */
  workloadLower: number;
  workloadUpper: number;
  /** The org's goals in force: a card whose figure has one shows its target and status. */
  goals?: readonly Goal[];
}

/** Which way is good: "up" (revenue), "down" (churn), or neither (ticket volume). */
export type GoodDirection = "up" | "down" | "neutral";

const cents = (n: number) => Math.round(n * 100) / 100;
// −0 would print as "−€0.00".
const negate = (n: number) => (n === 0 ? 0 : -n);

/** true/false when the change is good/bad; null when there is no change, no data, or no better way. */
export function changeIsGood(current: number | null, previous: number | null, direction: GoodDirection): boolean | null {
  if (current === null || previous === null || direction === "neutral") return null;
  const diff = current - previous;
  if (Math.abs(diff) < 1e-9) return null;
  return direction === "up" ? diff > 0 : diff < 0;
}

/** How far a utilization lies outside the balanced band [lower, upper]; 0 inside it. */
function distanceFromBand(value: number, lower: number, upper: number): number {
  return value < lower ? lower - value : value > upper ? value - upper : 0;
}

/** Good when utilization moves towards (or into) the balanced band, bad when it moves away. */
export function utilizationChangeIsGood(current: number | null, previous: number | null, lower: number, upper: number): boolean | null {
  if (current === null || previous === null) return null;
  const before = distanceFromBand(previous, lower, upper);
  const after = distanceFromBand(current, lower, upper);
  if (Math.abs(after - before) < 1e-9) return null;
  return after < before;
}

/** How the change is shown: relative (+4.2 %), in money (+€300.00), in percentage points, or as a number. */
type DeltaStyle = "percent" | "money" | "points" | "number" | "minutes";

interface CardSpec {
  id: string;
  title: string;
  current: number | null;
  previous: number | null;
  format: (value: number | null) => string;
  delta: DeltaStyle;
  good: boolean | null;
  description?: string;
  /** The figure's key among the goal metrics (lib/goals/metrics.ts), when it can have a goal. */
  metric?: string;
  /** The figure whose explanation the card links to, when it is not `metric`. */
  explains?: string;
}

function change(current: number | null, previous: number | null, style: DeltaStyle, ctx: CardContext) {
  if (current === null || previous === null) return { delta: null, trend: null };
  const diff = style === "money" ? cents(current - previous) : current - previous;
  const trend = trendOf(diff);
  switch (style) {
    case "percent": {
      const relative = relativeChange(current, previous);
      return { delta: relative === null ? null : formatDelta(relative, ctx.locale), trend };
    }
    case "money":
      return { delta: formatDelta(diff, ctx.locale, { kind: "money", currency: ctx.currency }), trend };
    case "points":
      return { delta: formatDelta(diff, ctx.locale, { kind: "points" }), trend };
    case "number":
      return { delta: formatDelta(diff, ctx.locale, { kind: "number", digits: 2 }), trend };
    case "minutes":
      return { delta: `${formatDelta(diff, ctx.locale, { kind: "number", digits: 0 })}\u00a0min`, trend };
  }
}

export function overviewCards(report: OverviewReport, ctx: CardContext): { revenue: OverviewCard[]; delivery: OverviewCard[] } {
  const m = overviewMessages(ctx.locale);
  const { locale, currency } = ctx;
  const rev = report.revenue;
  const prevRev = report.previous.revenue;
  const tech = report.technicians;
  const prevTech = report.previous.technicians;
  const tix = report.tickets;
  const prevTix = report.previous.tickets;

  const money = (v: number | null) => formatMoney(v, currency, locale);
  const wholeMoney = (v: number | null) => formatMoney(v, currency, locale, { digits: 0 });
  const percent = (v: number | null) => formatPercent(v, locale);
  const minutes = (v: number | null) => (v === null ? formatNumber(null, locale) : `${formatNumber(v, locale, { digits: 0 })}\u00a0min`);
  const csat = (v: number | null) => (v === null ? formatNumber(null, locale) : m.outOf5(formatNumber(v, locale, { digits: 2 })));

  const card = (spec: CardSpec): OverviewCard => {
    const { delta, trend } = change(spec.current, spec.previous, spec.delta, ctx);
    const explained = spec.explains ?? spec.metric;
    return {
      id: spec.id,
      title: spec.title,
      value: spec.format(spec.current),
      previous: spec.format(spec.previous),
      delta,
      trend,
      good: spec.good,
      description: spec.description,
      goal: spec.metric ? goalMark(goalFor(ctx.goals ?? [], spec.metric), goalValue(report, spec.metric, null), locale, currency) : null,
      explainHref: explained && explainedFigure(explained) ? explainHref(explained, report.period) : null,
    };
  };

  const expansion = cents(rev.upsell_mrr + rev.cross_sell_mrr);
  const prevExpansion = cents(prevRev.upsell_mrr + prevRev.cross_sell_mrr);
  const band = (v: number) => formatPercent(v, locale, { digits: 0 });

  return {
    revenue: ([
      {
        id: "mrr", metric: "mrr", title: m.cards.mrr, current: rev.mrr, previous: prevRev.mrr, format: money, delta: "percent",
        good: changeIsGood(rev.mrr, prevRev.mrr, "up"), description: m.descriptions.mrr(formatDate(report.period.to, locale)),
      },
      {
        id: "net-new-mrr", metric: "net_new_mrr", title: m.cards.netNewMrr, current: rev.net_new_mrr, previous: prevRev.net_new_mrr, format: money, delta: "money",
        good: changeIsGood(rev.net_new_mrr, prevRev.net_new_mrr, "up"), description: m.descriptions.netNewMrr,
      },
      {
        id: "average-contract-value", metric: "average_contract_value", title: m.cards.averageContractValue,
        current: rev.average_contract_value, previous: prevRev.average_contract_value, format: money, delta: "percent",
        good: changeIsGood(rev.average_contract_value, prevRev.average_contract_value, "up"),
        description: m.descriptions.averageContractValue(formatNumber(rev.active_contracts, locale)),
      },
      {
        id: "new-mrr", metric: "new_mrr", title: m.cards.newMrr, current: rev.new_mrr, previous: prevRev.new_mrr, format: money, delta: "money",
        good: changeIsGood(rev.new_mrr, prevRev.new_mrr, "up"), description: m.descriptions.newMrr(rev.new_clients, prevRev.new_clients),
      },
      {
        id: "expansion-mrr", explains: "expansion_mrr", title: m.cards.expansionMrr, current: expansion, previous: prevExpansion, format: money, delta: "money",
        good: changeIsGood(expansion, prevExpansion, "up"),
        description: m.descriptions.expansionMrr(money(rev.upsell_mrr), money(rev.cross_sell_mrr)),
      },
      {
        id: "churned-mrr", metric: "churned_mrr", title: m.cards.churnedMrr, current: rev.churned_mrr, previous: prevRev.churned_mrr, format: money, delta: "money",
        good: changeIsGood(rev.churned_mrr, prevRev.churned_mrr, "down"),
        description: m.descriptions.churnedMrr(rev.churned_clients, prevRev.churned_clients),
      },
    ] satisfies CardSpec[]).map(card),
    delivery: ([
      {
        id: "team-utilization", metric: "team_utilization", title: m.cards.teamUtilization,
        current: tech.team_utilization, previous: prevTech.team_utilization, format: percent, delta: "points",
        good: utilizationChangeIsGood(tech.team_utilization, prevTech.team_utilization, ctx.workloadLower, ctx.workloadUpper),
        description: m.descriptions.teamUtilization(band(ctx.workloadLower), band(ctx.workloadUpper)),
      },
      {
        id: "revenue-per-technician", metric: "revenue_per_technician", title: m.cards.revenuePerTechnician,
        current: tech.revenue_per_technician, previous: prevTech.revenue_per_technician, format: wholeMoney, delta: "percent",
        good: changeIsGood(tech.revenue_per_technician, prevTech.revenue_per_technician, "up"),
        description: m.descriptions.revenuePerTechnician,
      },
      {
        // More tickets is neither good nor bad by itself (more clients, more devices): grey.
        id: "tickets-created", metric: "tickets_created", title: m.cards.ticketsCreated, current: tix.tickets_created, previous: prevTix.tickets_created,
        format: (v: number | null) => formatNumber(v, locale), delta: "percent", good: null, description: m.descriptions.ticketsCreated,
      },
      {
        id: "first-response", metric: "first_response_minutes", title: m.cards.firstResponse, current: tix.first_response_minutes, previous: prevTix.first_response_minutes,
        format: minutes, delta: "minutes", good: changeIsGood(tix.first_response_minutes, prevTix.first_response_minutes, "down"),
        description: m.descriptions.firstResponse,
      },
      {
        id: "sla-met", metric: "sla_met", title: m.cards.slaMet, current: tix.sla_met, previous: prevTix.sla_met, format: percent, delta: "points",
        good: changeIsGood(tix.sla_met, prevTix.sla_met, "up"), description: m.descriptions.slaMet,
      },
      {
        id: "csat", metric: "csat", title: m.cards.csat, current: tix.csat, previous: prevTix.csat, format: csat, delta: "number",
        good: changeIsGood(tix.csat, prevTix.csat, "up"), description: m.descriptions.csat,
      },
    ] satisfies CardSpec[]).map(card),
  };
}

/** Start MRR, the six movements (decreases negative), end MRR: the bridge chart's steps. */
export function bridgeSteps(report: OverviewReport, locale: Locale): WaterfallStep[] {
  const b = overviewMessages(locale).bridge;
  const r = report.revenue;
  const href = (metric: string) => explainHref(metric, report.period);
  return [
    { label: b.start, kind: "total", value: r.mrr_start },
    { label: b.new, kind: "change", value: r.new_mrr, href: href("new_mrr") },
    { label: b.reactivated, kind: "change", value: r.reactivated_mrr, href: href("reactivated_mrr") },
    { label: b.upsell, kind: "change", value: r.upsell_mrr, href: href("upsell_mrr") },
    { label: b.crossSell, kind: "change", value: r.cross_sell_mrr, href: href("cross_sell_mrr") },
    { label: b.contraction, kind: "change", value: negate(r.contraction_mrr), href: href("contraction_mrr") },
    { label: b.churn, kind: "change", value: negate(r.churned_mrr), href: href("churned_mrr") },
    { label: b.end, kind: "total", value: r.mrr, href: href("mrr") },
  ];
}
