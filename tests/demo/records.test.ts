import { describe, expect, it } from "vitest";
import { demo, KINDS, parseCsv, records } from "./support";

const HEADERS: Record<(typeof KINDS)[number], string> = {
  clients: "client_id,name,segment",
  technicians: "technician,weekly_capacity_hours,active_from,active_to,role,hourly_cost",
  contracts: "contract_id,client,service,monthly_value,start_date,end_date,tier,units,salesperson,monthly_cost",
  tickets: "ticket_id,client,created_at,first_response_at,resolved_at,status,priority,technician,csat,subject",
  time: "entry_id,technician,client,work_date,hours,billable,ticket_id,rate,amount,category",
  devices: "device_id,client,hostname,kind,managed_since,retired_on,warranty_end",
  "device-status": "device_id,observed_at,av_ok,patched,patches_missing,backup_ok,online,last_seen_at",
};

describe("demo files in the generic import format", () => {
  it.each(KINDS)("%s: header is exactly the canonical field names", (kind) => {
    expect(demo()[kind].split("\n", 1)[0]).toBe(HEADERS[kind]);
  });

  it.each(KINDS)("%s: parses with papaparse without errors and every row passes its record schema", (kind) => {
    const parsed = parseCsv(demo()[kind]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(HEADERS[kind].split(","));
    const rows = records(kind);
    expect(rows.length).toBe(parsed.data.length);
    expect(rows.length).toBeGreaterThan(0);
  });

  it("ids are unique within each file", () => {
    const ids = {
      clients: records("clients").map((r) => r.client_id),
      contracts: records("contracts").map((r) => r.contract_id),
      tickets: records("tickets").map((r) => r.ticket_id),
      time: records("time").map((r) => r.entry_id),
      devices: records("devices").map((r) => r.device_id),
      technicians: records("technicians").map((r) => r.technician),
    };
    for (const [kind, list] of Object.entries(ids)) expect(new Set(list).size, kind).toBe(list.length);
    const status = records("device-status").map((r) => `${r.device_id}@${r.observed_at}`);
    expect(new Set(status).size).toBe(status.length);
  });

  it("quotes cells that need it: a client name with a comma and subjects with commas and quotes survive", () => {
    expect(records("clients").map((c) => c.name)).toContain("Schmidt, Berger & Co. Steuerberater");
    const subjects = records("tickets").map((t) => t.subject ?? "");
    expect(subjects.some((s) => s.includes(",") && s.includes('"'))).toBe(true);
  });

  it("writes values the way the import format asks", () => {
    const files = demo();
    expect(files.tickets).toMatch(/,\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z,/);
    expect(files.time).toMatch(/,(true|false),/);
    // Yearly-priced contracts become monthly values with more than two decimals.
    expect(records("contracts").some((c) => /\.\d{3,}$/.test(c.monthly_value))).toBe(true);
    // Hours are quarter hours.
    expect(records("time").filter((e) => (Number(e.hours) * 4) % 1 !== 0)).toEqual([]);
  });
});
