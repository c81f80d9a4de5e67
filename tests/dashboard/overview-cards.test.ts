import { describe, expect, it } from "vitest";
import { bridgeSteps, changeIsGood, overviewCards, utilizationChangeIsGood } from "@/app/overview/cards";
import { waterfallAxisStart, waterfallRows } from "@/components/charts/waterfall";
import { goalsInForce } from "@/lib/goals/in-force";
import { computeKpiReport } from "@/lib/kpi/reference";
import { JAN, contract, dataset, settings } from "../kpi/factories";

// January 2026 against December 2025:
//   Acme 1,000 (all along) · Borealis 500 (ends 15 Jan: churn) · Cobalt 700 (starts 10 Jan: new)
//   MRR 31 Dec = 1,000 + 500 = 1,500; MRR 31 Jan = 1,000 + 700 = 1,700 (+13.3 %)
const data = dataset({
  contracts: [
    contract({ client: "Acme", monthly_value: "1000", start_date: "2025-01-01" }),
    contract({ client: "Borealis", monthly_value: "500", start_date: "2025-06-01", end_date: "2026-01-15" }),
    contract({ client: "Cobalt", monthly_value: "700", start_date: "2026-01-10" }),
  ],
});
const report = computeKpiReport(data, JAN, settings());
const context = { currency: "EUR", workloadLower: 0.5, workloadUpper: 0.9 };
const byId = (locale: "en" | "de") => {
  const cards = overviewCards(report, { ...context, locale });
  return Object.fromEntries([...cards.revenue, ...cards.delivery].map((c) => [c.id, c]));
};

describe("overview cards", () => {
  it("MRR 1,500 → 1,700: +13.3 %, good; formatted for the locale", () => {
    expect(byId("en").mrr).toMatchObject({ value: "€1,700.00", previous: "€1,500.00", delta: "+13.3\u00a0%", trend: "up", good: true });
    expect(byId("de").mrr).toMatchObject({ value: "1.700,00\u00a0€", previous: "1.500,00\u00a0€", delta: "+13,3\u00a0%", good: true });
  });

  it("churn 0 → 500 is bad, shown as a money change, with the churned clients", () => {
    expect(byId("en")["churned-mrr"]).toMatchObject({
      value: "€500.00",
      previous: "€0.00",
      delta: "+€500.00",
      good: false,
      description: "1 client lost (previous period: 0)",
    });
  });

  it("net new MRR = 700 new − 500 churn = 200; no tickets, technicians or ratings: no data, no colour", () => {
    const cards = byId("en");
    expect(cards["net-new-mrr"]).toMatchObject({ value: "€200.00", previous: "€0.00", good: true });
    expect(cards["tickets-created"]).toMatchObject({ value: "0", previous: "0", delta: null, good: null });
    expect(cards["new-mrr"]).toMatchObject({ value: "€700.00", delta: "+€700.00", good: true, description: "From 1 new client (previous period: 0)" });
    for (const id of ["team-utilization", "sla-met", "csat", "revenue-per-technician", "first-response"]) {
      expect(cards[id], id).toMatchObject({ value: "—", previous: "—", delta: null, good: null });
    }
  });

  it("colours a change by whether it is good for the business", () => {
    expect(changeIsGood(110, 100, "up")).toBe(true);
    expect(changeIsGood(90, 100, "up")).toBe(false);
    expect(changeIsGood(90, 100, "down")).toBe(true); // less churn
    expect(changeIsGood(120, 100, "neutral")).toBeNull(); // ticket volume
    expect(changeIsGood(100, 100, "up")).toBeNull();
    expect(changeIsGood(null, 100, "up")).toBeNull();
  });

  it("utilization is good when it moves towards the balanced band 50–90 %, bad when it leaves it", () => {
    expect(utilizationChangeIsGood(0.6, 0.4, 0.5, 0.9)).toBe(true); // idle → balanced
    expect(utilizationChangeIsGood(0.85, 0.95, 0.5, 0.9)).toBe(true); // overloaded → balanced
    expect(utilizationChangeIsGood(0.95, 0.3, 0.5, 0.9)).toBe(true); // 0.20 below → 0.05 above
    expect(utilizationChangeIsGood(0.45, 0.6, 0.5, 0.9)).toBe(false); // balanced → idle
    expect(utilizationChangeIsGood(0.99, 0.92, 0.5, 0.9)).toBe(false); // further overloaded
    expect(utilizationChangeIsGood(0.7, 0.6, 0.5, 0.9)).toBeNull(); // inside the band both times
  });

  it("links each explained card to its figure's explanation, expansion (upsell + cross-sell) included", () => {
    const cards = overviewCards(report, { ...context, locale: "en" });
    const hrefs = Object.fromEntries([...cards.revenue, ...cards.delivery].map((c) => [c.id, c.explainHref]));
    expect(hrefs["expansion-mrr"]).toBe("/explain/expansion_mrr?from=2026-01-01&to=2026-01-31");
    expect(hrefs["average-contract-value"]).toBe("/explain/average_contract_value?from=2026-01-01&to=2026-01-31");
    expect(hrefs["revenue-per-technician"]).toBe("/explain/revenue_per_technician?from=2026-01-01&to=2026-01-31");
  });
});

