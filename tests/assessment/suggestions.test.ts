import { describe, expect, it } from "vitest";
import { evidencePeriods, type AssessmentEvidence } from "@/lib/assessment/evidence";
import { RULES, scoreByRule, suggestFromEvidence, type DataHint } from "@/lib/assessment/suggestions";
import type { StatementId } from "@/lib/assessment/statements";

const evidence = (over: Partial<AssessmentEvidence> = {}): AssessmentEvidence => ({
  quarter: { from: "2026-07-01", to: "2026-09-30" },
  year: { from: "2025-10-01", to: "2026-09-30" },
  slaMet: 0.92,
  slaMetPreviousQuarter: 0.85,
  ticketsPerDevice: 0.9,
  ticketsPerDevicePreviousQuarter: 1.0,
  teamUtilization: 0.7,
  technicians: 8,
  balancedTechnicians: 6,
  activeClients: 40,
  clientsWithDevices: 36,
  managedDevices: 500,
  patched: 0.96,
  avOk: 0.99,
  backupOk: 0.8,
  seen: 0.97,
  ticketsResolved: 1000,
  csatRated: 150,
  csat: 4.3,
  mrr: 50_000,
  tieredMrrShare: 0.5,
  recurringRevenue: 150_000,
  billedTimeRevenue: 50_000,
  mrrYearStart: 40_000,
  upsellMrr: 1_000,
  crossSellMrr: 600,
  churnedClients: 2,
  churnedMrr: 900,
  revenuePerClient: 1250,
  lastPriceChange: "2026-03-01",
  today: "2026-11-29",
  ...over,
});

const byStatement = (hints: DataHint[]) => Object.fromEntries(hints.map((h) => [h.statement, h])) as Record<StatementId, DataHint>;

describe("scoreByRule", () => {
  const share = RULES.sla; // 5 ≥ 95 %, 4 ≥ 90 %, 3 ≥ 80 %, 2 ≥ 65 %
  it.each([
    [1, 5],
    [0.95, 5],
    [0.9499, 4],
    [0.9, 4],
    [0.8999, 3],
    [0.8, 3],
    [0.65, 2],
    [0.6499, 1],
    [0, 1],
  ])("SLA met %s → %s", (value, score) => {
    expect(scoreByRule(value, share)).toBe(score);
  });

  it("lower is better: ticket volume change −10 % → 5, −3 % → 4, +3 % → 3, +10 % → 2, +10.1 % → 1", () => {
    expect([-0.25, -0.1, -0.05, -0.03, 0, 0.03, 0.05, 0.1, 0.101].map((v) => scoreByRule(v, RULES.workflows))).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1]);
  });

  it("days since the last price change: 365 → 5, 366 → 4, 548 → 3, 730 → 2, 731 → 1", () => {
    expect([0, 365, 366, 456, 457, 548, 549, 730, 731].map((v) => scoreByRule(v, RULES.pricing))).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1]);
  });

  it("no value, no suggestion", () => {
    expect(scoreByRule(null, share)).toBeNull();
    expect(scoreByRule(Number.NaN, share)).toBeNull();
  });
});

describe("suggestFromEvidence", () => {
  it("hints at the twelve statements the data can speak to, in questionnaire order", () => {
    expect(suggestFromEvidence(evidence()).map((h) => h.statement)).toEqual([
      "sla", "workflows", "bottlenecks", "psa-rmm", "automation", "csat", "response-times", "tiers", "recurring", "churn", "upsell", "pricing",
    ]);
  });

  it("scores each from its figure", () => {
    const h = byStatement(suggestFromEvidence(evidence()));
    expect(h.sla).toMatchObject({ score: 4, basisValue: 0.92 }); // 92 % ≥ 90 %
    expect(h.workflows.score).toBe(5); // 0.9 / 1.0 − 1 = −10 %
    expect(h.workflows.basisValue).toBeCloseTo(-0.1, 12);
    expect(h.bottlenecks).toMatchObject({ score: 4, basisValue: 0.75 }); // 6 of 8 balanced
    expect(h["psa-rmm"]).toMatchObject({ score: 4, basisValue: 0.9 }); // min(36 / 40 = 90 %, seen 97 %)
    expect(h.automation).toMatchObject({ score: 5, basisValue: 0.96 }); // patched 96 %
    expect(h.csat).toMatchObject({ score: 3, basisValue: 0.15 }); // 150 of 1,000 rated
    expect(h["response-times"]).toMatchObject({ score: 3, basisValue: 0.85 }); // weaker quarter 85 %
    expect(h.tiers).toMatchObject({ score: 3, basisValue: 0.5 });
    expect(h.recurring).toMatchObject({ score: 4, basisValue: 0.75 }); // 150k / (150k + 50k)
    expect(h.churn).toMatchObject({ score: null, rule: null });
  });

  it("upsell: (upsell + cross-sell) / MRR a year ago = (1,000 + 600) / 40,000 = 4 % → 3; 6 % → 4", () => {
    expect(byStatement(suggestFromEvidence(evidence())).upsell).toMatchObject({ score: 3, basisValue: 0.04 });
    expect(byStatement(suggestFromEvidence(evidence({ upsellMrr: 1_800 }))).upsell.score).toBe(4);
  });

  it("pricing: last change 2026-03-01, today 2026-11-29 = 273 days → 5; none found → no suggestion", () => {
    expect(byStatement(suggestFromEvidence(evidence())).pricing).toMatchObject({ score: 5, basisValue: 273 });
    expect(byStatement(suggestFromEvidence(evidence({ lastPriceChange: "2024-11-01" }))).pricing.score).toBe(1);
    expect(byStatement(suggestFromEvidence(evidence({ lastPriceChange: null }))).pricing).toMatchObject({ score: null, basisValue: null });
  });

  it("an org without data gets figures of no data and no suggestions (never a score from a 0 ÷ 0)", () => {
    const empty = evidence({
      slaMet: null, slaMetPreviousQuarter: null, ticketsPerDevice: null, ticketsPerDevicePreviousQuarter: null, teamUtilization: null,
      technicians: 0, balancedTechnicians: 0, activeClients: 0, clientsWithDevices: 0, managedDevices: 0,
      patched: null, avOk: null, backupOk: null, seen: null, ticketsResolved: 0, csatRated: 0, csat: null, mrr: 0,
      tieredMrrShare: null, recurringRevenue: 0, billedTimeRevenue: 0, mrrYearStart: 0, upsellMrr: 0, crossSellMrr: 0,
      churnedClients: 0, churnedMrr: 0, revenuePerClient: null, lastPriceChange: null,
    });
    expect(suggestFromEvidence(empty).map((h) => h.score)).toEqual(Array(12).fill(null));
  });

  it("response times use the weaker quarter, or the last one alone when the one before has no data", () => {
    expect(byStatement(suggestFromEvidence(evidence({ slaMetPreviousQuarter: null })))["response-times"].score).toBe(4);
  });
});

describe("evidencePeriods", () => {
  it("the last full quarter and the 12 months ending with it", () => {
    expect(evidencePeriods("2026-11-29", "UTC")).toEqual({
      quarter: { from: "2026-07-01", to: "2026-09-30" },
      year: { from: "2025-10-01", to: "2026-09-30" },
    });
    expect(evidencePeriods("2026-01-05", "UTC")).toEqual({
      quarter: { from: "2025-10-01", to: "2025-12-31" },
      year: { from: "2025-01-01", to: "2025-12-31" },
    });
  });
});
