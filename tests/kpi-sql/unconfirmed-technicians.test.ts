import { expect, it } from "vitest";
import { computeKpiReportSql } from "@/db/queries/kpi";
import { loadKpiDataset } from "./load-dataset";
import { confirmTechnician, listTechnicianCapacities } from "@/db/queries/org-settings";
import { toCsv } from "@/lib/csv/export";
import { computeKpiReport } from "@/lib/kpi/reference";
import { DEFAULT_KPI_SETTINGS } from "@/lib/records/settings";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { importText } from "../support/import-text";

// A former employee found only in an old time export: not confirmed, active only from their first
// to their last logged day, until Settings or a technicians import confirms them.

const JUNE_2025 = { from: "2025-06-01", to: "2025-06-30" };
const JAN_2026 = { from: "2026-01-01", to: "2026-01-31" };
const settings = DEFAULT_KPI_SETTINGS;

const timeCsv = toCsv(
  ["entry_id", "technician", "client", "work_date", "hours", "billable"],
  [
    ["e1", "Gone", "Acme", "2025-06-02", "6", "true"], // Monday
    ["e2", "Gone", "Acme", "2025-06-13", "2", "false"], // Friday of the next week: 10 weekdays in all
    ["e3", "Ann", "Acme", "2026-01-05", "8", "true"],
  ],
);

describeEachDatabase("technicians seen only in time entries", (db) => {
  async function importOldExport() {
    const orgId = await createTestOrg(db());
    await importText(db(), orgId, toCsv(["technician", "weekly_capacity_hours"], [["Ann", "40"]]), { kind: "technicians", format: "generic" });
    const time = await importText(db(), orgId, timeCsv, { kind: "time", format: "generic" });
    expect(time).toMatchObject({ status: "completed", techniciansCreated: 1 });
    return orgId;
  }
  const report = async (orgId: number, period: typeof JAN_2026) => {
    const sql = await computeKpiReportSql(db(), orgId, period, settings);
    expect(sql, "SQL = lib/kpi on the loaded rows").toEqual(computeKpiReport(await loadKpiDataset(db(), orgId), period, settings));
    return sql.technicians.by_technician;
  };

  it("counts only between the first and last logged day, is listed as not confirmed, and is not idle later", async () => {
    const orgId = await importOldExport();
    expect((await listTechnicianCapacities(db(), orgId)).map((t) => [t.name, t.confirmed])).toEqual([["Ann", true], ["Gone", false]]);
    expect((await report(orgId, JUNE_2025)).Gone).toMatchObject({ available_hours: 80, logged_hours: 8, utilization: 0.075 });
    const january = await report(orgId, JAN_2026);
    expect(Object.keys(january)).toEqual(["Ann"]);
  });

  it("Settings confirms them: their capacity applies on every weekday (no bounds); another org's id is not found", async () => {
    const orgId = await importOldExport();
    const gone = (await listTechnicianCapacities(db(), orgId)).find((t) => t.name === "Gone")!;
    await expect(confirmTechnician(db(), await createTestOrg(db()), gone.id)).rejects.toMatchObject({ code: "not_found" });
    await confirmTechnician(db(), orgId, gone.id);
    expect((await listTechnicianCapacities(db(), orgId)).find((t) => t.name === "Gone")?.confirmed).toBe(true);
    expect((await report(orgId, JAN_2026)).Gone).toMatchObject({ available_hours: 176, logged_hours: 0, workload: "idle" });
  });

  it("a technicians import naming them confirms them, with the bounds it gives", async () => {
    const orgId = await importOldExport();
    await importText(db(), orgId, toCsv(["technician", "weekly_capacity_hours", "active_to"], [["Gone", "20", "2025-06-30"]]), {
      kind: "technicians",
      format: "generic",
    });
    expect((await listTechnicianCapacities(db(), orgId)).find((t) => t.name === "Gone")?.confirmed).toBe(true);
    // June 2025: 21 weekdays × 4 h.
    expect((await report(orgId, JUNE_2025)).Gone).toMatchObject({ available_hours: 84 });
    expect(Object.keys(await report(orgId, JAN_2026))).toEqual(["Ann"]);
  });
});
