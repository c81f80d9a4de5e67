import { describe, expect, it } from "vitest";
import { PayPlan } from "@/lib/scorecards/pay-plan";
import { payPlanFields, payPlanInput } from "@/lib/scorecards/pay-plan-form";

// The editor's fields become what PayPlan parses, and a stored plan fills the form back.
describe("pay plan form", () => {
  it("reads weights, bonus rows (decimal comma, blank row left out) and round-trips a plan", () => {
    const fields = {
      "weight.tickets_resolved": "2",
      "weight.csat": "",
      "bonus.0.figure": "csat", "bonus.0.direction": "at-least", "bonus.0.threshold": "4,5", "bonus.0.kind": "fixed", "bonus.0.amount": "150", "bonus.0.percent": "", "bonus.0.of": "booked_new_service_mrr",
      "bonus.1.figure": "new_service_share", "bonus.1.direction": "at-least", "bonus.1.threshold": "0.4", "bonus.1.kind": "percent", "bonus.1.amount": "", "bonus.1.percent": "5", "bonus.1.of": "booked_new_service_mrr",
      "bonus.2.figure": "", "bonus.2.direction": "at-least", "bonus.2.threshold": "", "bonus.2.kind": "fixed", "bonus.2.amount": "",
    };
    const plan = PayPlan.parse(payPlanInput(fields));
    expect(plan).toEqual({
      weights: { tickets_resolved: 2 },
      bonuses: [
        { figure: "csat", direction: "at-least", threshold: 4.5, reward: { kind: "fixed", amount: 150 } },
        { figure: "new_service_share", direction: "at-least", threshold: 0.4, reward: { kind: "percent", percent: 5, of: "booked_new_service_mrr" } },
      ],
    });
    expect(PayPlan.parse(payPlanInput(payPlanFields(plan)))).toEqual(plan);
  });

  it("refuses a bonus without its threshold and a negative weight, naming where", () => {
    const missing = PayPlan.safeParse(payPlanInput({ "bonus.0.figure": "csat", "bonus.0.direction": "at-least", "bonus.0.threshold": "", "bonus.0.kind": "fixed", "bonus.0.amount": "1" }));
    expect(missing.error?.issues[0]?.path).toEqual(["bonuses", 0, "threshold"]);
    const negative = PayPlan.safeParse(payPlanInput({ "weight.csat": "-1" }));
    expect(negative.error?.issues[0]?.path).toEqual(["weights", "csat"]);
  });
});
