import { describe, expect, it } from "vitest";
import { activeDaysInPeriod, billedAmount, computeRevenue } from "@/lib/kpi/reference";
import { contract, dataset, entry, JAN, Q1 } from "./factories";

describe("contract averages", () => {
  const contracts = [
    contract({ client: "A", monthly_value: "100", start_date: "2025-01-01" }),
    contract({ client: "A", monthly_value: "200", start_date: "2025-01-01" }),
    contract({ client: "B", monthly_value: "400", start_date: "2025-01-01" }),
    contract({ client: "Z", monthly_value: "0", start_date: "2025-01-01" }),
  ];
  const r = computeRevenue(dataset({ contracts }), Q1);

  it("mrr 700 over 4 active contracts (a 0-value one counts) = 175.00", () => {
    expect(r.mrr).toBe(700);
    expect(r.active_contracts).toBe(4);
    expect(r.average_contract_value).toBe(175);
  });

  it("revenue per client uses active_clients (MRR > 0): 700 / 2 (A, B; not Z at 0) = 350.00", () => {
    expect(r.active_clients).toBe(2);
    expect(r.revenue_per_client).toBe(350);
  });

  it("700 / 3 contracts = 233.333… → 233.33", () => {
    const three = computeRevenue(dataset({ contracts: contracts.slice(0, 3) }), Q1);
    expect(three.average_contract_value).toBe(233.33);
  });

  it("no contract active on E: average_contract_value and revenue_per_client are null, mrr 0", () => {
    const ended = [contract({ client: "A", monthly_value: "100", start_date: "2025-01-01", end_date: "2025-12-31" })];
    const none = computeRevenue(dataset({ contracts: ended }), Q1);
    expect(none).toMatchObject({ mrr: 0, average_contract_value: null, revenue_per_client: null, new_client_average_contract_value: null });
  });

  it("new client N: 100 + 50 active on E, a third contract ended in P: 150 / 2 = 75.00", () => {
    const cs = [
      contract({ client: "N", monthly_value: "100", start_date: "2026-01-05" }),
      contract({ client: "N", monthly_value: "50", start_date: "2026-02-01" }),
      contract({ client: "N", monthly_value: "999", start_date: "2026-01-05", end_date: "2026-01-31" }),
    ];
    const n = computeRevenue(dataset({ contracts: cs }), Q1);
    expect(n).toMatchObject({ new_clients: 1, new_mrr: 150, new_client_average_contract_value: 75 });
  });
});

describe("service mix", () => {
  it("Managed 100 + 200 = 300 held by A and B (2/2 = 1); Backup 20 held by A (1/2 = 0.5); a 0-value Backup for C is no coverage", () => {
    const contracts = [
      contract({ client: "A", service: "Managed", monthly_value: "100", start_date: "2025-01-01" }),
      contract({ client: "A", service: "Backup", monthly_value: "20", start_date: "2025-01-01" }),
      contract({ client: "B", service: "Managed", monthly_value: "200", start_date: "2025-01-01" }),
      contract({ client: "C", service: "Backup", monthly_value: "0", start_date: "2025-01-01" }),
      contract({ client: "B", service: "Voip", monthly_value: "10", start_date: "2025-01-01", end_date: "2025-12-31" }),
    ];
    const r = computeRevenue(dataset({ contracts }), Q1);
    expect(r.service_mrr).toEqual({ Backup: 20, Managed: 300 });
    expect(r.service_coverage).toEqual({ Backup: 0.5, Managed: 1 });
    expect(Object.keys(r.service_mrr)).toEqual(["Backup", "Managed"]);
  });
});

