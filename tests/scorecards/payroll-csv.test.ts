import { describe, expect, it } from "vitest";
import { scorecardCards } from "@/lib/scorecards/cards";
import { PayPlan } from "@/lib/scorecards/pay-plan";
import { payrollCsv } from "@/lib/scorecards/payroll-csv";

// The payroll CSV: one row per person, empty cells for figures with no data or not theirs, and the
// plan's total (empty without a plan).
describe("payrollCsv", () => {
  const technician = { tickets_resolved: 10, csat: 4.5, csat_positive: 1, sla_met: null, first_response_minutes: 30, peer_review: null };
  const cards = scorecardCards(
    { technicians: { Anna: technician }, salespeople: { Bert: { booked_upsell_mrr: 100, booked_new_service_mrr: 300, new_service_share: 0.75 } } },
    { technicians: {}, salespeople: {} },
  );
  const period = { from: "2026-03-01", to: "2026-03-31" };

  it("writes each person's figures and pay total", () => {
    const plan = PayPlan.parse({
      weights: { tickets_resolved: 2 },
      bonuses: [
        { figure: "csat", direction: "at-least", threshold: 4.5, reward: { kind: "fixed", amount: 150 } },
        { figure: "new_service_share", direction: "at-least", threshold: 0.4, reward: { kind: "percent", percent: 5, of: "booked_new_service_mrr" } },
      ],
    });
    const lines = payrollCsv(cards, plan, period).split("\r\n");
    expect(lines[0]).toBe(
      "\uFEFFperson,from,to,tickets_resolved,csat,csat_positive,sla_met,first_response_minutes,peer_review,booked_upsell_mrr,booked_new_service_mrr,new_service_share,pay_total",
    );
    expect(lines[1]).toBe("Anna,2026-03-01,2026-03-31,10,4.5,1,,30,,,,,170");
    expect(lines[2]).toBe("Bert,2026-03-01,2026-03-31,,,,,,,100,300,0.75,15");
    expect(lines).toHaveLength(4);
  });

  it("leaves the total empty without a plan", () => {
    expect(payrollCsv(cards, null, period).split("\r\n")[1]).toBe("Anna,2026-03-01,2026-03-31,10,4.5,1,,30,,,,,");
  });
});
