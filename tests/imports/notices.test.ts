import { describe, expect, it } from "vitest";
import { describeNotices, importNotices, planImport } from "@/lib/imports";

// Columns that look like a field but feed none, and the figures a file cannot feed.

const plan = (text: string, overrides: Parameters<typeof planImport>[1] = { timeZone: "UTC" }) => planImport(new TextEncoder().encode(text), overrides);

describe("import notices", () => {
  it("a Halo ticket report read with the ITFlow preset: Agent, Priority Description and Date Responded are reported", () => {
    const header = "Ticket ID,Client,Date Opened,Date Resolved,Agent,Priority Description,Date Responded,Subject";
    const p = plan(`${header}\n1001,Acme,2026-03-04 10:00:00,,Leon Wolf,High,2026-03-04 10:20:00,Printer\n`, { timeZone: "UTC", kind: "tickets", format: "itflow" });
    expect(p.options.mapping).not.toHaveProperty("technician");
    expect(p.notices.unusedColumns).toEqual([
      { column: "Agent", field: "technician" },
      { column: "Priority Description", field: "priority" },
      { column: "Date Responded", field: "first_response_at" },
    ]);
    expect(describeNotices(p.notices)).toContain("column 'Agent' not used — map it to technician?");
  });

  it("a mapped look-alike is no longer reported, and neither is a column the tool carries for something else", () => {
    const headers = ["id", "client_name", "dateoccurred", "responsedate", "agent_name", "respondbydate", "Agent"];
    const mapping = { ticket_id: "id", client: "client_name", created_at: "dateoccurred", first_response_at: "responsedate", technician: "agent_name" };
    // Halo's respondbydate is a deadline, not a response; "Agent" duplicates a mapped field
    expect(importNotices("tickets", "halopsa", headers, mapping).unusedColumns).toEqual([]);
    const withoutResponse = { ...mapping, first_response_at: "" };
    expect(importNotices("tickets", "halopsa", headers, withoutResponse).unusedColumns).toEqual([{ column: "responsedate", field: "first_response_at" }]);
  });

  it("lists the figures a file cannot feed, per kind", () => {
    const syncroTickets = plan("id,customer_business_then_name,created_at,resolved_at,status,priority,user/full_name,subject\n1,Acme,2026-03-04T10:00:00Z,,Open,2 Normal,Ida,Mail\n");
    expect(syncroTickets.options).toMatchObject({ kind: "tickets", format: "syncro" });
    expect(syncroTickets.notices.cannotFeed).toEqual(["first_response", "csat"]);
    const time = plan("entry_id,technician,client,work_date,hours,billable\nE1,Ida,Acme,2026-03-04,1,yes\n");
    expect(time.notices.cannotFeed).toEqual(["billed_amount"]);
    const priced = plan("entry_id,technician,client,work_date,hours,billable,rate\nE1,Ida,Acme,2026-03-04,1,yes,95\n");
    expect(priced.notices).toEqual({ unusedColumns: [], droppedColumns: [], cannotFeed: [] });
    expect(plan("device_id,client,hostname\nD1,Acme,pc-1\n").notices.cannotFeed).toEqual(["warranty"]);
    expect(plan("technician,role\nIda,Engineer\n").notices.cannotFeed).toEqual(["capacity"]);
  });
});
