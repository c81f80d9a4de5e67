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
