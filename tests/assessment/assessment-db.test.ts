import { expect, it } from "vitest";
import { loadAssessmentEvidence } from "@/db/assessment/evidence";
import { listAssessments, saveAssessment } from "@/db/assessment/history";
import { computeKpiReportSql } from "@/db/queries/kpi";
import type { AssessmentAnswers } from "@/lib/assessment/schema";
import { STATEMENT_IDS, type Score } from "@/lib/assessment/statements";
import { suggestFromEvidence } from "@/lib/assessment/suggestions";
import { seedDataset } from "../dashboard-pages/seed";
import { contract, dataset, device, settings, status, technician, ticket } from "../kpi/factories";
import { createTestOrg, describeEachDatabase } from "../support/db";

const allScores = (score: Score): AssessmentAnswers => Object.fromEntries(STATEMENT_IDS.map((id) => [id, score])) as AssessmentAnswers;

describeEachDatabase("assessment history", (db) => {
  it("saves answers with their averages and stage, and lists them oldest first, per org", async () => {
    const org = await createTestOrg(db());
    const other = await createTestOrg(db());
    // 19 × 2 + 1 = 39 points → overall 1.95: reactive, since it is below 2.0.
    const reactive = { ...allScores(2), pricing: 1 } as AssessmentAnswers;
    const later = { ...allScores(4), onboarding: 5, sla: 5, documentation: 5, workflows: 5, bottlenecks: 3 } as AssessmentAnswers;
    await saveAssessment(db(), org, { answers: later, takenBy: "user:someone", takenAt: new Date("2026-06-30T09:00:00Z") });
    const first = await saveAssessment(db(), org, { answers: reactive, takenBy: "web", takenAt: new Date("2026-03-31T09:00:00Z") });
    expect(first).toMatchObject({ overall: 1.95, stage: "reactive", sections: { processes: 2, technology: 2, customers: 2, revenue: 1.8 } });

    const history = await listAssessments(db(), org);
    expect(history.map((a) => a.takenAt)).toEqual(["2026-03-31T09:00:00.000Z", "2026-06-30T09:00:00.000Z"]);
    expect(history[0]).toMatchObject({ id: first.id, answers: reactive, takenBy: "web", takenByName: "web", stage: "reactive", overall: 1.95 });
    // Processes 23 / 5 = 4.6; the rest 4.0 → (4.6 + 4 + 4 + 4) / 4 = 4.15.
    expect(history[1]).toMatchObject({ answers: later, sections: { processes: 4.6, technology: 4, customers: 4, revenue: 4 }, overall: 4.15, stage: "scalable" });
    expect(await listAssessments(db(), other)).toEqual([]);
  });

  it("refuses an incomplete answer set", async () => {
    const org = await createTestOrg(db());
    const { pricing: _left, ...draft } = allScores(3);
    await expect(saveAssessment(db(), org, { answers: draft as AssessmentAnswers, takenBy: "web" })).rejects.toThrow(/complete/);
    expect(await listAssessments(db(), org)).toEqual([]);
  });

  it("gathers the evidence for the last full quarter: engine figures, fleet health, ratings, tiers, last price change", async () => {
    const org = await createTestOrg(db());
    const s = settings();
    await seedDataset(
      db(),
      org,
      dataset({
        clients: [{ name: "Acme", segment: null }, { name: "Beta", segment: null }],
        technicians: [technician({ technician: "Ann" })],
        contracts: [
          // Acme Managed renewed at 52 instead of 50 per unit: a price change on 2026-01-01.
          contract({ client: "Acme", service: "Managed", tier: "Good", units: "10", monthly_value: "500", start_date: "2025-01-01", end_date: "2025-12-31" }),
          contract({ client: "Acme", service: "Managed", tier: "Good", units: "10", monthly_value: "520", start_date: "2026-01-01" }),
          // A tier upgrade is an upsell, not a price change.
          contract({ client: "Acme", service: "Backup", tier: "Better", units: "2", monthly_value: "200", start_date: "2025-06-01", end_date: "2026-01-31" }),
          contract({ client: "Acme", service: "Backup", tier: "Best", units: "2", monthly_value: "300", start_date: "2026-02-01" }),
          // More seats at the same unit price: not a price change either.
          contract({ client: "Beta", service: "Managed", tier: "Good", units: "5", monthly_value: "250", start_date: "2025-03-01", end_date: "2025-08-31" }),
          contract({ client: "Beta", service: "Managed", tier: "Good", units: "6", monthly_value: "300", start_date: "2025-09-01" }),
          contract({ client: "Beta", service: "Cloud", monthly_value: "100", start_date: "2026-01-01" }),
        ],
        tickets: [
          ticket({ client: "Acme", priority: "P1", created_at: "2026-01-10T08:00:00Z", first_response_at: "2026-01-10T08:30:00Z", resolved_at: "2026-01-10T10:00:00Z", csat: 5 }),
          ticket({ client: "Acme", priority: "P2", created_at: "2026-02-10T08:00:00Z", first_response_at: "2026-02-10T14:00:00Z", resolved_at: "2026-02-10T15:00:00Z", csat: 3 }),
          ticket({ client: "Beta", priority: "P3", created_at: "2026-03-10T08:00:00Z", first_response_at: "2026-03-10T09:00:00Z", resolved_at: "2026-03-10T12:00:00Z" }),
          ticket({ client: "Beta", priority: "P3", created_at: "2026-03-31T08:00:00Z", first_response_at: "2026-03-31T09:00:00Z", resolved_at: "2026-04-02T12:00:00Z", csat: 4 }),
          ticket({ client: "Beta", priority: "P4", created_at: "2025-12-10T08:00:00Z", first_response_at: "2025-12-10T09:00:00Z", resolved_at: "2025-12-20T12:00:00Z", csat: 1 }),
        ],
        devices: [device({ device_id: "a1", client: "Acme", managed_since: "2025-01-01" }), device({ device_id: "a2", client: "Acme", managed_since: "2025-01-01" })],
        deviceStatus: [
          status({ device_id: "a1", observed_at: "2026-03-30T10:00:00Z" }),
          status({ device_id: "a2", observed_at: "2026-03-30T10:00:00Z", patched: false, backup_ok: false }),
        ],
      }),
      s,
    );

    const e = await loadAssessmentEvidence(db(), org, "2026-04-10", s);
    const report = await computeKpiReportSql(db(), org, { from: "2026-01-01", to: "2026-03-31" }, s);
    expect(e.quarter).toEqual({ from: "2026-01-01", to: "2026-03-31" });
    expect(e.year).toEqual({ from: "2025-04-01", to: "2026-03-31" });
    // The engine's own figures, unchanged.
    expect(e.slaMet).toBe(report.tickets.sla_met);
    expect(e.slaMetPreviousQuarter).toBe(report.previous.tickets.sla_met);
    expect(e.slaMet).toBe(0.75); // 3 of the 4 created in Q1: the P2 was answered after 6 h > 4 h
    expect(e.mrr).toBe(1220); // 520 + 300 + 300 + 100
    expect(e.tieredMrrShare).toBe(0.918); // (520 + 300 + 300) / 1,220 = 0.91803 → 4 decimals 0.918
    expect(e).toMatchObject({ activeClients: 2, clientsWithDevices: 1, managedDevices: 2, patched: 0.5, avOk: 1, backupOk: 0.5, seen: 1 });
    // Resolved in Q1: three tickets, two of them rated (April and December fall outside).
    expect(e).toMatchObject({ ticketsResolved: 3, csatRated: 2, csat: 4 });
    expect(e.lastPriceChange).toBe("2026-01-01");

    const pricing = suggestFromEvidence(e).find((h) => h.statement === "pricing");
    expect(pricing).toMatchObject({ score: 5, basisValue: 99 }); // 2026-01-01 → 2026-04-10
  });
});
