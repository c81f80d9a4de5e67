import { expect, it } from "vitest";
import { computeKpiReportSql } from "@/db/queries/kpi";
import { rebuildRollupsForSettings } from "@/db/queries/kpi/rollup-settings";
import { computeKpiReport } from "@/lib/kpi/reference";
import { DEFAULT_KPI_SETTINGS } from "@/lib/records/settings";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { FEBRUARY_SCORECARDS, MARCH, MARCH_SCORECARDS, scorecardData } from "../kpi/scorecard-dataset";
import { insertDataset, storeSettings } from "./insert-dataset";

// The hand-worked scorecards of tests/kpi/scorecards.test.ts, from the database.
describeEachDatabase("scorecards in SQL", (db) => {
  it("equal the hand-worked figures for March and the previous period, and lib/kpi in Berlin and over two quarters", async () => {
    const orgId = await createTestOrg(db());
    await insertDataset(db(), orgId, scorecardData);
    const report = await computeKpiReportSql(db(), orgId, MARCH, DEFAULT_KPI_SETTINGS);
    expect(report.scorecards).toEqual(MARCH_SCORECARDS);
    expect(report.previous.scorecards).toEqual(FEBRUARY_SCORECARDS);
    const berlin = { ...DEFAULT_KPI_SETTINGS, timeZone: "Europe/Berlin" };
    for (const [period, settings] of [[MARCH, berlin], [{ from: "2026-03-15", to: "2026-04-15" }, DEFAULT_KPI_SETTINGS]] as const) {
      // Figures follow the stored settings once their rollups are rebuilt (rollup-settings.ts).
      await storeSettings(db(), orgId, settings);
      await rebuildRollupsForSettings(db(), orgId);
      const sql = await computeKpiReportSql(db(), orgId, period, settings);
      expect(sql.scorecards, period.from).toEqual(computeKpiReport(scorecardData, period, settings).scorecards);
    }
  });

  it("an org's scorecards hold its own tickets, contracts and reviews only", async () => {
    const [a, b] = [await createTestOrg(db()), await createTestOrg(db())];
    await insertDataset(db(), a, scorecardData);
    await insertDataset(db(), b, { ...scorecardData, tickets: [], contracts: [], peerReviews: [] });
    const report = await computeKpiReportSql(db(), b, MARCH, DEFAULT_KPI_SETTINGS);
    const none = { tickets_resolved: 0, csat: null, csat_positive: null, sla_met: null, first_response_minutes: null, peer_review: null };
    expect(report.scorecards).toEqual({ technicians: { Ann: none, Cy: none }, salespeople: {} });
  });
});
