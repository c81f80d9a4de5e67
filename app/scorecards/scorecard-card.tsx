import { Card } from "@tremor/react";
import type { ReactNode } from "react";
import { ExplainLink } from "@/components/explain-link";
import { componentMessages } from "@/components/messages";
import { explainHref } from "@/lib/explain/figures";
import type { Locale } from "@/lib/format/locale";
import { formatMoney } from "@/lib/format/number";
import type { Period } from "@/lib/kpi/period";
import type { FigureCell, ScorecardCard } from "@/lib/scorecards/cards";
import { payResult, type PayLine, type PayPlan, type ScorecardFigure } from "@/lib/scorecards/pay-plan";
import { formatFigure } from "./format";
import { scorecardsMessages, type ScorecardsMessages } from "./messages";

export interface ScorecardCardViewProps {
  card: ScorecardCard;
  plan: PayPlan | null;
  currency: string;
  locale: Locale;
  /** Replaces "No data" of the peer review on a technician's own card (fewer than three reviews). */
  peerReviewNote?: string;
  /** The period the figures are of: each figure then opens its explanation for this person. */
  explainPeriod?: Period;
}

function FigureTable({ caption, cells, withMedian, fmt, t, peerReviewNote, explain }: {
  caption: string;
  cells: Record<string, FigureCell>;
  withMedian: boolean;
  fmt: (figure: ScorecardFigure, v: number | null) => string;
  t: ScorecardsMessages;
  peerReviewNote?: string;
  /** The figure's value as a link to its explanation, when the card has a period to explain. */
  explain?: (figure: ScorecardFigure, text: string) => ReactNode;
}) {
  return (
    <table className="w-full text-sm">
      <caption className="pb-1 text-left font-medium text-gray-900">{caption}</caption>
      <thead>
        <tr className="text-left text-xs text-gray-600">
          <th scope="col" className="py-1 font-medium">{t.figure}</th>
          <th scope="col" className="py-1 text-right font-medium">{t.thisPeriod}</th>
          <th scope="col" className="py-1 text-right font-medium">{t.previous}</th>
          {withMedian ? <th scope="col" className="py-1 text-right font-medium">{t.teamMedian}</th> : null}
        </tr>
      </thead>
      <tbody>
        {Object.entries(cells).map(([key, cell]) => {
          const figure = key as ScorecardFigure;
          const why = figure === "peer_review" && peerReviewNote ? peerReviewNote : `${t.noData}: ${t.whyNoData[figure]}`;
          return (
            <tr key={figure} data-figure={figure} className="border-t border-gray-100">
              <th scope="row" className="py-1 text-left font-normal text-gray-700">{t.figures[figure]}</th>
              <td className="py-1 text-right tabular-nums text-gray-900">{cell.value === null ? <span className="text-gray-600">{why}</span> : (explain?.(figure, fmt(figure, cell.value)) ?? fmt(figure, cell.value))}</td>
              <td className="py-1 text-right tabular-nums text-gray-700">{fmt(figure, cell.previous)}</td>
              {withMedian ? <td className="py-1 text-right tabular-nums text-gray-700">{fmt(figure, cell.teamMedian)}</td> : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function lineText(line: PayLine, t: ScorecardsMessages, fmt: (figure: ScorecardFigure, v: number | null) => string, money: (v: number) => string): string {
  const name = t.figures[line.figure];
  if (line.kind === "weight") return t.pay.weight(name, fmt(line.figure, line.value), money(line.weight));
  const reward = line.reward.kind === "fixed"
    ? money(line.reward.amount)
    : t.pay.percentOf(`${line.reward.percent} %`, t.figures[line.reward.of], fmt(line.reward.of, line.base));
  return t.pay.bonus(name, line.direction === "at-least" ? t.atLeast : t.atMost, fmt(line.figure, line.threshold), reward);
}

/** One person's card: their figures for P and the previous period, the team median, and the pay plan's result line by line. */
export function ScorecardCardView({ card, plan, currency, locale, peerReviewNote, explainPeriod }: ScorecardCardViewProps) {
  const t = scorecardsMessages(locale);
  const fmt = (figure: ScorecardFigure, v: number | null) => (v === null ? t.noData : formatFigure(figure, v, currency, locale));
  const money = (v: number) => formatMoney(v, currency, locale);
  const withMedian = [card.technician, card.salesperson].some((p) => p && Object.values(p).some((c) => c.teamMedian !== null));
  const result = plan ? payResult(plan, card.figures) : null;
  const headingId = `card-${card.name.replace(/\W+/g, "-")}`;
  const explainIn = (part: "technician" | "salesperson") =>
    explainPeriod
      ? (figure: ScorecardFigure, text: string) => (
          <ExplainLink href={explainHref(`${part}.${figure}`, explainPeriod, card.name)} label={componentMessages(locale).kpi.explainLabel(t.figures[figure])}>
            {text}
          </ExplainLink>
        )
      : undefined;
  return (
    <Card className="flex flex-col gap-4 p-5" data-scorecard={card.name}>
      <h2 id={headingId} className="text-base font-semibold text-gray-900">{card.name}</h2>
      {card.technician ? <FigureTable caption={t.technicianPart} cells={card.technician} withMedian={withMedian} fmt={fmt} t={t} peerReviewNote={peerReviewNote} explain={explainIn("technician")} /> : null}
      {card.salesperson ? <FigureTable caption={t.salespersonPart} cells={card.salesperson} withMedian={withMedian} fmt={fmt} t={t} explain={explainIn("salesperson")} /> : null}
      <section aria-label={`${t.pay.heading}: ${card.name}`} data-pay-result>
        <h3 className="text-sm font-medium text-gray-900">{t.pay.heading}</h3>
        {result ? (
          <ul className="mt-1 flex flex-col gap-1 text-sm">
            {result.lines.map((line, i) => (
              <li key={i} className="flex justify-between gap-3" data-outcome={line.outcome}>
                <span className="text-gray-700">
                  {lineText(line, t, fmt, money)} — {line.outcome === "earned" ? t.pay.earned : line.outcome === "not-met" ? t.pay.notMet : t.pay.noDataLine}
                </span>
                <span className="tabular-nums text-gray-900">{money(line.amount)}</span>
              </li>
            ))}
            <li className="flex justify-between gap-3 border-t border-gray-200 pt-1 font-semibold" data-pay-total>
              <span>{t.pay.total}</span>
              <span className="tabular-nums">{money(result.total)}</span>
            </li>
          </ul>
        ) : (
          <p className="mt-1 text-sm text-gray-600">{t.pay.noPlan}</p>
        )}
      </section>
    </Card>
  );
}
