import { expect, it } from "vitest";
import { computeKpiReportSql } from "@/db/queries/kpi";
import { DEFAULT_KPI_SETTINGS } from "@/lib/records/settings";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { importText } from "../support/import-text";

// An export without a first-response column (Syncro tickets) says nothing about responses: after
// the import, SLA met and first response are "no data", not 0 %, and the result says why.

const MARCH = { from: "2026-03-01", to: "2026-03-31" };

describeEachDatabase("imports: missing inputs are unknown, not zero", (db) => {
  it("Syncro tickets (no first-response column): sla_met and first_response_minutes null; the result names the gap", async () => {
    const orgId = await createTestOrg(db());
    const csv = [
      "id,number,subject,status,priority,customer_business_then_name,created_at,resolved_at,user/full_name",
      "70011,1011,Mail,Resolved,2 Normal,Acme,2026-03-02T09:00:00-05:00,2026-03-02T11:00:00-05:00,Ida Maier",
      "70012,1012,VPN,Resolved,1 High,Acme,2026-03-03T09:00:00-05:00,2026-03-05T11:00:00-05:00,Ida Maier",
    ].join("\n");
    const result = await importText(db(), orgId, csv);
    expect(result).toMatchObject({ kind: "tickets", format: "syncro", inserted: 2, rejected: 0 });
    expect(result.notices.cannotFeed).toContain("first_response");
    const stored = await db().query<{ tracked: boolean }>("select first_response_tracked as tracked from tickets where org_id = $1", [orgId]);
    expect(stored).toEqual([{ tracked: false }, { tracked: false }]);
    const { tickets } = await computeKpiReportSql(db(), orgId, MARCH, DEFAULT_KPI_SETTINGS);
    expect(tickets).toMatchObject({ tickets_created: 2, sla_met: null, first_response_minutes: null });
    expect(tickets.resolution_hours).not.toBeNull();
  });

  it("a file with the column, whose cells are empty, still counts unanswered tickets as missed", async () => {
    const orgId = await createTestOrg(db());
    const csv = ["ticket_id,client,created_at,first_response_at,priority", "G1,Acme,2026-03-02T09:00:00Z,,P1", ""].join("\n");
    const result = await importText(db(), orgId, csv);
    expect(result.notices.cannotFeed).not.toContain("first_response");
    const { tickets } = await computeKpiReportSql(db(), orgId, MARCH, DEFAULT_KPI_SETTINGS);
    expect(tickets.sla_met).toBe(0);
  });
});
