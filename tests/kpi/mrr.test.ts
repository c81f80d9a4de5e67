import { describe, expect, it } from "vitest";
import { activeOn, computeMrrBridge, computeRevenue, monthlyValueFromYearly, mrrOn } from "@/lib/kpi/reference";
import { contract, dataset, Q1 } from "./factories";

const money = (b: { toNumber(): number }) => b.toNumber();

describe("active on day d (end_date inclusive)", () => {
  const c = contract({ client: "Acme", monthly_value: "100", start_date: "2026-01-10", end_date: "2026-03-31" });
  it("active on start_date and on end_date, not the day before or the day after", () => {
    expect(activeOn(c, "2026-01-09")).toBe(false);
    expect(activeOn(c, "2026-01-10")).toBe(true);
    expect(activeOn(c, "2026-03-31")).toBe(true);
    expect(activeOn(c, "2026-04-01")).toBe(false);
  });

  it("a contract ending on E = 2026-03-31 is in Q1's MRR (100) and gone from MRR on 2026-04-01 (0)", () => {
    expect(money(mrrOn([c], Q1.to))).toBe(100);
    expect(money(mrrOn([c], "2026-04-01"))).toBe(0);
  });

  it("open-ended (end_date empty) stays active", () => {
    expect(activeOn({ start_date: "2020-01-01", end_date: null }, "2099-12-31")).toBe(true);
  });

  it("MRR(c, s, d) restricts to one client and one service: Acme Managed 100 of Acme 130 of 330", () => {
    const cs = [
      contract({ client: "Acme", service: "Managed", monthly_value: "100", start_date: "2025-01-01" }),
      contract({ client: "Acme", service: "Backup", monthly_value: "30", start_date: "2025-01-01" }),
      contract({ client: "Beta", service: "Managed", monthly_value: "200", start_date: "2025-01-01" }),
    ];
    expect(money(mrrOn(cs, "2026-01-01"))).toBe(330);
    expect(money(mrrOn(cs, "2026-01-01", { client: "Acme" }))).toBe(130);
    expect(money(mrrOn(cs, "2026-01-01", { client: "Acme", service: "Managed" }))).toBe(100);
  });
});

describe("yearly contracts: monthly_value = yearly / 12", () => {
  it("1,200 a year = 100 a month", () => {
    expect(monthlyValueFromYearly("1200")).toBe("100");
  });

  it("1,000 a year = 83.3333333333333333 a month → MRR 83.33, and a whole year earns 1000.00", () => {
    const monthly = monthlyValueFromYearly("1000");
    expect(monthly).toBe("83.3333333333333333");
    const data = dataset({ contracts: [contract({ client: "Acme", monthly_value: monthly, start_date: "2025-06-01" })] });
    const revenue = computeRevenue(data, { from: "2026-01-01", to: "2026-12-31" });
    expect(revenue.mrr).toBe(83.33);
    // 83.3333333333333333 × 12 / 365 × 365 = 999.9999999999999996 → 1000.00
    expect(revenue.recurring_revenue).toBe(1000);
  });
});

describe("MRR bridge", () => {
  it("Q1 bridge: new A(500) + new B(250) − churn C(100) = +650, D(300) unchanged: 400 → 1050", () => {
    const contracts = [
      contract({ client: "C", monthly_value: "100", start_date: "2025-03-01", end_date: "2026-02-15" }),
      contract({ client: "D", monthly_value: "300", start_date: "2024-01-01" }),
      contract({ client: "A", monthly_value: "500", start_date: "2026-01-10" }),
      contract({ client: "B", monthly_value: "250", start_date: "2026-03-01" }),
    ];
    const r = computeRevenue(dataset({ contracts }), Q1);
    expect(r).toMatchObject({
      mrr_start: 400,
      mrr: 1050,
      new_clients: 2,
      new_mrr: 750,
      churned_clients: 1,
      churned_mrr: 100,
      upsell_mrr: 0,
      cross_sell_mrr: 0,
      contraction_mrr: 0,
      reactivated_mrr: 0,
      net_new_mrr: 650,
    });
  });

  it("existing client X: upsell Managed 400→500 (+100), cross-sell Cloud (+80), contraction Backup 100→60 and Security 50→0 (−90): net +90", () => {
    const contracts = [
      contract({ client: "X", service: "Managed", monthly_value: "400", start_date: "2025-01-01" }),
      contract({ client: "X", service: "Managed", monthly_value: "100", start_date: "2026-02-01" }),
      contract({ client: "X", service: "Backup", monthly_value: "100", start_date: "2025-01-01", end_date: "2026-01-31" }),
      contract({ client: "X", service: "Backup", monthly_value: "60", start_date: "2026-02-01" }),
      contract({ client: "X", service: "Security", monthly_value: "50", start_date: "2025-01-01", end_date: "2026-03-30" }),
      contract({ client: "X", service: "Cloud", monthly_value: "80", start_date: "2026-03-01" }),
    ];
    const r = computeRevenue(dataset({ contracts }), Q1);
    expect(r).toMatchObject({
      mrr_start: 550,
      mrr: 640,
      upsell_mrr: 100,
      cross_sell_mrr: 80,
      contraction_mrr: 90,
      new_clients: 0,
      churned_clients: 0,
      net_new_mrr: 90,
    });
  });

  it("new vs reactivated vs churned: N is new (first contract in P, 200), R comes back after a gap (150), Q leaves (−70): net +280", () => {
    const contracts = [
      contract({ client: "N", monthly_value: "200", start_date: "2026-02-01" }),
      contract({ client: "R", monthly_value: "90", start_date: "2025-01-01", end_date: "2025-06-30" }),
      contract({ client: "R", monthly_value: "150", start_date: "2026-03-01" }),
      contract({ client: "Q", monthly_value: "70", start_date: "2025-01-01", end_date: "2026-01-15" }),
    ];
    const r = computeRevenue(dataset({ contracts }), Q1);
    expect(r).toMatchObject({
      mrr_start: 70,
      mrr: 350,
      new_clients: 1,
      new_mrr: 200,
      reactivated_mrr: 150,
      churned_clients: 1,
      churned_mrr: 70,
      net_new_mrr: 280,
    });
  });

  it("a client whose only contract starts and ends inside P is a new client with new_mrr 0 (not churn)", () => {
    const contracts = [contract({ client: "T", monthly_value: "100", start_date: "2026-01-05", end_date: "2026-02-05" })];
    const r = computeRevenue(dataset({ contracts }), Q1);
    expect(r).toMatchObject({ new_clients: 1, new_mrr: 0, churned_clients: 0, churned_mrr: 0, net_new_mrr: 0 });
  });

  it("a client whose earliest contract starts after P is not new in P (no contract active on E either)", () => {
    const contracts = [contract({ client: "Later", monthly_value: "100", start_date: "2026-04-01" })];
    expect(computeRevenue(dataset({ contracts }), Q1)).toMatchObject({ new_clients: 0, mrr: 0 });
  });

  it("identity, exact: net_new_mrr = MRR(E) − MRR(S) with thirds of a cent (83.3333… − 33.3333… = 50)", () => {
    const contracts = [
      contract({ client: "A", monthly_value: "33.3333333333333333", start_date: "2025-01-01", end_date: "2026-01-31" }),
      contract({ client: "B", monthly_value: "83.3333333333333333", start_date: "2026-02-01" }),
    ];
    const b = computeMrrBridge(contracts, Q1);
    expect(b.netNewMrr.eq(b.mrr.minus(b.mrrStart))).toBe(true);
    expect(b.netNewMrr.toString()).toBe("50");
  });
});
