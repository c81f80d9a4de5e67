import { daysBetween } from "@/lib/dates/calendar-date";
import type { AssessmentEvidence } from "./evidence";
import { STATEMENT_IDS, type Score, type StatementId } from "./statements";

// From figure to suggested score. Each rule is four thresholds, for scores 5, 4, 3 and 2; a value
// past none of them suggests 1. They are a starting point the owner accepts or overrides, set
// where a typical MSP's figures would make the statement clearly true (5) or clearly not (1).

export type FigureKey =
  | "slaMet"
  | "slaMetPrevious"
  | "ticketsPerDevice"
  | "ticketsPerDevicePrevious"
  | "ticketsPerDeviceChange"
  | "teamUtilization"
  | "balancedTechnicians"
  | "clientsWithDevices"
  | "seen"
  | "patched"
  | "avOk"
  | "backupOk"
  | "csatRated"
  | "csat"
  | "tieredMrrShare"
  | "recurringShare"
  | "expansion"
  | "churnedClients"
  | "churnedMrr"
  | "revenuePerClient"
  | "lastPriceChange";

export type FigureFormat = "percent" | "change" | "number" | "money" | "date" | "count";

export interface HintFigure {
  key: FigureKey;
  format: FigureFormat;
  value: number | string | null;
  /** For counts: out of how many. */
  of?: number;
}

/** How the suggestion is derived: the figure it reads, its thresholds for 5, 4, 3 and 2. */
export interface SuggestionRule {
  basis: FigureKey;
  format: "percent" | "change" | "days";
  thresholds: readonly [number, number, number, number];
  /** true: a value at or below a threshold earns its score (e.g. falling ticket volume). */
  lowerIsBetter: boolean;
}

export interface DataHint {
  statement: StatementId;
  /** null when the data is missing (or, for churn, when the data informs but cannot score). */
  score: Score | null;
  /** The value the rule read, in the rule's format (days for "days"). */
  basisValue: number | null;
  rule: SuggestionRule | null;
  figures: HintFigure[];
}

export const RULES = {
  sla: { basis: "slaMet", format: "percent", thresholds: [0.95, 0.9, 0.8, 0.65], lowerIsBetter: false },
  "response-times": { basis: "slaMet", format: "percent", thresholds: [0.95, 0.9, 0.8, 0.65], lowerIsBetter: false },
  workflows: { basis: "ticketsPerDeviceChange", format: "change", thresholds: [-0.1, -0.03, 0.03, 0.1], lowerIsBetter: true },
  bottlenecks: { basis: "balancedTechnicians", format: "percent", thresholds: [1, 0.75, 0.5, 0.25], lowerIsBetter: false },
  "psa-rmm": { basis: "clientsWithDevices", format: "percent", thresholds: [0.95, 0.85, 0.7, 0.5], lowerIsBetter: false },
  automation: { basis: "patched", format: "percent", thresholds: [0.95, 0.9, 0.8, 0.6], lowerIsBetter: false },
  csat: { basis: "csatRated", format: "percent", thresholds: [0.3, 0.2, 0.1, 0.03], lowerIsBetter: false },
  tiers: { basis: "tieredMrrShare", format: "percent", thresholds: [0.9, 0.7, 0.4, 0.1], lowerIsBetter: false },
  recurring: { basis: "recurringShare", format: "percent", thresholds: [0.8, 0.65, 0.5, 0.3], lowerIsBetter: false },
  upsell: { basis: "expansion", format: "percent", thresholds: [0.1, 0.06, 0.03, 0.01], lowerIsBetter: false },
  pricing: { basis: "lastPriceChange", format: "days", thresholds: [365, 456, 548, 730], lowerIsBetter: true },
} as const satisfies Partial<Record<StatementId, SuggestionRule>>;

/** The score a value earns under a rule; null for a missing value. */
export function scoreByRule(value: number | null, rule: SuggestionRule): Score | null {
  if (value === null || !Number.isFinite(value)) return null;
  const scores = [5, 4, 3, 2] as const;
  const index = rule.thresholds.findIndex((t) => (rule.lowerIsBetter ? value <= t : value >= t));
  return index === -1 ? 1 : scores[index] ?? 1;
}

// Ratios are compared at 4 decimals, as docs/kpis.md reports them: 0.9 / 1.0 − 1 is −0.1, not −0.0999….
const round4 = (v: number) => Math.round(v * 10_000) / 10_000;
const ratio = (part: number, whole: number): number | null => (whole > 0 ? round4(part / whole) : null);
const minOf = (...values: (number | null)[]): number | null => {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : Math.min(...known);
};

