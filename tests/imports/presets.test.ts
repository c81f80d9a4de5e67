import { describe, expect, it } from "vitest";
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

  it("time: billableOption, chargeToType, work date from timeStart in the org zone, hours from timeEnd", async () => {
    const r = await importFixture("connectwise/time.csv");
    expect(r.plan.detected).toMatchObject({ kind: "time", format: "connectwise" });
    expect(r.errors).toEqual([]);
    expect(r.records).toEqual([
      { entry_id: "900101", technician: "jberg", client: "NORDLICHT", work_date: "2026-03-02", hours: "1.5", billable: true, ticket_id: "48211", rate: "95", amount: null },
      { entry_id: "900102", technician: "mschulz", client: "BERGFELD", work_date: "2026-03-02", hours: "0.75", billable: false, ticket_id: "48212", rate: "95", amount: null },
      { entry_id: "900103", technician: "jberg", client: "HAFENKANTE", work_date: "2026-03-03", hours: "3", billable: true, ticket_id: "48213", rate: "142.5", amount: null },
      // 23:30Z is 00:30 on the 5th in Berlin; a charge code is not a ticket; DoNotBill -> false
      { entry_id: "900104", technician: "jberg", client: "NORDLICHT", work_date: "2026-03-05", hours: "1", billable: false, ticket_id: null, rate: null, amount: null },
      // no actualHours: timeEnd − timeStart = 20 minutes; NoDefault -> false
      { entry_id: "900105", technician: "mschulz", client: "LINDENHOF", work_date: "2026-03-05", hours: "0.33333333333333333333", billable: false, ticket_id: "48214", rate: "95", amount: null },
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
      { contract_id: "3101", client: "NORDLICHT", service: "Managed Services", monthly_value: "2450", start_date: "2025-01-01", end_date: null, tier: "Managed Workplace Gold", units: null, salesperson: null },
      // 3600 per quarter = 1200 a month
      { contract_id: "3102", client: "NORDLICHT", service: "Backup", monthly_value: "1200", start_date: "2025-04-01", end_date: "2027-03-31", tier: "Backup & Recovery", units: null, salesperson: null },
      // 1000 a year / 12, full precision; cancelled 2026-02-28 before its end date
      { contract_id: "3103", client: "BERGFELD", service: "Security", monthly_value: "83.33333333333333333333", start_date: "2024-07-01", end_date: "2026-02-28", tier: "Firewall Care", units: null, salesperson: null },
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

  it("time: isNonBillable inverted (empty = billable), dateWorked as written", async () => {
    const r = await importFixture("autotask/time.csv");
    expect(r.plan.detected).toMatchObject({ kind: "time", format: "autotask" });
    expect(r.records).toEqual([
      { entry_id: "55001", technician: "29682885", client: "174", work_date: "2026-03-02", hours: "1.5", billable: true, ticket_id: "12001", rate: null, amount: null },
      { entry_id: "55002", technician: "29682886", client: "175", work_date: "2026-03-02", hours: "0.75", billable: false, ticket_id: "12002", rate: null, amount: null },
      { entry_id: "55003", technician: "29682885", client: "174", work_date: "2026-03-03", hours: "0.25", billable: true, ticket_id: "12003", rate: null, amount: null },
    ]);
  });

  it("contract services: units × unitPrice per period", async () => {
    const r = await importFixture("autotask/contracts.csv");
    expect(r.plan.detected).toMatchObject({ kind: "contracts", format: "autotask" });
    expect(r.records).toEqual([
      { contract_id: "88001", client: "174", service: "Managed Workstation", monthly_value: "1470", start_date: "2026-01-01", end_date: "2026-12-31", tier: null, units: "42", salesperson: null },
      { contract_id: "88002", client: "174", service: "Managed Server", monthly_value: "450", start_date: "2026-01-01", end_date: "2026-12-31", tier: null, units: "3", salesperson: null },
      // 25 × 30 per quarter = 250 a month
      { contract_id: "88003", client: "175", service: "Email Security", monthly_value: "250", start_date: "2026-02-01", end_date: null, tier: null, units: "25", salesperson: null },
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
      { entry_id: "3301/1", technician: "Jonas Krüger", client: "Hafenkante Medien KG", work_date: "2026-03-02", hours: "1.25", billable: true, ticket_id: "3301", rate: null, amount: null },
      { entry_id: "3301/2", technician: "Jonas Krüger", client: "Hafenkante Medien KG", work_date: "2026-03-02", hours: "0.1", billable: false, ticket_id: "3301", rate: null, amount: null },
      { entry_id: "3303/1", technician: "Jonas Krüger", client: "Hafenkante Medien KG", work_date: "2026-03-04", hours: "0.75", billable: true, ticket_id: "3303", rate: null, amount: null },
    ]);
  });

  it("client contracts: periodchargeamount per billingperiod, 0001-01-01 end = open", async () => {
    const r = await importFixture("halopsa/contracts.csv", utc);
    expect(r.plan.detected).toMatchObject({ kind: "contracts", format: "halopsa" });
    expect(r.records).toEqual([
      { contract_id: "41", client: "Hafenkante Medien KG", service: "Managed Services", monthly_value: "1850", start_date: "2026-01-01", end_date: null, tier: "HAF-MS-2026", units: null, salesperson: null },
      { contract_id: "42", client: "Lindenhof Zahnarztpraxis", service: "Backup", monthly_value: "125", start_date: "2025-07-01", end_date: "2026-06-30", tier: "LIN-BK-2025", units: null, salesperson: null },
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
      { ticket_id: "70011", client: "Alpenblick Hotels GmbH", created_at: "2026-03-02T14:00:00.000Z", first_response_at: null, resolved_at: "2026-03-02T16:30:00.000Z", status: "Resolved", priority: "P3", technician: "88", csat: null, subject: "Email not syncing on phone" },
      { ticket_id: "70012", client: "Alpenblick Hotels GmbH", created_at: "2026-03-02T19:20:00.000Z", first_response_at: null, resolved_at: null, status: "In Progress", priority: "P2", technician: "88", csat: null, subject: "Front desk PC slow" },
      { ticket_id: "70013", client: "Müller & Söhne Druckerei", created_at: "2026-03-03T11:05:00.000Z", first_response_at: null, resolved_at: "2026-03-03T12:00:00.000Z", status: "Resolved", priority: "P1", technician: "89", csat: null, subject: "Wi-Fi outage in wing B" },
    ]);
  });

  it("ticket timers: hours from active_duration or end − start, work date in the org zone", async () => {
    const r = await importFixture("syncro/time.csv", { timeZone: "America/New_York" });
    expect(r.plan.detected).toMatchObject({ kind: "time", format: "syncro" });
    expect(r.records).toEqual([
      { entry_id: "9001", technician: "88", client: "Alpenblick Hotels GmbH", work_date: "2026-03-02", hours: "1.5", billable: true, ticket_id: "70011", rate: null, amount: null },
      { entry_id: "9002", technician: "88", client: "Alpenblick Hotels GmbH", work_date: "2026-03-02", hours: "0.75", billable: true, ticket_id: "70012", rate: null, amount: null },
      { entry_id: "9003", technician: "89", client: "Müller & Söhne Druckerei", work_date: "2026-03-03", hours: "0.675", billable: false, ticket_id: "70013", rate: null, amount: null },
    ]);
    // the same timer started 19:10 in New York is already the 4th in Berlin
    const berlin = await importFixture("syncro/time.csv", { timeZone: "Europe/Berlin" });
    expect((berlin.records[2] as { work_date: string }).work_date).toBe("2026-03-04");
  });

  it("contracts, customers and assets", async () => {
    const contracts = await importFixture("syncro/contracts.csv");
    expect(contracts.plan.detected).toMatchObject({ kind: "contracts", format: "syncro" });
    expect(contracts.records).toEqual([
      { contract_id: "301", client: "Alpenblick Hotels GmbH", service: "Managed IT Hotel Package", monthly_value: "2400", start_date: "2026-01-01", end_date: "2026-12-31", tier: null, units: null, salesperson: null },
      { contract_id: "302", client: "Müller & Söhne Druckerei", service: "Backup Basic", monthly_value: "390.5", start_date: "2025-10-01", end_date: null, tier: null, units: null, salesperson: null },
    ]);
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

describe("ITFlow", () => {
  it("tickets: CSV labels, Low/Medium/High/Urgent, zone-less DATETIME in the org zone (CET and CEST)", async () => {
    const r = await importFixture("itflow/tickets.csv");
    expect(r.plan.detected).toEqual({ kind: "tickets", format: "itflow", confidence: 1 });
    expect(r.records).toEqual([
      { ticket_id: "TCK-1001", client: "Lindenhof Zahnarztpraxis", created_at: "2026-03-02T07:15:00.000Z", first_response_at: null, resolved_at: "2026-03-02T08:45:00.000Z", status: "Resolved", priority: "P2", technician: "Anna Berg", csat: null, subject: "Mail server certificate expired" },
      { ticket_id: "TCK-1002", client: "Bergfeld Bau AG", created_at: "2026-03-02T09:00:00.000Z", first_response_at: null, resolved_at: null, status: "Open", priority: "P4", technician: null, csat: null, subject: "Add user to shared calendar" },
      { ticket_id: "TCK-1003", client: "Bergfeld Bau AG", created_at: "2026-03-04T09:15:00.000Z", first_response_at: null, resolved_at: "2026-03-04T15:00:00.000Z", status: "Closed", priority: "P1", technician: "Leon Wolf", csat: null, subject: "Ransomware alert on NB-07" },
      { ticket_id: "TCK-1004", client: "Nordlicht Logistik GmbH", created_at: "2026-07-05T05:30:00.000Z", first_response_at: null, resolved_at: null, status: "Open", priority: "P3", technician: "Anna Berg", csat: null, subject: 'Printer "Kyocera 2" jams' },
    ]);
  });

  it("time: TIME strings -> hours, derived stable ids (identical rows numbered)", async () => {
    const r = await importFixture("itflow/time.csv");
    expect(r.plan.detected).toMatchObject({ kind: "time", format: "itflow" });
    expect(r.plan.missingRequired).toEqual([]);
    expect(r.records).toEqual([
      { entry_id: "gen-c7a00fb0f794fcb5", technician: "Anna Berg", client: "Lindenhof Zahnarztpraxis", work_date: "2026-03-02", hours: "1.5", billable: true, ticket_id: "TCK-1001", rate: null, amount: null },
      { entry_id: "gen-287fc8f14a20078e", technician: "Leon Wolf", client: "Bergfeld Bau AG", work_date: "2026-03-04", hours: "4.75", billable: false, ticket_id: "TCK-1003", rate: null, amount: null },
      { entry_id: "gen-4f80781489f7bbc9", technician: "Leon Wolf", client: "Bergfeld Bau AG", work_date: "2026-03-04", hours: "0.33333333333333333333", billable: false, ticket_id: "TCK-1003", rate: null, amount: null },
      { entry_id: "gen-4f80781489f7bbc9-2", technician: "Leon Wolf", client: "Bergfeld Bau AG", work_date: "2026-03-04", hours: "0.33333333333333333333", billable: false, ticket_id: "TCK-1003", rate: null, amount: null },
    ]);
    // stable: a second import of the same file derives the same ids
    const again = await importFixture("itflow/time.csv");
    expect(again.records).toEqual(r.records);
  });

  it("recurring invoices: Amount per Frequency -> monthly_value", async () => {
    const r = await importFixture("itflow/contracts.csv");
    expect(r.plan.detected).toMatchObject({ kind: "contracts", format: "itflow" });
    expect(r.records).toEqual([
      { contract_id: "REC-12", client: "Lindenhof Zahnarztpraxis", service: "Managed Workplace", monthly_value: "1450", start_date: "2025-11-01", end_date: null, tier: null, units: null, salesperson: null },
      { contract_id: "REC-13", client: "Lindenhof Zahnarztpraxis", service: "Domain & Hosting", monthly_value: "20", start_date: "2025-11-01", end_date: null, tier: null, units: null, salesperson: null },
      { contract_id: "REC-14", client: "Bergfeld Bau AG", service: "Firewall Service", monthly_value: "89.9", start_date: "2026-01-15", end_date: null, tier: null, units: null, salesperson: null },
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
        { contract_id: "K-100", client: "NORDLICHT", service: "Managed Workplace", monthly_value: "1470", start_date: "2026-01-01", end_date: null, tier: "Gold", units: "42", salesperson: "Sven Ahlers" },
        { contract_id: "K-101", client: "BERGFELD", service: "Backup", monthly_value: "99.5", start_date: "2025-06-01", end_date: "2026-05-31", tier: null, units: null, salesperson: null },
      ],
      technicians: [
        { technician: "Anna Berg", weekly_capacity_hours: "40", active_from: "2024-01-01", active_to: null, role: "Service Desk" },
        { technician: "Leon Wolf", weekly_capacity_hours: "40", active_from: "2025-09-01", active_to: "2026-08-31", role: "Field Engineer" },
        { technician: "Mia Schulz", weekly_capacity_hours: "20", active_from: null, active_to: null, role: "Apprentice" },
      ],
      tickets: [
        { ticket_id: "T-1", client: "NORDLICHT", created_at: "2026-03-02T08:00:00.000Z", first_response_at: "2026-03-02T08:20:00.000Z", resolved_at: "2026-03-02T10:00:00.000Z", status: "closed", priority: "P2", technician: "Anna Berg", csat: 5, subject: "Outlook profile broken" },
        { ticket_id: "T-2", client: "BERGFELD", created_at: "2026-03-02T08:00:00.000Z", first_response_at: null, resolved_at: null, status: "open", priority: "P4", technician: null, csat: null, subject: "New mailbox" },
        { ticket_id: "T-3", client: "NORDLICHT", created_at: "2026-03-03T13:30:00.000Z", first_response_at: "2026-03-03T13:35:00.000Z", resolved_at: null, status: "open", priority: "P1", technician: "Leon Wolf", csat: null, subject: "Server down" },
      ],
      time: [
        { entry_id: "E-1", technician: "Anna Berg", client: "NORDLICHT", work_date: "2026-03-02", hours: "1.5", billable: true, ticket_id: "T-1", rate: "95", amount: null },
        { entry_id: "E-2", technician: "Leon Wolf", client: "NORDLICHT", work_date: "2026-03-03", hours: "2.25", billable: false, ticket_id: "T-3", rate: null, amount: null },
        { entry_id: "E-3", technician: "Anna Berg", client: "BERGFELD", work_date: "2026-03-03", hours: "0.5", billable: true, ticket_id: null, rate: "110", amount: "60" },
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
