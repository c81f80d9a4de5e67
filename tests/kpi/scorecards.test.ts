import { describe, expect, it } from "vitest";
import { computeKpiReport, computeScorecards } from "@/lib/kpi/reference";
import { quarterOf, quartersOverlapping } from "@/lib/scorecards/quarters";
import { settings } from "./factories";
import { FEBRUARY_SCORECARDS, MARCH, MARCH_SCORECARDS, scorecardData } from "./scorecard-dataset";

// The scorecards of tests/kpi/scorecard-dataset.ts worked out by hand, March 2026 in UTC.
describe("scorecards, March 2026", () => {
  const march = computeScorecards(scorecardData, MARCH, settings());

  it("Ann: 3 resolved in March (one created in February), CSAT (5 + 3 + 4) / 3 = 4, 2 of 3 positive", () => {
    expect(march.technicians.Ann).toMatchObject({ tickets_resolved: 3, csat: 4, csat_positive: 0.6667 });
  });

  it("Ann's SLA: 30 min and 10 min met, 90 min and an unanswered P1 whose hour ran out on 03-31 missed; the P4 still pending is left out", () => {
    expect(march.technicians.Ann?.sla_met).toBe(0.5);
  });

  it("Ann's first response: the median of 10, 30, 50 and 90 minutes (the ticket without priority counts) = 40", () => {
    expect(march.technicians.Ann?.first_response_minutes).toBe(40);
  });

  it("peer_review: the scores of the quarters P overlaps; March sees Q1 only, 15 March – 15 April sees Q1 and Q2", () => {
    expect([march.technicians.Ann?.peer_review, march.technicians.Cy?.peer_review, march.technicians.Bo?.peer_review]).toEqual([4.5, 3, null]);
    const spanning = computeScorecards(scorecardData, { from: "2026-03-15", to: "2026-04-15" }, settings());
    expect(spanning.technicians.Ann?.peer_review).toBe(3.6667); // (4 + 5 + 2) / 3
  });

  it("lists the roster (Cy with nothing but a review), Bo who left in February but resolved a ticket, and Ghost named only on a ticket; not the unassigned ticket", () => {
    expect(march).toEqual(MARCH_SCORECARDS);
  });

  it("salespeople: a contract replacing one of the same service is upsell, a lapsed service booked again and a new client are new service; a contract over by E and a salesperson with nothing in P are out", () => {
    expect(march.salespeople).toEqual(MARCH_SCORECARDS.salespeople);
  });

  it("upsell + new service = booked_mrr for every salesperson", () => {
    const revenue = computeKpiReport(scorecardData, MARCH, settings()).revenue;
    for (const [p, s] of Object.entries(march.salespeople)) expect(s.booked_upsell_mrr + s.booked_new_service_mrr, p).toBe(revenue.booked_mrr[p]);
  });

  it("the previous period (29 January – 28 February) under `previous`", () => {
    expect(computeKpiReport(scorecardData, MARCH, settings()).previous.scorecards).toEqual(FEBRUARY_SCORECARDS);
  });

  it("a local date decides the period: in Berlin, Ann's unanswered P1 of 21:30 UTC on 03-31 (23:30 there) runs out on 04-01 and is pending", () => {
    const berlin = computeScorecards(scorecardData, MARCH, settings({ timeZone: "Europe/Berlin" }));
    expect(berlin.technicians.Ann?.sla_met).toBe(0.6667); // 2 met of 3 judged; the P4 of 23:30 UTC is created on 04-01 there
  });
});

describe("quarters", () => {
  it("names the quarter of a date, and every quarter a period overlaps, across a year end", () => {
    expect([quarterOf("2026-03-31"), quarterOf("2026-04-01"), quarterOf("2026-12-31")]).toEqual(["2026-Q1", "2026-Q2", "2026-Q4"]);
    expect(quartersOverlapping({ from: "2025-11-15", to: "2026-04-01" })).toEqual(["2025-Q4", "2026-Q1", "2026-Q2"]);
    expect(quartersOverlapping({ from: "2026-02-01", to: "2026-02-01" })).toEqual(["2026-Q1"]);
  });
});
