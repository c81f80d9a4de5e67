import { expect, it } from "vitest";
import { contractsByTier, crossSellSource, listClientContracts, listServiceRows, servicesHeld } from "@/db/queries/services";
import { queryTablePage } from "@/db/tables/sql-table";
import { parseTableQuery } from "@/lib/tables/table-query-schema";
import { crossSellSpec } from "@/app/services/cross-sell-spec";
import { computeKpiReport } from "@/lib/kpi/reference";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { PERIOD, SETTINGS, smallBusiness } from "./fixture";
import { seedDataset } from "./seed";

describeEachDatabase("services dashboard queries", (db) => {
  it("service MRR and coverage on E = Mar 31 (2 active clients), tiers, and who lacks what", async () => {
    const orgId = await createTestOrg(db());
    const data = smallBusiness();
    await seedDataset(db(), orgId, data, SETTINGS);
    const report = computeKpiReport(data, PERIOD, SETTINGS);

    expect(await listServiceRows(db(), orgId, PERIOD.to, report)).toEqual([
      { service: "Backup", mrr: 100, mrrStart: 100, clients: 1, coverage: 0.5, contracts: 1 },
      // Cloud: a contract worth 0 is active, but nobody "has" it (MRR(c, s, E) = 0).
      { service: "Cloud", mrr: 0, mrrStart: 0, clients: 0, coverage: 0, contracts: 1 },
      // Managed: Acme 400.50 now; on Feb 28 also Beta's 250.
      { service: "Managed", mrr: 400.5, mrrStart: 650.5, clients: 1, coverage: 0.5, contracts: 1 },
      { service: "Security", mrr: 80, mrrStart: 60, clients: 1, coverage: 0.5, contracts: 1 },
    ]);
    expect(await servicesHeld(db(), orgId, PERIOD.to)).toEqual([
      { service: "Backup", clients: 1 },
      { service: "Managed", clients: 1 },
      { service: "Security", clients: 1 },
    ]);
    expect(await contractsByTier(db(), orgId, PERIOD.to)).toEqual([
      { service: "Backup", tier: "Good", contracts: 1, mrr: 100 },
      { service: "Cloud", tier: null, contracts: 1, mrr: 0 },
      { service: "Managed", tier: "Better", contracts: 1, mrr: 400.5 },
      { service: "Security", tier: "Best", contracts: 1, mrr: 80 },
    ]);
    const services = (await servicesHeld(db(), orgId, PERIOD.to)).map((h) => h.service);
    expect(services).toEqual(["Backup", "Managed", "Security"]);
    const matrix = async (params: Record<string, string>) =>
      (await queryTablePage(db(), crossSellSource(orgId, PERIOD.to, services), parseTableQuery(crossSellSpec(services), params))).rows.map(({ clientId: _, ...r }) => r);
    const acme = { client: "Acme", segment: "SMB", mrr: 500.5, has: ["Backup", "Managed"], missing: ["Security"] };
    const beta = { client: "Beta", segment: "Healthcare", mrr: 80, has: ["Security"], missing: ["Backup", "Managed"] };
    // Most missing services first; a service's column brings those that have it first, then its gaps.
    expect(await matrix({})).toEqual([beta, acme]);
    expect(await matrix({ sort: "service:Backup", dir: "asc" })).toEqual([acme, beta]);
    expect(await matrix({ sort: "service:Security", dir: "asc" })).toEqual([beta, acme]);
    expect(await matrix({ "f-segment": "SMB" })).toEqual([acme]);
  });

  it("a client's contracts: active first, with their status on E", async () => {
    const orgId = await createTestOrg(db());
    await seedDataset(db(), orgId, smallBusiness(), SETTINGS);
    const [acme] = await db().query<{ id: number }>("select id from clients where org_id = $1 and name = 'Acme'", [orgId]);
    const contracts = await listClientContracts(db(), orgId, acme!.id, PERIOD.to);
    expect(contracts.map(({ id: _, ...c }) => c)).toEqual([
      { service: "Backup", tier: "Good", units: "10", monthlyValue: "100", startDate: "2025-06-01", endDate: null, salesperson: "Sam", status: "active" },
      { service: "Managed", tier: "Better", units: null, monthlyValue: "400.5", startDate: "2025-01-01", endDate: null, salesperson: null, status: "active" },
      { service: "Security", tier: "Good", units: null, monthlyValue: "60", startDate: "2025-01-01", endDate: "2026-02-28", salesperson: null, status: "ended" },
    ]);
  });

  it("an org with nothing imported has no rows", async () => {
    const orgId = await createTestOrg(db());
    expect(await servicesHeld(db(), orgId, PERIOD.to)).toEqual([]);
    const empty = await queryTablePage(db(), crossSellSource(orgId, PERIOD.to, []), parseTableQuery(crossSellSpec([]), {}));
    expect(empty).toMatchObject({ rows: [], total: 0, query: { page: 1 }, options: { segment: [] } });
    expect(await contractsByTier(db(), orgId, PERIOD.to)).toEqual([]);
  });
});
