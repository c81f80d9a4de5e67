import { describe, expect, it } from "vitest";
import { importFixture } from "./helpers";

// Every preset fixture is detected from its header row alone and parsed to concrete canonical
// records. Zone-less timestamps are read in Europe/Berlin unless a test says otherwise.

describe("HaloPSA (API timestamps are UTC without a zone: timeZone UTC)", () => {
  const utc = { timeZone: "UTC" };

  it("tickets: priority_id 1..4 -> P1..P4, 0001-01-01T00:00:00 = none", async () => {
    const r = await importFixture("halopsa/tickets.csv", utc);
    expect(r.plan.detected).toEqual({ kind: "tickets", format: "halopsa", confidence: 1 });
    expect(r.records).toEqual([
      { ticket_id: "3301", client: "Hafenkante Medien KG", created_at: "2026-03-02T08:00:00.000Z", first_response_at: "2026-03-02T08:30:00.000Z", resolved_at: "2026-03-02T12:00:00.000Z", status: "9", priority: "P3", technician: "Jonas Krüger", csat: null, subject: "Scanner not working" },
      { ticket_id: "3302", client: "Lindenhof Zahnarztpraxis", created_at: "2026-03-03T09:15:00.387Z", first_response_at: null, resolved_at: null, status: "2", priority: "P4", technician: "Mia Schulz", csat: null, subject: "New mailbox for trainee" },
      { ticket_id: "3303", client: "Hafenkante Medien KG", created_at: "2026-03-04T06:45:10.000Z", first_response_at: "2026-03-04T06:47:00.000Z", resolved_at: "2026-03-04T07:30:00.000Z", status: "9", priority: "P1", technician: "Jonas Krüger", csat: null, subject: "Website down" },
    ]);
  });

  it("tickets: zone-less timestamps follow options.timeZone", async () => {
    const r = await importFixture("halopsa/tickets.csv", { timeZone: "Europe/Berlin" });
    expect((r.records[0] as { created_at: string }).created_at).toBe("2026-03-02T07:00:00.000Z");
  });

  it("actions: entry_id = ticket/action number, timetaken hours, actisbillable", async () => {
    const r = await importFixture("halopsa/time.csv", utc);
    expect(r.plan.detected).toMatchObject({ kind: "time", format: "halopsa" });
    expect(r.records).toEqual([
      { entry_id: "3301/1", technician: "Jonas Krüger", client: "Hafenkante Medien KG", work_date: "2026-03-02", hours: "1.25", billable: true, ticket_id: "3301", rate: null, amount: null, category: null },
      { entry_id: "3301/2", technician: "Jonas Krüger", client: "Hafenkante Medien KG", work_date: "2026-03-02", hours: "0.1", billable: false, ticket_id: "3301", rate: null, amount: null, category: null },
      { entry_id: "3303/1", technician: "Jonas Krüger", client: "Hafenkante Medien KG", work_date: "2026-03-04", hours: "0.75", billable: true, ticket_id: "3303", rate: null, amount: null, category: null },
    ]);
  });

  it("client contracts: periodchargeamount per billingperiod, 0001-01-01 end = open", async () => {
    const r = await importFixture("halopsa/contracts.csv", utc);
    expect(r.plan.detected).toMatchObject({ kind: "contracts", format: "halopsa" });
    expect(r.records).toEqual([
      { contract_id: "41", client: "Hafenkante Medien KG", service: "Managed Services", monthly_value: "1850", start_date: "2026-01-01", end_date: null, tier: "HAF-MS-2026", units: null, salesperson: null, parent_contract_id: null, monthly_cost: null },
      { contract_id: "42", client: "Lindenhof Zahnarztpraxis", service: "Backup", monthly_value: "125", start_date: "2025-07-01", end_date: "2026-06-30", tier: "LIN-BK-2025", units: null, salesperson: null, parent_contract_id: null, monthly_cost: null },
    ]);
  });

  it("clients and assets", async () => {
    const clients = await importFixture("halopsa/clients.csv", utc);
    expect(clients.plan.detected).toMatchObject({ kind: "clients", format: "halopsa" });
    expect(clients.records).toEqual([
      { client_id: "12", name: "Hafenkante Medien KG", segment: "Media" },
      { client_id: "13", name: "Lindenhof Zahnarztpraxis", segment: "Healthcare" },
    ]);
    const devices = await importFixture("halopsa/devices.csv", utc);
    expect(devices.plan.detected).toMatchObject({ kind: "devices", format: "halopsa" });
    expect(devices.records).toEqual([
      { device_id: "901", client: "Hafenkante Medien KG", hostname: "HK-WEB01", kind: "server", managed_since: null, retired_on: null, warranty_end: null },
      { device_id: "902", client: "Lindenhof Zahnarztpraxis", hostname: "LH-RECEPTION", kind: "workstation", managed_since: null, retired_on: null, warranty_end: null },
      { device_id: "903", client: "Lindenhof Zahnarztpraxis", hostname: "LH-IPAD-1", kind: "mobile", managed_since: null, retired_on: null, warranty_end: null },
    ]);
  });
});

