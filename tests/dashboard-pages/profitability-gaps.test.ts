import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { profitabilityGaps } from "@/db/queries/profitability-gaps";
import { createTestOrg, describeEachDatabase } from "../support/db";

// The data-quality panel's lists: technicians with hours in P and no cost rate, contracts active on
// E without a monthly cost, clients with hours in P and no contract active in P.

const MARCH = { from: "2026-03-01", to: "2026-03-31" };

async function seed(db: Database, orgId: number) {
  const id = async (sql: string, params: unknown[]) => (await db.query<{ id: number }>(`${sql} returning id`, [orgId, ...params]))[0]!.id;
  const client = (name: string) => id(`insert into clients (org_id, name, source) values ($1, $2, 'test')`, [name]);
  const tech = (name: string, cost: string | null) => id(`insert into technicians (org_id, name, hourly_cost, source) values ($1, $2, $3, 'test')`, [name, cost]);
  const contract = (clientId: number, service: string, cost: string | null, start: string, end: string | null) =>
    id(`insert into contracts (org_id, client_id, service, monthly_value, monthly_cost, start_date, end_date, source) values ($1, $2, $3, 100, $4, $5, $6, 'test')`, [
      clientId, service, cost, start, end,
    ]);
  const hours = (techId: number, clientId: number, day: string) =>
    id(`insert into time_entries (org_id, technician_id, client_id, work_date, hours, billable, source) values ($1, $2, $3, $4, 2, false, 'test')`, [techId, clientId, day]);
  const [alpha, beta, gamma] = [await client("Alpha"), await client("Beta"), await client("Gamma")];
  const [ann, bo, cy] = [await tech("Ann", "50"), await tech("Bo", null), await tech("Cy", null)];
  await contract(alpha, "Backup", "40", "2025-01-01", null);
  await contract(alpha, "Network", null, "2025-01-01", null);
  await contract(beta, "Backup", null, "2025-01-01", "2026-03-15"); // ended before E: not on the list
  await hours(ann, alpha, "2026-03-02");
  await hours(bo, beta, "2026-03-03");
  await hours(bo, gamma, "2026-03-04"); // Gamma never had a contract
  await hours(cy, alpha, "2026-02-27"); // before P: Cy is not a gap of March
}

describeEachDatabase("profitability gaps", (db) => {
  it("names the technicians without a rate, the contracts without a cost and the clients without a contract", async () => {
    const orgId = await createTestOrg(db());
    await seed(db(), orgId);
    const gaps = await profitabilityGaps(db(), orgId, MARCH, null);
    expect(gaps.techniciansWithoutCost.map((t) => t.name)).toEqual(["Bo"]);
    expect(gaps.contractsWithoutCost.map((c) => `${c.client} ${c.service}`)).toEqual(["Alpha Network"]);
    expect(gaps.clientsWithoutContract.map((c) => c.name)).toEqual(["Gamma"]);
    expect(gaps.anyCostRate).toBe(true);
  });

  it("has no technician gap once a default hourly cost applies; without any rate there is no cost rate at all", async () => {
    const orgId = await createTestOrg(db());
    await seed(db(), orgId);
    expect((await profitabilityGaps(db(), orgId, MARCH, 45)).techniciansWithoutCost).toEqual([]);
    await db().query(`update technicians set hourly_cost = null where org_id = $1`, [orgId]);
    expect((await profitabilityGaps(db(), orgId, MARCH, null)).anyCostRate).toBe(false);
    expect((await profitabilityGaps(db(), orgId, MARCH, 45)).anyCostRate).toBe(true);
  });
});
