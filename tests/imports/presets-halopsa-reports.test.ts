import { describe, expect, it } from "vitest";
import { importFixture } from "./helpers";

// HaloPSA report-builder exports: report aliases instead of API names, en-GB dates in the tenant's
// zone, a response time instead of a response moment. Read alike with and without --format.

const london = { timeZone: "Europe/London" };

const tickets = [
  { ticket_id: "3310", client: "Hafenkante Medien KG", created_at: "2026-03-16T08:05:00.000Z", first_response_at: "2026-03-16T08:50:00.000Z", resolved_at: "2026-03-16T11:20:00.000Z", status: "Closed", priority: "P3", technician: "Jonas Krüger", csat: null, subject: "Printer queue stuck" },
  { ticket_id: "3311", client: "Lindenhof Zahnarztpraxis", created_at: "2026-03-17T13:40:00.000Z", first_response_at: null, resolved_at: null, status: "In Progress", priority: "P4", technician: "Mia Schulz", csat: null, subject: "Laptop for new starter" },
  // no Date Responded: the response time (00:08) after Date Opened
  { ticket_id: "3312", client: "Hafenkante Medien KG", created_at: "2026-03-18T07:02:00.000Z", first_response_at: "2026-03-18T07:10:00.000Z", resolved_at: "2026-03-18T09:15:00.000Z", status: "Closed", priority: "P1", technician: "Jonas Krüger", csat: null, subject: "Mail server unreachable" },
];

const actions = [
  { technician: "Jonas Krüger", client: "Hafenkante Medien KG", work_date: "2026-03-16", hours: "1.5", billable: true, ticket_id: "3310", rate: null, amount: null, category: null },
  { technician: "Jonas Krüger", client: "Hafenkante Medien KG", work_date: "2026-03-18", hours: "2.25", billable: true, ticket_id: "3312", rate: null, amount: null, category: null },
  { technician: "Mia Schulz", client: "Hafenkante Medien KG", work_date: "2026-03-18", hours: "0.25", billable: false, ticket_id: "3312", rate: null, amount: null, category: null },
];

describe("HaloPSA report exports", () => {
  for (const overrides of [london, { ...london, format: "halopsa" as const, kind: "tickets" as const }]) {
    it(`ticket report (${overrides === london ? "detected" : "--format halopsa --kind tickets"}): Agent, Priority Description and Date Responded are read`, async () => {
      const r = await importFixture("halopsa/tickets-report.csv", overrides);
      expect(r.plan.detected).toMatchObject({ kind: "tickets", format: "halopsa" });
      expect(r.plan.options.dateOrder).toBe("dmy");
      expect(r.errors).toEqual([]);
      expect(r.records).toEqual(tickets);
    });
  }

  for (const overrides of [london, { ...london, format: "halopsa" as const, kind: "time" as const }]) {
    it(`actions report (${overrides === london ? "detected" : "--format halopsa --kind time"}): Technician, Date/Time Done, Time Taken (decimal or hh:mm)`, async () => {
      const r = await importFixture("halopsa/time-report.csv", overrides);
      expect(r.plan.detected).toMatchObject({ kind: "time", format: "halopsa" });
      expect(r.plan.missingRequired).toEqual([]);
      expect(r.errors).toEqual([]);
      expect(r.records.map((x) => ({ ...(x as object), entry_id: undefined }))).toEqual(actions.map((a) => ({ ...a, entry_id: undefined })));
      expect(new Set(r.records.map((x) => (x as { entry_id: string }).entry_id)).size).toBe(3);
    });
  }
});
