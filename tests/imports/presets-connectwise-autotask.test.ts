import { describe, expect, it } from "vitest";
import { describeNotices } from "@/lib/imports";
import { importFixture } from "./helpers";

// Every preset fixture is detected from its header row alone and parsed to concrete canonical
// records. Zone-less timestamps are read in Europe/Berlin unless a test says otherwise.

describe("ConnectWise PSA", () => {
  it("tickets: nested refs, 'Priority n - …' labels, closedDate standing in for dateResolved", async () => {
    const r = await importFixture("connectwise/tickets.csv");
    expect(r.plan.detected).toEqual({ kind: "tickets", format: "connectwise", confidence: 1 });
    expect(r.plan.options.mapping).toMatchObject({ client: "company/identifier", priority: "priority/name", closed_at: "closedDate" });
    expect(r.errors).toEqual([]);
    expect(r.records).toEqual([
      { ticket_id: "48211", client: "NORDLICHT", created_at: "2026-03-02T08:14:00.000Z", first_response_at: "2026-03-02T08:41:00.000Z", resolved_at: "2026-03-02T13:05:00.000Z", status: "Completed", priority: "P3", technician: "jberg", csat: null, subject: "VPN drops every 30 minutes" },
      { ticket_id: "48212", client: "BERGFELD", created_at: "2026-03-02T09:30:00.000Z", first_response_at: null, resolved_at: null, status: "In Progress", priority: "P2", technician: "mschulz", csat: null, subject: "New starter laptop, Mrs. Wolf" },
      { ticket_id: "48213", client: "HAFENKANTE", created_at: "2026-03-03T22:05:00.000Z", first_response_at: "2026-03-03T22:11:00.000Z", resolved_at: "2026-03-04T01:30:00.000Z", status: "Closed", priority: "P1", technician: "jberg", csat: null, subject: "Server C: drive almost full" },
      { ticket_id: "48214", client: "LINDENHOF", created_at: "2026-03-04T10:00:00.000Z", first_response_at: null, resolved_at: null, status: "Scheduled", priority: "P4", technician: null, csat: null, subject: "Label printer offline" },
    ]);
  });

  it("time: billableOption, chargeToType (ticket and category), work date from timeStart in the org zone, hours from timeEnd", async () => {
    const r = await importFixture("connectwise/time.csv");
    expect(r.plan.detected).toMatchObject({ kind: "time", format: "connectwise" });
    expect(r.errors).toEqual([]);
    expect(r.records).toEqual([
      { entry_id: "900101", technician: "jberg", client: "NORDLICHT", work_date: "2026-03-02", hours: "1.5", billable: true, ticket_id: "48211", rate: "95", amount: null, category: "reactive" },
      { entry_id: "900102", technician: "mschulz", client: "BERGFELD", work_date: "2026-03-02", hours: "0.75", billable: false, ticket_id: "48212", rate: "95", amount: null, category: "reactive" },
      { entry_id: "900103", technician: "jberg", client: "HAFENKANTE", work_date: "2026-03-03", hours: "3", billable: true, ticket_id: "48213", rate: "142.5", amount: null, category: "reactive" },
      // 23:30Z is 00:30 on the 5th in Berlin; a charge code is not a ticket but internal time; DoNotBill -> false
      { entry_id: "900104", technician: "jberg", client: "NORDLICHT", work_date: "2026-03-05", hours: "1", billable: false, ticket_id: null, rate: null, amount: null, category: "internal" },
      // no actualHours: timeEnd − timeStart = 20 minutes; NoDefault -> false
      { entry_id: "900105", technician: "mschulz", client: "LINDENHOF", work_date: "2026-03-05", hours: "0.33333333333333333333", billable: false, ticket_id: "48214", rate: "95", amount: null, category: "reactive" },
    ]);
  });

  it("time: the work date follows the org zone (UTC keeps the 4th)", async () => {
    const r = await importFixture("connectwise/time.csv", { timeZone: "UTC" });
    expect((r.records[3] as { work_date: string }).work_date).toBe("2026-03-04");
  });

  it("agreements: billAmount per billing cycle -> monthly_value, cancelled and open-ended agreements", async () => {
    const r = await importFixture("connectwise/contracts.csv");
    expect(r.plan.detected).toMatchObject({ kind: "contracts", format: "connectwise" });
    expect(r.records).toEqual([
      // noEndingDateFlag = true drops the end date
      { contract_id: "3101", client: "NORDLICHT", service: "Managed Services", monthly_value: "2450", start_date: "2025-01-01", end_date: null, tier: "Managed Workplace Gold", units: null, salesperson: null, parent_contract_id: null, monthly_cost: null },
      // 3600 per quarter = 1200 a month
      { contract_id: "3102", client: "NORDLICHT", service: "Backup", monthly_value: "1200", start_date: "2025-04-01", end_date: "2027-03-31", tier: "Backup & Recovery", units: null, salesperson: null, parent_contract_id: null, monthly_cost: null },
      // 1000 a year / 12, full precision; cancelled 2026-02-28 before its end date
      { contract_id: "3103", client: "BERGFELD", service: "Security", monthly_value: "83.33333333333333333333", start_date: "2024-07-01", end_date: "2026-02-28", tier: "Firewall Care", units: null, salesperson: null, parent_contract_id: null, monthly_cost: null },
      // billed through additions (connectwise/additions.csv): the agreement itself bills nothing
      { contract_id: "3104", client: "BERGFELD", service: "Managed Services", monthly_value: "0", start_date: "2026-01-01", end_date: null, tier: "Managed Workplace Silver", units: null, salesperson: null, parent_contract_id: null, monthly_cost: null },
    ]);
  });

  it("companies and configurations", async () => {
    const clients = await importFixture("connectwise/clients.csv");
    expect(clients.plan.detected).toMatchObject({ kind: "clients", format: "connectwise" });
    expect(clients.records).toEqual([
      { client_id: "NORDLICHT", name: "Nordlicht Logistik GmbH", segment: "Managed Services Client" },
      { client_id: "BERGFELD", name: "Bergfeld Bau AG", segment: "Managed Services Client" },
      { client_id: "HAFENKANTE", name: "Hafenkante Medien KG", segment: "Break-Fix Client" },
    ]);
    const devices = await importFixture("connectwise/devices.csv");
    expect(devices.plan.detected).toMatchObject({ kind: "devices", format: "connectwise" });
    expect(devices.records).toEqual([
      { device_id: "7001", client: "NORDLICHT", hostname: "NL-DC01", kind: "server", managed_since: "2023-05-10", retired_on: null, warranty_end: "2028-05-09" },
      { device_id: "7002", client: "NORDLICHT", hostname: "NL-FW01", kind: "network", managed_since: "2024-01-15", retired_on: null, warranty_end: null },
      { device_id: "7003", client: "BERGFELD", hostname: "BB-NB-017", kind: "workstation", managed_since: "2025-09-01", retired_on: null, warranty_end: "2028-08-31" },
    ]);
  });
});

