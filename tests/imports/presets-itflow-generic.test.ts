import { describe, expect, it } from "vitest";
import { importFixture } from "./helpers";

// Every preset fixture is detected from its header row alone and parsed to concrete canonical
// records. Zone-less timestamps are read in Europe/Berlin unless a test says otherwise.

describe("ITFlow", () => {
  it("tickets: CSV labels, Low/Medium/High/Urgent, zone-less DATETIME in the org zone (CET and CEST)", async () => {
    const r = await importFixture("itflow/tickets.csv");
    expect(r.plan.detected).toEqual({ kind: "tickets", format: "itflow", confidence: 1 });
    expect(r.records).toEqual([
      { ticket_id: "TCK-1001", client: "Lindenhof Zahnarztpraxis", created_at: "2026-03-02T07:15:00.000Z", first_response_at: null, resolved_at: "2026-03-02T08:45:00.000Z", status: "Resolved", priority: "P2", technician: "Anna Berg", csat: null, subject: "Mail server certificate expired" , first_response_tracked: false },
      { ticket_id: "TCK-1002", client: "Bergfeld Bau AG", created_at: "2026-03-02T09:00:00.000Z", first_response_at: null, resolved_at: null, status: "Open", priority: "P4", technician: null, csat: null, subject: "Add user to shared calendar" , first_response_tracked: false },
      { ticket_id: "TCK-1003", client: "Bergfeld Bau AG", created_at: "2026-03-04T09:15:00.000Z", first_response_at: null, resolved_at: "2026-03-04T15:00:00.000Z", status: "Closed", priority: "P1", technician: "Leon Wolf", csat: null, subject: "Ransomware alert on NB-07" , first_response_tracked: false },
      { ticket_id: "TCK-1004", client: "Nordlicht Logistik GmbH", created_at: "2026-07-05T05:30:00.000Z", first_response_at: null, resolved_at: null, status: "Open", priority: "P3", technician: "Anna Berg", csat: null, subject: 'Printer "Kyocera 2" jams' , first_response_tracked: false },
    ]);
  });

  it("time: TIME strings -> hours, derived stable ids (identical rows numbered)", async () => {
    const r = await importFixture("itflow/time.csv");
    expect(r.plan.detected).toMatchObject({ kind: "time", format: "itflow" });
    expect(r.plan.missingRequired).toEqual([]);
    expect(r.records).toEqual([
      { entry_id: "gen-c7a00fb0f794fcb5", technician: "Anna Berg", client: "Lindenhof Zahnarztpraxis", work_date: "2026-03-02", hours: "1.5", billable: true, ticket_id: "TCK-1001", rate: null, amount: null, category: null },
      { entry_id: "gen-287fc8f14a20078e", technician: "Leon Wolf", client: "Bergfeld Bau AG", work_date: "2026-03-04", hours: "4.75", billable: false, ticket_id: "TCK-1003", rate: null, amount: null, category: null },
      { entry_id: "gen-4f80781489f7bbc9", technician: "Leon Wolf", client: "Bergfeld Bau AG", work_date: "2026-03-04", hours: "0.33333333333333333333", billable: false, ticket_id: "TCK-1003", rate: null, amount: null, category: null },
      { entry_id: "gen-4f80781489f7bbc9-2", technician: "Leon Wolf", client: "Bergfeld Bau AG", work_date: "2026-03-04", hours: "0.33333333333333333333", billable: false, ticket_id: "TCK-1003", rate: null, amount: null, category: null },
    ]);
    // stable: a second import of the same file derives the same ids
    const again = await importFixture("itflow/time.csv");
    expect(again.records).toEqual(r.records);
  });

  it("recurring invoices: Amount per Frequency -> monthly_value", async () => {
    const r = await importFixture("itflow/contracts.csv");
    expect(r.plan.detected).toMatchObject({ kind: "contracts", format: "itflow" });
    expect(r.records).toEqual([
      { contract_id: "REC-12", client: "Lindenhof Zahnarztpraxis", service: "Managed Workplace", monthly_value: "1450", start_date: "2025-11-01", end_date: null, tier: null, units: null, salesperson: null, parent_contract_id: null, monthly_cost: null },
      { contract_id: "REC-13", client: "Lindenhof Zahnarztpraxis", service: "Domain & Hosting", monthly_value: "20", start_date: "2025-11-01", end_date: null, tier: null, units: null, salesperson: null, parent_contract_id: null, monthly_cost: null },
      { contract_id: "REC-14", client: "Bergfeld Bau AG", service: "Firewall Service", monthly_value: "89.9", start_date: "2026-01-15", end_date: null, tier: null, units: null, salesperson: null, parent_contract_id: null, monthly_cost: null },
    ]);
  });

  it("clients (name as id) and assets (serial or derived id, types -> kinds)", async () => {
    const clients = await importFixture("itflow/clients.csv");
    expect(clients.plan.detected).toMatchObject({ kind: "clients", format: "itflow" });
    expect(clients.records).toEqual([
      { client_id: "Lindenhof Zahnarztpraxis", name: "Lindenhof Zahnarztpraxis", segment: "Healthcare" },
      { client_id: "Bergfeld Bau AG", name: "Bergfeld Bau AG", segment: "Construction" },
    ]);
    const devices = await importFixture("itflow/devices.csv");
    expect(devices.plan.detected).toMatchObject({ kind: "devices", format: "itflow" });
    expect(devices.records).toEqual([
      { device_id: "7XK2L93", client: "Lindenhof Zahnarztpraxis", hostname: "LH-SRV01", kind: "server", managed_since: "2024-02-10", retired_on: null, warranty_end: "2029-01-31" },
      { device_id: "gen-f24f83499cd0a6cf", client: "Lindenhof Zahnarztpraxis", hostname: "LH-NB-03", kind: "workstation", managed_since: "2025-06-01", retired_on: null, warranty_end: "2028-05-19" },
      { device_id: "gen-0757882ce3e2be20", client: "Bergfeld Bau AG", hostname: "BB-FW01", kind: "network", managed_since: "2023-03-01", retired_on: null, warranty_end: null },
    ]);
  });
});