function hint(statement: StatementId, rule: SuggestionRule | null, basisValue: number | null, figures: HintFigure[]): DataHint {
  return { statement, score: rule ? scoreByRule(basisValue, rule) : null, basisValue, rule, figures };
}

/** A data hint for every statement the data can speak to, in questionnaire order. */
export function suggestFromEvidence(e: AssessmentEvidence): DataHint[] {
  const balancedShare = ratio(e.balancedTechnicians, e.technicians);
  const coverage = ratio(e.clientsWithDevices, e.activeClients);
  const tpdChange =
    e.ticketsPerDevice !== null && e.ticketsPerDevicePreviousQuarter !== null && e.ticketsPerDevicePreviousQuarter > 0
      ? round4(e.ticketsPerDevice / e.ticketsPerDevicePreviousQuarter - 1)
      : null;
  const recurringShare = ratio(e.recurringRevenue, e.recurringRevenue + e.billedTimeRevenue);
  const expansion = ratio(e.upsellMrr + e.crossSellMrr, e.mrrYearStart);
  const daysSincePriceChange = e.lastPriceChange === null ? null : daysBetween(e.lastPriceChange, e.today);

  const hints: Partial<Record<StatementId, DataHint>> = {
    sla: hint("sla", RULES.sla, e.slaMet, [{ key: "slaMet", format: "percent", value: e.slaMet }]),
    workflows: hint("workflows", RULES.workflows, tpdChange, [
      { key: "ticketsPerDevice", format: "number", value: e.ticketsPerDevice },
      { key: "ticketsPerDevicePrevious", format: "number", value: e.ticketsPerDevicePreviousQuarter },
      { key: "ticketsPerDeviceChange", format: "change", value: tpdChange },
    ]),
    bottlenecks: hint("bottlenecks", RULES.bottlenecks, balancedShare, [
      { key: "balancedTechnicians", format: "count", value: e.balancedTechnicians, of: e.technicians },
      { key: "teamUtilization", format: "percent", value: e.teamUtilization },
    ]),
    "psa-rmm": hint("psa-rmm", RULES["psa-rmm"], minOf(coverage, e.seen), [
      { key: "clientsWithDevices", format: "count", value: e.clientsWithDevices, of: e.activeClients },
      { key: "seen", format: "percent", value: e.seen },
    ]),
    automation: hint("automation", RULES.automation, e.patched, [
      { key: "patched", format: "percent", value: e.patched },
      { key: "avOk", format: "percent", value: e.avOk },
      { key: "backupOk", format: "percent", value: e.backupOk },
    ]),
    csat: hint("csat", RULES.csat, ratio(e.csatRated, e.ticketsResolved), [
      { key: "csatRated", format: "count", value: e.csatRated, of: e.ticketsResolved },
      { key: "csat", format: "number", value: e.csat },
    ]),
    // "Consistently": the weaker of the last two quarters.
    "response-times": hint("response-times", RULES["response-times"], minOf(e.slaMet, e.slaMetPreviousQuarter), [
      { key: "slaMet", format: "percent", value: e.slaMet },
      { key: "slaMetPrevious", format: "percent", value: e.slaMetPreviousQuarter },
    ]),
    tiers: hint("tiers", RULES.tiers, e.tieredMrrShare, [{ key: "tieredMrrShare", format: "percent", value: e.tieredMrrShare }]),
    recurring: hint("recurring", RULES.recurring, recurringShare, [{ key: "recurringShare", format: "percent", value: recurringShare }]),
    // Whether churn is tracked is not in the figures; the figures show what tracking it looks like.
    churn: hint("churn", null, null, [
      { key: "churnedClients", format: "number", value: e.churnedClients },
      { key: "churnedMrr", format: "money", value: e.churnedMrr },
      { key: "revenuePerClient", format: "money", value: e.revenuePerClient },
    ]),
    upsell: hint("upsell", RULES.upsell, expansion, [{ key: "expansion", format: "percent", value: expansion }]),
    pricing: hint("pricing", RULES.pricing, daysSincePriceChange, [{ key: "lastPriceChange", format: "date", value: e.lastPriceChange }]),
  };
  return STATEMENT_IDS.map((id) => hints[id]).filter((h): h is DataHint => h !== undefined);
}