describe("Syncro", () => {
  it("tickets: offsets, priority words ('2 Normal' -> P3)", async () => {
    const r = await importFixture("syncro/tickets.csv");
    expect(r.plan.detected).toEqual({ kind: "tickets", format: "syncro", confidence: 1 });
    expect(r.records).toEqual([
      { ticket_id: "70011", client: "Alpenblick Hotels GmbH", created_at: "2026-03-02T14:00:00.000Z", first_response_at: null, resolved_at: "2026-03-02T16:30:00.000Z", status: "Resolved", priority: "P3", technician: "88", csat: null, subject: "Email not syncing on phone" , first_response_tracked: false },
      { ticket_id: "70012", client: "Alpenblick Hotels GmbH", created_at: "2026-03-02T19:20:00.000Z", first_response_at: null, resolved_at: null, status: "In Progress", priority: "P2", technician: "88", csat: null, subject: "Front desk PC slow" , first_response_tracked: false },
      { ticket_id: "70013", client: "Müller & Söhne Druckerei", created_at: "2026-03-03T11:05:00.000Z", first_response_at: null, resolved_at: "2026-03-03T12:00:00.000Z", status: "Resolved", priority: "P1", technician: "89", csat: null, subject: "Wi-Fi outage in wing B" , first_response_tracked: false },
    ]);
  });

  it("ticket timers: hours from active_duration or end − start, work date in the org zone", async () => {
    const r = await importFixture("syncro/time.csv", { timeZone: "America/New_York" });
    expect(r.plan.detected).toMatchObject({ kind: "time", format: "syncro" });
    expect(r.records).toEqual([
      { entry_id: "9001", technician: "88", client: "Alpenblick Hotels GmbH", work_date: "2026-03-02", hours: "1.5", billable: true, ticket_id: "70011", rate: null, amount: null, category: null },
      { entry_id: "9002", technician: "88", client: "Alpenblick Hotels GmbH", work_date: "2026-03-02", hours: "0.75", billable: true, ticket_id: "70012", rate: null, amount: null, category: null },
      { entry_id: "9003", technician: "89", client: "Müller & Söhne Druckerei", work_date: "2026-03-03", hours: "0.675", billable: false, ticket_id: "70013", rate: null, amount: null, category: null },
    ]);
    // the same timer started 19:10 in New York is already the 4th in Berlin
    const berlin = await importFixture("syncro/time.csv", { timeZone: "Europe/Berlin" });
    expect((berlin.records[2] as { work_date: string }).work_date).toBe("2026-03-04");
  });

  it("customers and assets (recurring invoices: see recurring-revenue.test.ts)", async () => {
    const clients = await importFixture("syncro/clients.csv");
    expect(clients.plan.detected).toMatchObject({ kind: "clients", format: "syncro" });
    expect(clients.records).toEqual([
      { client_id: "501", name: "Alpenblick Hotels GmbH", segment: "Hospitality" },
      { client_id: "502", name: "Müller & Söhne Druckerei", segment: "Print" },
    ]);
    const devices = await importFixture("syncro/devices.csv");
    expect(devices.plan.detected).toMatchObject({ kind: "devices", format: "syncro" });
    expect(devices.records).toEqual([
      { device_id: "4401", client: "Alpenblick Hotels GmbH", hostname: "ALP-FRONTDESK-01", kind: "workstation", managed_since: null, retired_on: null, warranty_end: null },
      { device_id: "4402", client: "Alpenblick Hotels GmbH", hostname: "ALP-SRV-01", kind: "server", managed_since: null, retired_on: null, warranty_end: null },
      { device_id: "4403", client: "Alpenblick Hotels GmbH", hostname: "ALP-ROUTER", kind: "network", managed_since: null, retired_on: null, warranty_end: null },
    ]);
  });
});
