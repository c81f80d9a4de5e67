import { describe, expect, it } from "vitest";
import { explainedFigure, explainHref, metricFromPath, recordSetOf } from "@/lib/explain/figures";
import { assembleFormula, recompute, type RecordTotals } from "@/lib/explain/formula";

// The formula of the explanation view from the records' totals, and the view's URL.

const figure = (metric: string) => {
  const found = explainedFigure(metric);
  if (!found) throw new Error(metric);
  return found;
};
const totals = (byTerm: RecordTotals["byTerm"], extra: Partial<RecordTotals> = {}): RecordTotals => ({ byTerm, capacity: null, median: null, ...extra });

describe("formula with the period's numbers", () => {
  it("utilization: billable 162.3 h ÷ available 168 h = 0.9661, the billable hours from the entries and the available hours from the capacity rows", () => {
    const t = totals({ billable: { count: 40, sum: "162.3" } }, { capacity: "168" });
    expect(recompute(figure("team_utilization"), t)).toBe(0.9661);
    expect(assembleFormula(figure("team_utilization"), t, 0.9661).terms).toEqual([
      { label: "billable", value: 162.3, unit: "hours" },
      { label: "available", value: 168, unit: "hours" },
    ]);
  });

  it("SLA met: met ÷ every ticket in the base, rounded half-up to 4 decimals; no base is no data, not 0", () => {
    const t = totals({ met: { count: 2, sum: "0" }, missed: { count: 1, sum: "0" } });
    expect(recompute(figure("sla_met"), t)).toBe(0.6667);
    expect(assembleFormula(figure("sla_met"), t, 0.6667).terms.map((x) => x.value)).toEqual([2, 3]);
    expect(recompute(figure("sla_met"), totals({}))).toBeNull();
  });

  it("sums money to cents and averages scores to 4 decimals; a count is the rows", () => {
    expect(recompute(figure("billed_time_revenue"), totals({ billed: { count: 2, sum: "10.005" } }))).toBe(10.01);
    expect(recompute(figure("csat"), totals({ positive: { count: 2, sum: "9" }, other: { count: 1, sum: "2" } }))).toBe(3.6667);
    expect(recompute(figure("tickets_created"), totals({ created: { count: 7, sum: "7" } }))).toBe(7);
    expect(recompute(figure("first_response_minutes"), totals({ responded: { count: 2, sum: "3" } }, { median: "1.5" }))).toBe(1.5);
  });
});

describe("ratios of money and of full-time equivalents", () => {
  it("average contract value: MRR 800 ÷ 3 contracts = 266.67, rounded to cents", () => {
    const t = totals({ active: { count: 3, sum: "800" } });
    expect(recompute(figure("average_contract_value"), t)).toBe(266.67);
    expect(assembleFormula(figure("average_contract_value"), t, 266.67)).toMatchObject({ terms: [{ value: 800 }, { value: 3 }], resultUnit: "money" });
  });

  it("FTE: available 300 h ÷ (8 h × 21 weekdays) = 1.7857; revenue per technician divides once: 1,000 × 168 ÷ 300 = 560; no weekdays is no data", () => {
    expect(recompute(figure("fte"), totals({ available: { count: 2, sum: "300" } }, { fullTime: "168" }))).toBe(1.7857);
    const revenue = totals({ recurring: { count: 1, sum: "1000" } }, { capacity: "300", fullTime: "168" });
    expect(recompute(figure("revenue_per_technician"), revenue)).toBe(560);
    expect(assembleFormula(figure("revenue_per_technician"), revenue, 560).terms[1]).toEqual({ label: "fte", value: 300 / 168, unit: "number" });
    expect(recompute(figure("fte"), totals({ available: { count: 0, sum: "0" } }, { fullTime: "0" }))).toBeNull();
    expect(recompute(figure("revenue_per_technician"), totals({}, { capacity: "0", fullTime: "0" }))).toBeNull();
  });
});

describe("explanation URL", () => {
  it("carries the period and the subject, encoded; the path segment reads back however far it was decoded", () => {
    expect(explainHref("client.billed_hours", { from: "2026-01-01", to: "2026-01-31" }, "Müller & Co")).toBe(
      "/explain/client.billed_hours?from=2026-01-01&to=2026-01-31&subject=M%C3%BCller+%26+Co",
    );
    expect(metricFromPath("client.billed_hours")).toBe("client.billed_hours");
    expect(metricFromPath("%")).toBe("%");
  });

  it("offers the capacity rows only for utilization; anything else is the counted rows", () => {
    expect(recordSetOf(figure("team_utilization"), "capacity")).toBe("capacity");
    expect(recordSetOf(figure("mrr"), "capacity")).toBe("counted");
    expect(recordSetOf(figure("mrr"), ["left-out"])).toBe("left-out");
    expect(recordSetOf(figure("mrr"), "nonsense")).toBe("counted");
  });
});
