import { describe, expect, it } from "vitest";
import { computeProfitability, costRates, entryCategory, type KpiDataset } from "@/lib/kpi/reference";
import { contract, dataset, device, entry, JAN, settings, technician } from "./factories";

// Hand-worked examples of every profitability figure of KPIS.md, over January 2026 (31 days,
// 22 weekdays). Contract money runs monthly × 12 / 365 × active days, so a monthly 365 over all
// 31 days is 365 × 12 × 31 / 365 = 372.
const noDefault = settings();
const withDefault = settings({ defaultHourlyCost: 30 });
const profit = (data: KpiDataset, s = noDefault) => computeProfitability(data, JAN, s);

// Beta: 1,000 billed for 10 h of Ann's (cost 50/h) and a contract worth 0 a month that costs 365.
const beta = dataset({
  technicians: [technician({ technician: "Ann", hourly_cost: "50" }), technician({ technician: "Bo" })],
  contracts: [contract({ client: "Beta", monthly_value: "0", monthly_cost: "365", start_date: "2025-06-01" })],
  timeEntries: [entry({ client: "Beta", technician: "Ann", work_date: "2026-01-12", hours: "10", amount: "1000" })],
});

describe("cost_rate", () => {
  it("is the technician's hourly_cost, else default_hourly_cost, else none; someone without a record gets the default", () => {
    const data = dataset({
      technicians: [technician({ technician: "Ann", hourly_cost: "52.5" }), technician({ technician: "Bo" })],
      timeEntries: [entry({ technician: "Stranger", work_date: "2026-01-05", hours: "1" })],
    });
    const own = costRates(data, noDefault);
    expect([own.get("Ann")?.toString(), own.get("Bo"), own.get("Stranger")]).toEqual(["52.5", null, null]);
    const fallback = costRates(data, withDefault);
    expect([fallback.get("Ann")?.toString(), fallback.get("Bo")?.toString(), fallback.get("Stranger")?.toString()]).toEqual(["52.5", "30", "30"]);
  });
});

describe("per client", () => {
  it("revenue_earned: 1,000 a month over all 31 days = 12,000 × 31 / 365 = 1,019.18, plus 250 billed = 1,269.18", () => {
    const data = dataset({
      contracts: [contract({ client: "Acme", monthly_value: "1000", start_date: "2025-01-01" })],
      timeEntries: [entry({ technician: "Ann", work_date: "2026-01-07", hours: "2", rate: "125" })],
    });
    expect(profit(data).by_client.Acme?.revenue_earned).toBe(1269.18);
  });

  it("hard_cost: 365 a month for the 10 days from 2026-01-22 = 120; a contract without monthly_cost adds nothing", () => {
    const data = dataset({
      contracts: [
        contract({ client: "Acme", monthly_value: "500", monthly_cost: "365", start_date: "2026-01-22" }),
        contract({ client: "Acme", monthly_value: "500", start_date: "2025-01-01" }),
      ],
    });
    expect(profit(data).by_client.Acme?.hard_cost).toBe(120);
  });

  it("logged_hours: every entry in P, billable or not (1.5 + 2.25); an entry in February does not count", () => {
    const data = dataset({
      timeEntries: [
        entry({ technician: "Ann", work_date: "2026-01-02", hours: "1.5" }),
        entry({ technician: "Ann", work_date: "2026-01-30", hours: "2.25", billable: false }),
        entry({ technician: "Ann", work_date: "2026-02-01", hours: "8" }),
      ],
    });
    expect(profit(data).by_client.Acme?.logged_hours).toBe(3.75);
  });

  it("labour_cost and costed_hours_share: Ann's 2 h × 50 = 100; Bo's 3 h have no rate → 100, and 2 / 5 = 0.4 of the hours costed", () => {
    const data = dataset({
      technicians: [technician({ technician: "Ann", hourly_cost: "50" }), technician({ technician: "Bo" })],
      timeEntries: [
        entry({ technician: "Ann", work_date: "2026-01-05", hours: "2" }),
        entry({ technician: "Bo", work_date: "2026-01-05", hours: "3" }),
      ],
    });
    expect(profit(data).by_client.Acme).toMatchObject({ labour_cost: 100, costed_hours_share: 0.4 });
    expect(profit(data, withDefault).by_client.Acme).toMatchObject({ labour_cost: 190, costed_hours_share: 1 });
  });

  it("gross_profit = 1,000 − 372 − 500 = 128; gross_margin = 128 / 1,000 = 0.128; effective_hourly_rate = (1,000 − 372) / 10 h = 62.80", () => {
    expect(profit(beta).by_client.Beta).toMatchObject({
      revenue_earned: 1000, hard_cost: 372, labour_cost: 500, gross_profit: 128, gross_margin: 0.128, effective_hourly_rate: 62.8,
    });
  });

  it("a loss: margin below zero", () => {
    const data = { ...beta, technicians: [technician({ technician: "Ann", hourly_cost: "80" })] };
    expect(profit(data).by_client.Beta).toMatchObject({ gross_profit: -172, gross_margin: -0.172 });
  });

  it("gross_margin is null without revenue; effective_hourly_rate is null without hours", () => {
    const data = dataset({
      contracts: [contract({ client: "Paid", monthly_value: "100", start_date: "2025-01-01" })],
      timeEntries: [entry({ client: "Unpaid", technician: "Ann", work_date: "2026-01-05", hours: "4", billable: false })],
    });
    const { Paid, Unpaid } = profit(data).by_client;
    expect(Paid).toMatchObject({ logged_hours: 0, effective_hourly_rate: null, costed_hours_share: null });
    expect(Unpaid).toMatchObject({ revenue_earned: 0, gross_margin: null, effective_hourly_rate: 0 });
  });

  it("reactive_hours: category reactive, or no category with a ticket; not proactive, project, internal, nor no category without a ticket", () => {
    expect(entryCategory({ category: null, ticket_id: "T1" })).toBe("reactive");
    expect(entryCategory({ category: null, ticket_id: null })).toBe("internal");
    expect(entryCategory({ category: "project", ticket_id: "T1" })).toBe("project");
    const at = (hours: string, p: Partial<KpiDataset["timeEntries"][number]>) => entry({ technician: "Ann", work_date: "2026-01-05", hours, ...p });
    const data = dataset({
      timeEntries: [
        at("1", { category: "reactive" }),
        at("2", { ticket_id: "T9" }),
        at("4", { category: "proactive", ticket_id: "T9" }),
        at("8", { category: "project" }),
        at("16", { category: "internal" }),
        at("32", {}),
      ],
    });
    expect(profit(data).by_client.Acme?.reactive_hours).toBe(3);
  });

  it("reactive_hours_per_endpoint: 6 h / 4 devices managed on E / (31 / 30.4375) = 1.4728; null without devices", () => {
    const data = dataset({
      timeEntries: [entry({ client: "Acme", technician: "Ann", work_date: "2026-01-05", hours: "6", category: "reactive" }),
        entry({ client: "Solo", technician: "Ann", work_date: "2026-01-05", hours: "6", category: "reactive" })],
      devices: [device(), device(), device(), device(), device({ retired_on: "2026-01-31" })],
    });
    expect(profit(data).by_client.Acme?.reactive_hours_per_endpoint).toBe(1.4728);
    expect(profit(data).by_client.Solo?.reactive_hours_per_endpoint).toBeNull();
  });
});