describe("services that only have 0-value contracts", () => {
  it("Voip at 0 is listed with 0 MRR and 0 coverage; with no paying client at all coverage is null", () => {
    const paying = contract({ client: "A", service: "Managed", monthly_value: "100", start_date: "2025-01-01" });
    const free = contract({ client: "B", service: "Voip", monthly_value: "0", start_date: "2025-01-01" });
    const both = computeRevenue(dataset({ contracts: [paying, free] }), Q1);
    expect([both.service_mrr, both.service_coverage]).toEqual([{ Managed: 100, Voip: 0 }, { Managed: 1, Voip: 0 }]);
    const onlyFree = computeRevenue(dataset({ contracts: [free] }), Q1);
    expect([onlyFree.active_clients, onlyFree.service_mrr, onlyFree.service_coverage]).toEqual([0, { Voip: 0 }, { Voip: null }]);
  });
});

describe("revenue earned in P", () => {
  it("active days: a contract from 2026-01-11 is active 21 of January's 31 days; one ending 2026-01-10 is active 10", () => {
    expect(activeDaysInPeriod({ start_date: "2026-01-11", end_date: null }, JAN)).toBe(21);
    expect(activeDaysInPeriod({ start_date: "2025-01-01", end_date: "2026-01-10" }, JAN)).toBe(10);
    expect(activeDaysInPeriod({ start_date: "2026-02-01", end_date: null }, JAN)).toBe(0);
  });

  it("January: 3650/month × 12/365 = 120/day × 21 days = 2520, plus 100 × 12/365 × 31 = 101.9178… → 2621.92", () => {
    const contracts = [
      contract({ client: "A", monthly_value: "3650", start_date: "2026-01-11" }),
      contract({ client: "B", monthly_value: "100", start_date: "2025-01-01" }),
    ];
    expect(computeRevenue(dataset({ contracts }), JAN).recurring_revenue).toBe(2621.92);
  });

  it("billed amount: amount 150 (even when not billable) + 2 h × 90 = 180 + billable without rate 0 + not billable with rate 0 = 330.00", () => {
    const timeEntries = [
      entry({ technician: "Ann", work_date: "2026-01-05", hours: "1", billable: false, amount: "150" }),
      entry({ technician: "Ann", work_date: "2026-01-06", hours: "2", rate: "90" }),
      entry({ technician: "Ann", work_date: "2026-01-07", hours: "3" }),
      entry({ technician: "Ann", work_date: "2026-01-08", hours: "4", billable: false, rate: "90" }),
      entry({ technician: "Ann", work_date: "2026-02-01", hours: "9", rate: "90" }),
    ];
    expect(timeEntries.map((e) => billedAmount(e).toNumber())).toEqual([150, 180, 0, 0, 810]);
    expect(computeRevenue(dataset({ timeEntries }), JAN).billed_time_revenue).toBe(330);
  });

  it("an explicit amount wins over hours × rate: amount 100 with 2 h × 90 = 100", () => {
    expect(billedAmount(entry({ technician: "Ann", work_date: "2026-01-05", hours: "2", rate: "90", amount: "100" })).toNumber()).toBe(100);
  });
});

describe("booked MRR per salesperson", () => {
  it("Ann 300 (starts in P, active on E) — not her contract that ended in P nor one from before P; Bob 120; no salesperson left out", () => {
    const contracts = [
      contract({ client: "A", monthly_value: "300", start_date: "2026-02-01", salesperson: "Ann" }),
      contract({ client: "A", monthly_value: "50", start_date: "2026-02-01", end_date: "2026-03-01", salesperson: "Ann" }),
      contract({ client: "B", monthly_value: "75", start_date: "2025-11-01", salesperson: "Ann" }),
      contract({ client: "B", monthly_value: "120", start_date: "2026-03-31", salesperson: "Bob" }),
      contract({ client: "C", monthly_value: "999", start_date: "2026-01-15" }),
    ];
    const r = computeRevenue(dataset({ contracts }), Q1);
    expect(r.booked_mrr).toEqual({ Ann: 300, Bob: 120 });
    expect(Object.keys(r.booked_mrr)).toEqual(["Ann", "Bob"]);
  });
});
