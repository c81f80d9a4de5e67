import { expect, it } from "vitest";
import { getMrrTrend } from "@/db/queries/dashboard/mrr-trend";
import type { Database } from "@/db/client";
import { mrrOn, roundMoney } from "@/lib/kpi/reference";
import type { ContractRecord } from "@/lib/records/schemas";
import { contract } from "../kpi/factories";
import { createTestOrg, describeEachDatabase } from "../support/db";

/** Inserts clients (by name) and contracts straight into the tables, as an import would leave them. */
async function seed(db: Database, orgId: number, contracts: ContractRecord[]): Promise<void> {
  const ids = new Map<string, number>();
  for (const name of new Set(contracts.map((c) => c.client))) {
    const [row] = await db.query<{ id: number }>("insert into clients (org_id, name, source) values ($1, $2, 'test') returning id", [orgId, name]);
    ids.set(name, row!.id);
  }
  for (const c of contracts) {
    await db.query(
      `insert into contracts (org_id, client_id, service, monthly_value, start_date, end_date, source, external_id)
       values ($1, $2, $3, $4::numeric, $5::date, $6::date, 'test', $7)`,
      [orgId, ids.get(c.client), c.service, c.monthly_value, c.start_date, c.end_date, c.contract_id],
    );
  }
}

const CONTRACTS = [
  contract({ client: "Acme", service: "Managed", monthly_value: "1000.00", start_date: "2025-11-15" }),
  // End dates are inclusive: counted on 28 Feb, gone on 31 Mar.
  contract({ client: "Acme", service: "Backup", monthly_value: "200.50", start_date: "2026-01-01", end_date: "2026-02-28" }),
  // Billed yearly: 4,000 / 12 = 333.333333 a month.
  contract({ client: "Borealis", service: "Managed", monthly_value: "333.333333", start_date: "2026-02-01", end_date: "2026-03-10" }),
  // Starts after `to` (15 Mar): not in March's point, which is cut at `to`.
  contract({ client: "Borealis", service: "Security", monthly_value: "99.99", start_date: "2026-03-16" }),
  // Ends on a month end: still counted on it.
  contract({ client: "Cobalt", service: "Managed", monthly_value: "50", start_date: "2025-12-01", end_date: "2025-12-31" }),
];

describeEachDatabase("MRR trend (month-end MRR in SQL)", (db) => {
  it("takes MRR on each month end, the last month cut at `to`, oldest first", async () => {
    const orgId = await createTestOrg(db());
    await seed(db(), orgId, CONTRACTS);
    const other = await createTestOrg(db());
    await seed(db(), other, [contract({ client: "Acme", monthly_value: "9999", start_date: "2020-01-01" })]);

    expect(await getMrrTrend(db(), orgId, { to: "2026-03-15", months: 5 })).toEqual([
      { month: "2025-11", day: "2025-11-30", mrr: 1000 }, // Acme Managed (from 15 Nov)
      { month: "2025-12", day: "2025-12-31", mrr: 1050 }, // + Cobalt 50 (ends 31 Dec, inclusive)
      { month: "2026-01", day: "2026-01-31", mrr: 1200.5 }, // 1000 + Backup 200.50
      { month: "2026-02", day: "2026-02-28", mrr: 1533.83 }, // 1000 + 200.50 + 333.333333 = 1533.833333
      { month: "2026-03", day: "2026-03-15", mrr: 1000 }, // Backup ended 28 Feb, Borealis 10 Mar; Security starts 16 Mar
    ]);
  });

  it("agrees with the reference MRR(d) of lib/kpi on every point, and gives 12 points by default", async () => {
    const orgId = await createTestOrg(db());
    await seed(db(), orgId, CONTRACTS);
    const points = await getMrrTrend(db(), orgId, { to: "2026-06-30" });
    expect(points.map((p) => p.day)).toEqual([
      "2025-07-31", "2025-08-31", "2025-09-30", "2025-10-31", "2025-11-30", "2025-12-31",
      "2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30",
    ]);
    for (const p of points) expect(p.mrr, p.day).toBe(roundMoney(mrrOn(CONTRACTS, p.day)));
  });

  it("handles leap years and an org without contracts (zeros, not missing months)", async () => {
    const orgId = await createTestOrg(db());
    expect(await getMrrTrend(db(), orgId, { to: "2024-03-10", months: 2 })).toEqual([
      { month: "2024-02", day: "2024-02-29", mrr: 0 },
      { month: "2024-03", day: "2024-03-10", mrr: 0 },
    ]);
    await expect(getMrrTrend(db(), orgId, { to: "2024-03-10", months: 0 })).rejects.toThrow(RangeError);
  });
});