describe("clients listed", () => {
  it("every client with revenue_earned > 0 or logged_hours > 0; devices alone or a contract ended before P do not list one", () => {
    const data = dataset({
      contracts: [
        contract({ client: "Paying", monthly_value: "10", start_date: "2025-01-01" }),
        contract({ client: "Gone", monthly_value: "10", start_date: "2025-01-01", end_date: "2025-12-31" }),
      ],
      timeEntries: [entry({ client: "Busy", technician: "Ann", work_date: "2026-01-05", hours: "1", billable: false })],
      devices: [device({ client: "Quiet" })],
    });
    expect(Object.keys(profit(data).by_client)).toEqual(["Busy", "Paying"]);
  });
});

describe("business figures", () => {
  it("sums over the listed clients, ratios of the sums; reactive hours per endpoint over every managed device", () => {
    const data = dataset({
      ...beta,
      contracts: [...beta.contracts, contract({ client: "Acme", monthly_value: "365", start_date: "2025-01-01" })],
      timeEntries: [...beta.timeEntries, entry({ client: "Acme", technician: "Bo", work_date: "2026-01-06", hours: "5", category: "reactive" })],
      devices: [device({ client: "Acme" }), device({ client: "Quiet" })],
    });
    const p = profit(data);
    // revenue 1,000 + 372; hard cost 372; labour 500 (Bo has no rate); hours 15, of which 10 costed
    expect(p).toMatchObject({
      revenue_earned: 1372, hard_cost: 372, labour_cost: 500, gross_profit: 500, gross_margin: 0.3644, effective_hourly_rate: 66.67,
      logged_hours: 15, costed_hours_share: 0.6667, reactive_hours: 5,
    });
    // 5 h / 2 devices / (31 / 30.4375) = 2.4546
    expect(p.reactive_hours_per_endpoint).toBe(2.4546);
  });

  it("hard_cost_coverage: MRR on E with a monthly_cost (600) / MRR (1,000) = 0.6; null without MRR", () => {
    const data = dataset({
      contracts: [
        contract({ client: "Acme", monthly_value: "600", monthly_cost: "0", start_date: "2025-01-01" }),
        contract({ client: "Acme", monthly_value: "400", start_date: "2025-01-01" }),
        contract({ client: "Acme", monthly_value: "900", monthly_cost: "100", start_date: "2025-01-01", end_date: "2026-01-30" }),
      ],
    });
    expect(profit(data).hard_cost_coverage).toBe(0.6);
    expect(profit(dataset({})).hard_cost_coverage).toBeNull();
  });

  it("unlogged_capacity_cost: Ann 176 h available (22 weekdays × 8) − 10 logged = 166 × 50 = 8,300; Bo has no rate; logging more than capacity counts 0", () => {
    expect(profit(beta).unlogged_capacity_cost).toBe(8300);
    const overtime = { ...beta, technicians: [technician({ technician: "Ann", hourly_cost: "50", weekly_capacity_hours: "2" })] };
    expect(profit(overtime).unlogged_capacity_cost).toBe(0);
  });

  it("labour_cost per technician: logged hours × cost rate, none without a rate", () => {
    expect(profit(beta).by_technician).toEqual({ Ann: { cost_rate: 50, labour_cost: 500 }, Bo: { cost_rate: null, labour_cost: null } });
  });

  it("without any cost rate, labour costs nothing that is known: labour_cost 0 with costed_hours_share 0, technicians' costs null", () => {
    const data = { ...beta, technicians: [technician({ technician: "Ann" })] };
    const p = profit(data);
    expect(p).toMatchObject({ labour_cost: 0, costed_hours_share: 0, unlogged_capacity_cost: 0 });
    expect(p.by_technician).toEqual({ Ann: { cost_rate: null, labour_cost: null } });
  });
});
