import { describe, expect, it } from "vitest";
import { fixture, importFixture } from "./helpers";

// The messy files of fixtures/exports/messy: what spreadsheets and regional settings do to CSV.

describe("messy files", () => {
  it("UTF-8 with BOM, CRLF, header labels in any case and spacing, yes/no, a multi-line extra column", async () => {
    expect([...fixture("messy/bom-crlf.csv").subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const r = await importFixture("messy/bom-crlf.csv");
    expect(r.plan.options).toMatchObject({ kind: "time", format: "generic", encoding: "utf-8", delimiter: ",", decimalComma: false });
    expect(r.plan.headers[0]).toBe("Entry ID"); // BOM gone
    expect(r.plan.options.mapping).toMatchObject({ entry_id: "Entry ID", technician: " Technician ", client: "CLIENT", ticket_id: "Ticket-ID" });
    expect(r.errors).toEqual([]);
    expect(r.lines).toEqual([2, 4, 5]); // the first record's note spans lines 2-3
    expect(r.records).toEqual([
      { entry_id: "E-100", technician: "Jürgen Weiß", client: "Nordlicht Logistik GmbH", work_date: "2026-03-02", hours: "1.5", billable: true, ticket_id: "T-1", rate: "95", amount: null, category: null },
      { entry_id: "E-101", technician: "Jürgen Weiß", client: "Nordlicht Logistik GmbH", work_date: "2026-03-02", hours: "0.25", billable: false, ticket_id: "T-1", rate: "95", amount: null, category: null },
      { entry_id: "E-102", technician: "Anna Berg", client: "Café Sonnenschein", work_date: "2026-03-03", hours: "2", billable: true, ticket_id: null, rate: "95", amount: "190", category: null },
    ]);
  });

  it("German Excel: Windows-1252 bytes, semicolons, decimal commas, dd.mm.yyyy, ja/nein/x, € signs", async () => {
    const bytes = fixture("messy/cp1252-semicolon.csv");
    expect(bytes.includes(0xfc)).toBe(true); // "ü" as one cp1252 byte
    expect(bytes.includes(0x80)).toBe(true); // "€" as one cp1252 byte
    const r = await importFixture("messy/cp1252-semicolon.csv");
    expect(r.plan.options).toMatchObject({ encoding: "windows-1252", delimiter: ";", dateOrder: "dmy", decimalComma: true });
    expect(r.plan.preview[3]?.raw.rate).toBe("€ 120,00");
    expect(r.errors).toEqual([]);
    expect(r.records).toEqual([
      { entry_id: "W-1", technician: "Jürgen Weiß", client: "Müller GmbH", work_date: "2026-03-04", hours: "1.5", billable: true, ticket_id: "T-77", rate: "95", amount: "142.5", category: null },
      { entry_id: "W-2", technician: "Jürgen Weiß", client: "Müller GmbH", work_date: "2026-03-05", hours: "0.25", billable: false, ticket_id: null, rate: "95", amount: null, category: null },
      { entry_id: "W-3", technician: "Anna Berg", client: "Bäckerei Groß", work_date: "2026-03-13", hours: "7.75", billable: true, ticket_id: "T-78", rate: "110", amount: "1234.56", category: null },
      { entry_id: "W-4", technician: "Anna Berg", client: "Bäckerei Groß", work_date: "2026-03-31", hours: "2", billable: true, ticket_id: "T-79", rate: "120", amount: "240", category: null },
    ]);
  });

  it("tabs, dd.mm.yyyy HH:mm read in Europe/Berlin (winter and summer time), German priority words", async () => {
    const r = await importFixture("messy/tabs.csv");
    expect(r.plan.options).toMatchObject({ kind: "tickets", delimiter: "\t", dateOrder: "dmy" });
    expect(r.records).toEqual([
      { ticket_id: "HD-1", client: "Müller GmbH", created_at: "2026-03-04T09:15:00.000Z", first_response_at: "2026-03-04T09:40:00.000Z", resolved_at: "2026-03-04T14:00:00.000Z", status: "geschlossen", priority: "P2", technician: "Jürgen Weiß", csat: 4, subject: "Drucker, Etage 2" },
      { ticket_id: "HD-2", client: "Müller GmbH", created_at: "2026-03-30T08:15:00.000Z", first_response_at: null, resolved_at: null, status: "offen", priority: "P4", technician: null, csat: null, subject: "Neue Lizenz" },
      { ticket_id: "HD-3", client: "Bäckerei Groß", created_at: "2026-03-13T22:59:30.000Z", first_response_at: "2026-03-13T23:05:00.000Z", resolved_at: null, status: "offen", priority: "P1", technician: "Anna Berg", csat: null, subject: "Kasse startet nicht" },
    ]);
  });

  it("US layout: mm/dd/yyyy detected from a day above 12, thousands commas, amounts per bill cycle", async () => {
    const r = await importFixture("messy/us-dates.csv");
    expect(r.plan.options).toMatchObject({ kind: "contracts", dateOrder: "mdy", decimalComma: false });
    expect(r.plan.missingRequired).toEqual([]);
    expect(r.records).toEqual([
      { contract_id: "C-1", client: "Alpenblick Hotels GmbH", service: "Managed Services", monthly_value: "1200", start_date: "2026-01-15", end_date: "2026-12-31", tier: null, units: "20", salesperson: "Tom Reed", parent_contract_id: null, monthly_cost: null },
      { contract_id: "C-2", client: "Alpenblick Hotels GmbH", service: "Backup", monthly_value: "1000", start_date: "2026-02-01", end_date: null, tier: null, units: "1", salesperson: null, parent_contract_id: null, monthly_cost: null },
      // 12,345.67 a year / 12, no float rounding
      { contract_id: "C-3", client: "Bergfeld Bau AG", service: "Security Awareness", monthly_value: "1028.80583333333333333333", start_date: "2026-03-01", end_date: "2027-02-28", tier: null, units: "50", salesperson: "Tom Reed", parent_contract_id: null, monthly_cost: null },
      { contract_id: "C-4", client: "Bergfeld Bau AG", service: "Phone System", monthly_value: "150", start_date: "2026-03-01", end_date: null, tier: null, units: null, salesperson: null, parent_contract_id: null, monthly_cost: null },
    ]);
  });

  it("the same US file read day-first by override gives other dates, or errors where a month is 15", async () => {
    const r = await importFixture("messy/us-dates.csv", { timeZone: "UTC", dateOrder: "dmy" });
    expect(r.errors[0]).toEqual({ line: 2, column: "start_date", value: "01/15/2026", reason: "not a real calendar date" });
    expect((r.records[0] as { start_date: string }).start_date).toBe("2026-01-02"); // C-2: 02/01/2026
  });
});