describe("Autotask PSA", () => {
  it("tickets: integer priorities through the default picklist guess, completedDate fallback", async () => {
    const r = await importFixture("autotask/tickets.csv");
    expect(r.plan.detected).toEqual({ kind: "tickets", format: "autotask", confidence: 1 });
    expect(r.plan.options.valueMaps.priority).toMatchObject({ "1": "P2", "2": "P3", "3": "P4", "4": "P1" });
    expect(r.records).toEqual([
      { ticket_id: "12001", client: "174", created_at: "2026-03-02T07:55:12.000Z", first_response_at: "2026-03-02T08:20:00.000Z", resolved_at: "2026-03-02T11:02:45.000Z", status: "5", priority: "P3", technician: "29682885", csat: null, subject: "Outlook crashes on start" },
      { ticket_id: "12002", client: "175", created_at: "2026-03-02T09:10:00.000Z", first_response_at: "2026-03-02T09:12:30.000Z", resolved_at: null, status: "8", priority: "P1", technician: "29682886", csat: null, subject: "Switch port flapping" },
      { ticket_id: "12003", client: "174", created_at: "2026-03-03T13:00:00.000Z", first_response_at: "2026-03-03T13:05:00.000Z", resolved_at: "2026-03-03T13:20:00.000Z", status: "5", priority: "P4", technician: "29682885", csat: null, subject: "Password reset" },
      { ticket_id: "12004", client: "175", created_at: "2026-03-03T15:00:00.000Z", first_response_at: null, resolved_at: null, status: "1", priority: "P2", technician: null, csat: null, subject: "Quote for new NAS" },
    ]);
  });

  it("tickets: the tenant's own priority map wins over the default guess", async () => {
    const r = await importFixture("autotask/tickets.csv", { timeZone: "UTC", valueMaps: { priority: { "1": "P1", "2": "P2", "3": "P3", "4": "P4" } } });
    expect(r.records.map((t) => (t as { priority: string }).priority)).toEqual(["P2", "P4", "P3", "P1"]);
  });

  it("time: isNonBillable inverted (empty = billable), dateWorked as written, internalCost reported as not imported", async () => {
    const r = await importFixture("autotask/time.csv");
    expect(r.plan.detected).toMatchObject({ kind: "time", format: "autotask", confidence: 1 });
    // No field of a time entry holds its cost: labour cost is each technician's hourly cost.
    expect(r.plan.notices.droppedColumns).toEqual([{ column: "internalCost", reason: "entry_cost" }]);
    expect(describeNotices(r.plan.notices)).toContain(
      "column 'internalCost' not imported: labour cost comes from each technician's hourly cost (technicians import), not from time entries",
    );
    expect(r.records).toEqual([
      { entry_id: "55001", technician: "29682885", client: "174", work_date: "2026-03-02", hours: "1.5", billable: true, ticket_id: "12001", rate: null, amount: null, category: "reactive" },
      { entry_id: "55002", technician: "29682886", client: "175", work_date: "2026-03-02", hours: "0.75", billable: false, ticket_id: "12002", rate: null, amount: null, category: "reactive" },
      { entry_id: "55003", technician: "29682885", client: "174", work_date: "2026-03-03", hours: "0.25", billable: true, ticket_id: "12003", rate: null, amount: null, category: "reactive" },
    ]);
  });

  it("contract services: units × unitPrice and units × unitCost per period", async () => {
    const r = await importFixture("autotask/contracts.csv");
    expect(r.plan.detected).toMatchObject({ kind: "contracts", format: "autotask" });
    expect(r.records).toEqual([
      { contract_id: "88001", client: "174", service: "Managed Workstation", monthly_value: "1470", start_date: "2026-01-01", end_date: "2026-12-31", tier: null, units: "42", salesperson: null, parent_contract_id: null, monthly_cost: "399" },
      { contract_id: "88002", client: "174", service: "Managed Server", monthly_value: "450", start_date: "2026-01-01", end_date: "2026-12-31", tier: null, units: "3", salesperson: null, parent_contract_id: null, monthly_cost: "120" },
      // 25 × 30 per quarter = 250 a month; 25 × 6 per quarter = 50 a month of cost
      { contract_id: "88003", client: "175", service: "Email Security", monthly_value: "250", start_date: "2026-02-01", end_date: null, tier: null, units: "25", salesperson: null, parent_contract_id: null, monthly_cost: "50" },
    ]);
  });

  it("companies and configuration items", async () => {
    const clients = await importFixture("autotask/clients.csv");
    expect(clients.plan.detected).toMatchObject({ kind: "clients", format: "autotask" });
    expect(clients.records).toEqual([
      { client_id: "174", name: "Nordlicht Logistik GmbH", segment: "Gold" },
      { client_id: "175", name: "Bergfeld Bau AG", segment: "Silver" },
    ]);
    const devices = await importFixture("autotask/devices.csv");
    expect(devices.plan.detected).toMatchObject({ kind: "devices", format: "autotask" });
    expect(devices.records).toEqual([
      { device_id: "61001", client: "174", hostname: "NL-DC01", kind: null, managed_since: "2023-05-10", retired_on: null, warranty_end: "2028-05-09" },
      { device_id: "61002", client: "175", hostname: "BB-NB-017", kind: null, managed_since: "2025-09-01", retired_on: null, warranty_end: null },
    ]);
  });
});