describe("MRR bridge steps", () => {
  it("start 1,500 + new 700 − churn 500 = end 1,700, drawn as a waterfall", () => {
    const steps = bridgeSteps(report, "en");
    expect(steps.map((s) => [s.label, s.value])).toEqual([
      ["Start MRR", 1500],
      ["New", 700],
      ["Reactivated", 0],
      ["Upsell", 0],
      ["Cross-sell", 0],
      ["Contraction", 0],
      ["Churn", -500],
      ["End MRR", 1700],
    ]);
    expect(Object.is(steps[5]!.value, -0)).toBe(false);
    // Each movement and the end open their explanation view for the report's period.
    const period = `from=${report.period.from}&to=${report.period.to}`;
    expect(steps.map((s) => s.href)).toEqual([
      undefined, `/explain/new_mrr?${period}`, `/explain/reactivated_mrr?${period}`, `/explain/upsell_mrr?${period}`,
      `/explain/cross_sell_mrr?${period}`, `/explain/contraction_mrr?${period}`, `/explain/churned_mrr?${period}`, `/explain/mrr?${period}`,
    ]);
    const rows = waterfallRows(steps);
    expect(rows[1]).toMatchObject({ base: 1500, up: 700, down: 0 }); // climbs from 1,500 to 2,200
    expect(rows[6]).toMatchObject({ base: 1700, up: 0, down: 500 }); // hangs from 2,200 down to 1,700
    expect(rows[7]).toMatchObject({ base: 0, total: 1700 });
  });

  it("starts the axis a round amount below the lowest running total, so small changes stay visible", () => {
    // Totals run 50,000 → 51,200 → 50,900: spread 1,200; 50,000 − 1,200 = 48,800 → 48,000 (unit 1,000).
    const steps = [
      { label: "Start", kind: "total" as const, value: 50_000 },
      { label: "New", kind: "change" as const, value: 1_200 },
      { label: "Churn", kind: "change" as const, value: -300 },
      { label: "End", kind: "total" as const, value: 50_900 },
    ];
    expect(waterfallAxisStart(steps)).toBe(48_000);
    expect(waterfallRows(steps, 48_000).map((r) => [r.base, r.up, r.down, r.total, r.value])).toEqual([
      [0, 0, 0, 2_000, 50_000],
      [2_000, 1_200, 0, 0, 1_200],
      [2_900, 0, 300, 0, -300],
      [0, 0, 0, 2_900, 50_900],
    ]);
    // Nothing moves, or the drop is as big as the total: from 0.
    expect(waterfallAxisStart([{ label: "Start", kind: "total", value: 100 }, { label: "End", kind: "total", value: 100 }])).toBe(0);
    expect(waterfallAxisStart([{ label: "Start", kind: "total", value: 100 }, { label: "Churn", kind: "change", value: -100 }])).toBe(0);
  });

  it("shows each card's goal with its status: MRR 1,700 ≥ 1,600 met, net new 200 ≥ 300 missed, SLA without tickets no data", () => {
    const own = (id: number, metric: string, target: number) =>
      ({ id, metric, scope: "business", subject: null, direction: "at_least", target, warn: null, dueDate: null, source: null, defaultKey: null, removed: false }) as const;
    const goals = goalsInForce([own(1, "mrr", 1600), own(2, "net_new_mrr", 300)]);
    const cards = overviewCards(report, { ...context, locale: "en", goals });
    const byCard = Object.fromEntries([...cards.revenue, ...cards.delivery].map((c) => [c.id, c.goal]));
    expect(byCard.mrr).toEqual({ status: "met", target: "≥\u00a0€1,600", targetValue: 1600 });
    expect(byCard["net-new-mrr"]).toMatchObject({ status: "missed" });
    // The benchmark defaults: SLA met ≥ 90 %, CSAT ≥ 4.5; no tickets, so no data.
    expect(byCard["sla-met"]).toEqual({ status: "no_data", target: "≥\u00a090.0\u00a0%", targetValue: 90 });
    expect(byCard.csat).toMatchObject({ status: "no_data", target: "≥\u00a04.50" });
    expect(byCard["expansion-mrr"]).toBeNull();
    expect(byCard["average-contract-value"]).toBeNull();
  });
});