describe("generic (canonical field names)", () => {
  it("all seven kinds", async () => {
    const expected: Record<string, unknown[]> = {
      clients: [
        { client_id: "NORDLICHT", name: "Nordlicht Logistik GmbH", segment: "Logistics" },
        { client_id: "BERGFELD", name: "Bergfeld Bau AG", segment: null },
      ],
      contracts: [
        { contract_id: "K-100", client: "NORDLICHT", service: "Managed Workplace", monthly_value: "1470", start_date: "2026-01-01", end_date: null, tier: "Gold", units: "42", salesperson: "Sven Ahlers", parent_contract_id: null, monthly_cost: null },
        { contract_id: "K-101", client: "BERGFELD", service: "Backup", monthly_value: "99.5", start_date: "2025-06-01", end_date: "2026-05-31", tier: null, units: null, salesperson: null, parent_contract_id: null, monthly_cost: null },
      ],
      technicians: [
        { technician: "Anna Berg", weekly_capacity_hours: "40", active_from: "2024-01-01", active_to: null, role: "Service Desk", technician_id: null, login: null, inactive: null, hourly_cost: null },
        { technician: "Leon Wolf", weekly_capacity_hours: "40", active_from: "2025-09-01", active_to: "2026-08-31", role: "Field Engineer", technician_id: null, login: null, inactive: null, hourly_cost: null },
        { technician: "Mia Schulz", weekly_capacity_hours: "20", active_from: null, active_to: null, role: "Apprentice", technician_id: null, login: null, inactive: null, hourly_cost: null },
      ],
      tickets: [
        { ticket_id: "T-1", client: "NORDLICHT", created_at: "2026-03-02T08:00:00.000Z", first_response_at: "2026-03-02T08:20:00.000Z", resolved_at: "2026-03-02T10:00:00.000Z", status: "closed", priority: "P2", technician: "Anna Berg", csat: 5, subject: "Outlook profile broken" },
        { ticket_id: "T-2", client: "BERGFELD", created_at: "2026-03-02T08:00:00.000Z", first_response_at: null, resolved_at: null, status: "open", priority: "P4", technician: null, csat: null, subject: "New mailbox" },
        { ticket_id: "T-3", client: "NORDLICHT", created_at: "2026-03-03T13:30:00.000Z", first_response_at: "2026-03-03T13:35:00.000Z", resolved_at: null, status: "open", priority: "P1", technician: "Leon Wolf", csat: null, subject: "Server down" },
      ],
      time: [
        { entry_id: "E-1", technician: "Anna Berg", client: "NORDLICHT", work_date: "2026-03-02", hours: "1.5", billable: true, ticket_id: "T-1", rate: "95", amount: null, category: null },
        { entry_id: "E-2", technician: "Leon Wolf", client: "NORDLICHT", work_date: "2026-03-03", hours: "2.25", billable: false, ticket_id: "T-3", rate: null, amount: null, category: null },
        { entry_id: "E-3", technician: "Anna Berg", client: "BERGFELD", work_date: "2026-03-03", hours: "0.5", billable: true, ticket_id: null, rate: "110", amount: "60", category: null },
      ],
      devices: [
        { device_id: "D-1", client: "NORDLICHT", hostname: "NL-DC01", kind: "server", managed_since: "2023-05-10", retired_on: null, warranty_end: "2028-05-09" },
        { device_id: "D-2", client: "BERGFELD", hostname: "BB-NB-017", kind: "workstation", managed_since: "2025-09-01", retired_on: "2026-02-28", warranty_end: null },
      ],
      "device-status": [
        { device_id: "D-1", observed_at: "2026-03-04T06:00:00.000Z", av_ok: true, patched: false, patches_missing: 3, backup_ok: true, online: true, last_seen_at: "2026-03-04T05:58:00.000Z", client: "NORDLICHT", hostname: "NL-DC01" },
        // epoch seconds
        { device_id: "D-2", observed_at: "2026-03-04T06:00:00.000Z", av_ok: false, patched: true, patches_missing: 0, backup_ok: null, online: false, last_seen_at: "2026-03-03T06:00:00.000Z", client: "BERGFELD", hostname: "BB-NB-017" },
      ],
    };
    for (const [kind, records] of Object.entries(expected)) {
      const r = await importFixture(`generic/${kind}.csv`);
      expect(r.plan.detected, kind).toEqual({ kind, format: "generic", confidence: 1 });
      expect(r.errors, kind).toEqual([]);
      expect(r.records, kind).toEqual(records);
    }
  });
});
