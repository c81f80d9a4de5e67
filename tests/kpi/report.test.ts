import { describe, expect, it } from "vitest";
import { computeKpiReport, computeKpiSections, KpiReport, previousPeriod } from "@/lib/kpi/reference";
import { contract, dataset, device, entry, settings, status, technician, ticket } from "./factories";

// February 2026 (28 days, 20 weekdays); the previous period is the 28 days before: 4–31 January.
const FEB = { from: "2026-02-01", to: "2026-02-28" };
const data = dataset({
  clients: [
    { name: "Acme", segment: "SMB" },
    { name: "Beta", segment: null },
  ],
  contracts: [
    contract({ client: "Acme", monthly_value: "1000", start_date: "2025-01-01", salesperson: "Sam" }),
    contract({ client: "Beta", service: "Backup", monthly_value: "400", start_date: "2026-02-10", salesperson: "Sam" }),
  ],
  technicians: [technician({ technician: "Ann" })],
  timeEntries: [
    entry({ technician: "Ann", client: "Acme", work_date: "2026-02-02", hours: "80", rate: "100" }),
    entry({ technician: "Ann", client: "Acme", work_date: "2026-01-20", hours: "40", rate: "100" }),
  ],
  tickets: [
    ticket({ client: "Acme", priority: "P2", created_at: "2026-02-03T09:00:00Z", first_response_at: "2026-02-03T10:00:00Z" }),
    ticket({ client: "Beta", created_at: "2026-01-15T09:00:00Z" }),
  ],
  devices: [device({ client: "Acme", warranty_end: "2027-01-01" }), device({ client: "Acme" })],
  deviceStatus: [],
});

describe("the whole report", () => {
  const report = computeKpiReport(data, FEB, settings());

  it("validates against the KpiReport schema", () => {
    expect(KpiReport.safeParse(report).success).toBe(true);
  });

  it("February: MRR 1000 → 1400 (Beta new at 400); booked by Sam 400; earned 1000 × 12/365 × 28 + 400 × 12/365 × 19 = 920.55 + 249.86 = 1170.41", () => {
    expect(report.revenue).toMatchObject({
      mrr_start: 1000,
      mrr: 1400,
      new_clients: 1,
      new_mrr: 400,
      net_new_mrr: 400,
      booked_mrr: { Sam: 400 },
      service_mrr: { Backup: 400, Managed: 1000 },
      service_coverage: { Backup: 0.5, Managed: 0.5 },
      // (1000 × 12 × 28 + 400 × 12 × 19) / 365 = 427200 / 365 = 1170.4109…
      recurring_revenue: 1170.41,
      billed_time_revenue: 8000,
    });
  });

  it("Ann: 80 billable of 8 × 20 = 160 h = 0.5; revenue per FTE = 1170.4109… + 8000 = 9170.41", () => {
    expect(report.technicians).toEqual({
      fte: 1,
      team_utilization: 0.5,
      revenue_per_technician: 9170.41,
      by_technician: {
        Ann: {
          available_hours: 160,
          billable_hours: 80,
          logged_hours: 80,
          utilization: 0.5,
          logged_utilization: 0.5,
          billed_revenue: 8000,
          workload: "balanced",
        },
      },
    });
  });

  it("tickets: 1 in February, answered in 60 min within P2's 4 h; 1 ticket / 2 devices / (28 / 30.4375) = 0.5435", () => {
    expect(report.tickets).toEqual({
      tickets_created: 1,
      first_response_minutes: 60,
      resolution_hours: null,
      sla_met: 1,
      csat: null,
      csat_positive: null,
      // 1 × 30.4375 / (2 × 28) = 0.54352… → 0.5435
      tickets_per_device: 0.5435,
      by_client: { Acme: { tickets_created: 1, billed_hours: 80 } },
      by_week: { "2026-W05": 0, "2026-W06": 1, "2026-W07": 0, "2026-W08": 0, "2026-W09": 0 },
      by_month: { "2026-02": 1 },
    });
  });

  it("devices: 2 managed, warranty 1 / 2, no observations → every health share 0", () => {
    expect(report.devices).toEqual({
      managed_devices: 2,
      managed_devices_start: 2,
      warranty_coverage: 0.5,
      health: { Acme: { av_ok: 0, patched: 0, backup_ok: 0, seen: 0 } },
      health_start: { Acme: { av_ok: 0, patched: 0, backup_ok: 0, seen: 0 } },
    });
  });

  it("previous = the same sections for 4–31 January (28 days): Beta's January ticket, Ann's 40 h of 8 × 20 weekdays", () => {
    expect(previousPeriod(FEB)).toEqual({ from: "2026-01-04", to: "2026-01-31" });
    expect(report.previous).toEqual(computeKpiSections(data, { from: "2026-01-04", to: "2026-01-31" }, settings()));
    expect(report.previous.tickets.tickets_created).toBe(1);
    expect(report.previous.technicians.by_technician.Ann).toMatchObject({ available_hours: 160, billable_hours: 40, utilization: 0.25 });
    expect(report.previous.revenue).toMatchObject({ mrr: 1000, mrr_start: 1000, net_new_mrr: 0 });
  });

  it("keys are exactly the contract's, in order", () => {
    expect(Object.keys(report)).toEqual(["period", "revenue", "technicians", "tickets", "devices", "profitability", "scorecards", "previous"]);
    expect(Object.keys(report.previous)).toEqual(["revenue", "technicians", "tickets", "devices", "profitability", "scorecards"]);
    expect(Object.keys(report.scorecards!)).toEqual(["technicians", "salespeople"]);
    expect(Object.keys(Object.values(report.scorecards!.technicians)[0]!)).toEqual([
      "tickets_resolved", "csat", "csat_positive", "sla_met", "first_response_minutes", "peer_review",
    ]);
    expect(Object.keys(Object.values(report.scorecards!.salespeople)[0]!)).toEqual(["booked_upsell_mrr", "booked_new_service_mrr", "new_service_share"]);
    expect(Object.keys(report.profitability!)).toEqual([
      "revenue_earned", "hard_cost", "labour_cost", "gross_profit", "gross_margin", "effective_hourly_rate", "logged_hours",
      "costed_hours_share", "reactive_hours", "reactive_hours_per_endpoint", "hard_cost_coverage", "unlogged_capacity_cost",
      "by_client", "by_technician",
    ]);
    expect(report.period).toEqual(FEB);
  });

  it("device status observations change health", () => {
    const [a] = data.devices;
    const withStatus = { ...data, deviceStatus: [status({ device_id: a!.device_id, observed_at: "2026-02-27T08:00:00Z" })] };
    expect(computeKpiReport(withStatus, FEB, settings()).devices.health).toEqual({ Acme: { av_ok: 0.5, patched: 0.5, backup_ok: 0.5, seen: 0.5 } });
  });
});

describe("an empty dataset", () => {
  it("every ratio and average is null, every count and sum 0, and it still validates", () => {
    const report = computeKpiReport(dataset({}), FEB, settings());
    expect(KpiReport.parse(report)).toEqual(report);
    expect(report.revenue).toMatchObject({ mrr: 0, average_contract_value: null, revenue_per_client: null, service_mrr: {} });
    expect(report.technicians).toEqual({ fte: 0, team_utilization: null, revenue_per_technician: null, by_technician: {} });
    expect(report.tickets).toMatchObject({ tickets_created: 0, sla_met: null, csat: null, tickets_per_device: null });
    expect(report.devices).toMatchObject({ managed_devices: 0, warranty_coverage: null, health: {} });
  });
});
