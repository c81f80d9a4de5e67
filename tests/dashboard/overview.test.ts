import { expect, it } from "vitest";
import { overviewCards } from "@/app/overview/cards";
import { getOrgSummary, loadOverview, OVERVIEW_PARTS } from "@/db/queries/dashboard/overview";
import { computeKpiReportSql } from "@/db/queries/kpi";
import { goalsInForce } from "@/lib/goals/in-force";
import { GOAL_METRIC_KEYS } from "@/lib/goals/metrics";
import { computeKpiReport } from "@/lib/kpi/reference";
import { DEFAULT_KPI_SETTINGS } from "@/lib/records/settings";
import { Q1, contract, dataset } from "../kpi/factories";
import { randomCase } from "../kpi/random-dataset";
import { seedDataset } from "../dashboard-pages/seed";
import { createTestOrg, describeEachDatabase } from "../support/db";

describeEachDatabase("overview loader", (db) => {
  it("an org without contracts has nothing to show (the page shows its empty state)", async () => {
    const orgId = await createTestOrg(db(), "empty-org");
    expect(await getOrgSummary(db(), orgId)).toEqual({ name: "empty-org", clients: 0, contracts: 0 });
  });

  it("Q1 2026: the report is the reference report, and the trend ends on MRR(E) = 1,000 + 450 = 1,450", async () => {
    const orgId = await createTestOrg(db(), "q1-org");
    const contracts = [
      contract({ client: "Acme", service: "Managed", monthly_value: "1000", start_date: "2025-10-01" }),
      contract({ client: "Acme", service: "Backup", monthly_value: "150", start_date: "2025-10-01", end_date: "2026-02-15" }),
      contract({ client: "Borealis", service: "Managed", monthly_value: "450", start_date: "2026-02-01" }),
    ];
    const ids = new Map<string, number>();
    for (const name of ["Acme", "Borealis"]) {
      const [row] = await db().query<{ id: number }>("insert into clients (org_id, name, source) values ($1, $2, 'test') returning id", [orgId, name]);
      ids.set(name, row!.id);
    }
    for (const c of contracts) {
      await db().query(
        `insert into contracts (org_id, client_id, service, monthly_value, start_date, end_date, source, external_id)
         values ($1, $2, $3, $4::numeric, $5::date, $6::date, 'test', $7)`,
        [orgId, ids.get(c.client), c.service, c.monthly_value, c.start_date, c.end_date, c.contract_id],
      );
    }

    expect(await getOrgSummary(db(), orgId)).toEqual({ name: "q1-org", clients: 2, contracts: 3 });
    const { report, trend } = await loadOverview(db(), orgId, Q1, DEFAULT_KPI_SETTINGS);
    const reference = computeKpiReport(dataset({ clients: [{ name: "Acme", segment: null }, { name: "Borealis", segment: null }], contracts }), Q1, DEFAULT_KPI_SETTINGS);
    expect(report.revenue).toEqual(reference.revenue);
    expect(report.previous.revenue).toEqual(reference.previous.revenue);
    expect(trend).toHaveLength(12);
    expect(trend.at(-1)).toEqual({ month: "2026-03", day: "2026-03-31", mrr: 1450 });
    expect(trend.at(-1)!.mrr).toBe(report.revenue.mrr);
    // Dec 31 (= S): 1,000 + 150; the bridge starts there too.
    expect(trend.find((p) => p.month === "2025-12")!.mrr).toBe(report.revenue.mrr_start);
  });

  it("computes only the report's parts the overview shows: its cards, goals included, are those of the whole report", async () => {
    const { data, period, settings } = randomCase(4242);
    const orgId = await createTestOrg(db());
    await seedDataset(db(), orgId, data, settings);
    const [{ report }, whole] = await Promise.all([loadOverview(db(), orgId, period, settings), computeKpiReportSql(db(), orgId, period, settings)]);
    const parts = (sections: object) => Object.fromEntries(OVERVIEW_PARTS.map((part) => [part, (sections as Record<string, unknown>)[part]]));
    expect(report).toEqual({ period: whole.period, ...parts(whole), previous: parts(whole.previous) });
    expect(Object.keys(report).sort()).toEqual(["devices", "period", "previous", "revenue", "technicians", "tickets"]);
    // A goal on every business figure: a card whose goal read a part outside the overview's would differ.
    const goals = goalsInForce(
      GOAL_METRIC_KEYS.map((metric, id) => ({ id, metric, scope: "business", subject: null, direction: "at_least", target: 1, warn: null, dueDate: null, source: null, defaultKey: null, removed: false }) as const),
    );
    const context = { locale: "en", currency: "EUR", workloadLower: 0.5, workloadUpper: 0.9, goals } as const;
    expect(overviewCards(report, context)).toEqual(overviewCards(whole, context));
  });
});
