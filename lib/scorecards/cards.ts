import Big from "big.js";
import type { ScorecardsSection } from "@/lib/kpi/report-schema";
import { roundTo } from "@/lib/kpi/round";
import { SALESPERSON_FIGURES, TECHNICIAN_FIGURES, type PersonFigures, type ScorecardFigure } from "./pay-plan";

// One card per person for the Scorecards page: their figures for P, for the previous period and
// the team's median beside each. A salesperson who is also a technician (same name) has one card
// with both parts.

export interface FigureCell {
  value: number | null;
  previous: number | null;
  /** Median over the people listed for P who have a value (null when nobody has). */
  teamMedian: number | null;
}

type Part<F extends ScorecardFigure> = Record<F, FigureCell>;

export interface ScorecardCard {
  name: string;
  technician: Part<(typeof TECHNICIAN_FIGURES)[number]> | null;
  salesperson: Part<(typeof SALESPERSON_FIGURES)[number]> | null;
  /** The period's figures a pay plan reads (payResult). */
  figures: PersonFigures;
}

const MONEY_FIGURES = new Set<ScorecardFigure>(["booked_upsell_mrr", "booked_new_service_mrr"]);

/** The median of the non-null values, rounded like the figure (money to cents, the rest to 4 decimals). */
function teamMedian(values: readonly (number | null)[], figure: ScorecardFigure): number | null {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  const middle = sorted.length % 2 === 1 ? new Big(sorted[mid]!) : new Big(sorted[mid - 1]!).plus(sorted[mid]!).div(2);
  return roundTo(middle, MONEY_FIGURES.has(figure) ? 2 : 4);
}

function part<F extends ScorecardFigure>(
  figures: readonly F[],
  people: Record<string, Record<F, number | null>>,
  before: Record<string, Record<F, number | null>>,
  name: string,
): Part<F> | null {
  const now = people[name];
  if (!now) return null;
  const cells = figures.map((f) => [f, { value: now[f], previous: before[name]?.[f] ?? null, teamMedian: teamMedian(Object.values(people).map((p) => p[f]), f) }] as const);
  return Object.fromEntries(cells) as Part<F>;
}

export function scorecardCards(current: ScorecardsSection, previous: ScorecardsSection): ScorecardCard[] {
  const names = [...new Set([...Object.keys(current.technicians), ...Object.keys(current.salespeople)])].sort();
  return names.map((name) => ({
    name,
    technician: part(TECHNICIAN_FIGURES, current.technicians, previous.technicians, name),
    salesperson: part(SALESPERSON_FIGURES, current.salespeople, previous.salespeople, name),
    figures: { ...current.technicians[name], ...current.salespeople[name] },
  }));
}

function withoutMedians<P extends Record<string, FigureCell>>(part: P | null): P | null {
  if (!part) return null;
  return Object.fromEntries(Object.entries(part).map(([f, cell]) => [f, { ...cell, teamMedian: null }])) as unknown as P;
}

/**
 * A card as its own person may see it: no team medians (with two people a median gives the other's
 * figure away), and the peer review only as their own mean, which is null below three reviews.
 */
export function ownCard(card: ScorecardCard, ownPeerReview: { value: number | null; previous: number | null }): ScorecardCard {
  const technician = withoutMedians(card.technician);
  if (!technician) return { ...card, salesperson: withoutMedians(card.salesperson) };
  return {
    ...card,
    technician: { ...technician, peer_review: { ...ownPeerReview, teamMedian: null } },
    salesperson: withoutMedians(card.salesperson),
    figures: { ...card.figures, peer_review: ownPeerReview.value },
  };
}
