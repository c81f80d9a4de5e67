import { KpiCard, type KpiCardProps } from "@/components/kpi-card";
import { difference, judgeChange } from "@/lib/format/change";
import type { Locale } from "@/lib/format/locale";
import { formatDelta, formatMoney, formatNumber, formatPercent, relativeChange } from "@/lib/format/number";
import type { ClientProfitability } from "@/lib/kpi/report-schema";
import type { ProfitabilityMessages } from "./messages";

// KPI cards of profitability figures with the previous period's value. A figure without a value
// says "No data" and why. Shared by /profitability (the business) and the client page (one client).

export type ProfitFigure = "revenue" | "grossProfit" | "grossMargin" | "effectiveRate" | "reactivePerEndpoint";

const FIGURE_KEYS: Record<ProfitFigure, keyof ClientProfitability> = {
  revenue: "revenue_earned",
  grossProfit: "gross_profit",
  grossMargin: "gross_margin",
  effectiveRate: "effective_hourly_rate",
  reactivePerEndpoint: "reactive_hours_per_endpoint",
};

interface CardsInput {
  now: ClientProfitability;
  /** The previous period's figures; undefined when the client had none then. */
  then: ClientProfitability | undefined;
  currency: string;
  locale: Locale;
  t: ProfitabilityMessages;
  /** The explanation view of a figure (its key in ClientProfitability) for the cards' period and client. */
  explain: (key: keyof ClientProfitability) => string;
}

/** The card of one figure: value, previous value, change and whether it is good. */
export function profitCardProps(figure: ProfitFigure, input: CardsInput): KpiCardProps {
  return { ...figureCardProps(figure, input), explainHref: input.explain(FIGURE_KEYS[figure]) };
}

function figureCardProps(figure: ProfitFigure, { now, then, currency, locale, t }: CardsInput): KpiCardProps {
  const c = t.cards;
  const money = (v: number | null) => formatMoney(v, currency, locale);
  const relative = (pick: (f: ClientProfitability) => number | null, higherIsBetter = true) => {
    const change = then ? relativeChange(pick(now), pick(then)) : null;
    return { delta: change === null ? null : formatDelta(change, locale), good: judgeChange(change, higherIsBetter) };
  };
  const noData = (value: number | null, reason: string) => (value === null ? { value: t.noData, description: reason } : {});
  switch (figure) {
    case "revenue":
      return { title: t.table.revenue, value: money(now.revenue_earned), previous: then ? money(then.revenue_earned) : null, ...relative((f) => f.revenue_earned) };
    case "grossProfit":
      return {
        title: c.grossProfit,
        value: money(now.gross_profit),
        previous: then ? money(then.gross_profit) : null,
        description: c.grossProfitHint,
        ...relative((f) => f.gross_profit),
      };
    case "grossMargin": {
      const change = difference(now.gross_margin, then?.gross_margin ?? null);
      return {
        title: c.grossMargin,
        value: formatPercent(now.gross_margin, locale),
        previous: then?.gross_margin == null ? null : formatPercent(then.gross_margin, locale),
        delta: change === null ? null : formatDelta(change, locale, { kind: "points" }),
        good: judgeChange(change, true),
        description: c.grossMarginHint,
        ...noData(now.gross_margin, c.noRevenue),
      };
    }
    case "effectiveRate":
      return {
        title: c.effectiveRate,
        value: money(now.effective_hourly_rate),
        previous: then?.effective_hourly_rate == null ? null : money(then.effective_hourly_rate),
        description: c.effectiveRateHint,
        ...relative((f) => f.effective_hourly_rate),
        ...noData(now.effective_hourly_rate, c.noHours),
      };
    case "reactivePerEndpoint": {
      const change = difference(now.reactive_hours_per_endpoint, then?.reactive_hours_per_endpoint ?? null);
      const text = (v: number) => formatNumber(v, locale, { digits: 2 });
      return {
        title: c.reactivePerEndpoint,
        value: now.reactive_hours_per_endpoint === null ? t.noData : text(now.reactive_hours_per_endpoint),
        previous: then?.reactive_hours_per_endpoint == null ? null : text(then.reactive_hours_per_endpoint),
        delta: change === null ? null : formatDelta(change, locale, { kind: "number", digits: 2 }),
        good: judgeChange(change, false),
        description: c.reactivePerEndpointHint,
        ...noData(now.reactive_hours_per_endpoint, c.noDevices),
      };
    }
  }
}

/** A row of profitability cards under a heading (visually hidden unless `hint` is given). */
export function ProfitCards({ heading, hint, cards, id }: { heading: string; hint?: string; cards: KpiCardProps[]; id: string }) {
  return (
    <section aria-labelledby={id} data-profit-cards>
      <h2 id={id} className={hint ? "text-base font-semibold text-gray-900" : "sr-only"}>
        {heading}
      </h2>
      {hint ? <p className="mb-3 mt-1 text-sm text-gray-600">{hint}</p> : null}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {cards.map((card) => (
          <KpiCard key={card.title} {...card} />
        ))}
      </div>
    </section>
  );
}
