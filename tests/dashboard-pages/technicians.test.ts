import { expect, it } from "vitest";
import { acceptMove, listMoves } from "@/db/queries/rebalancing";
import { listTechnicianRows, technicianLoads } from "@/db/queries/technicians";
import { computeKpiReport } from "@/lib/kpi";
import { AppError } from "@/lib/errors";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { PERIOD, SETTINGS, smallBusiness } from "./fixture";
import { seedDataset } from "./seed";

async function ids(db: Parameters<typeof seedDataset>[0], orgId: number) {
  const rows = await db.query<{ kind: string; name: string; id: number }>(
    `select 'client' as kind, name, id from clients where org_id = $1
     union all select 'tech', name, id from technicians where org_id = $1`,
    [orgId],
  );
  const find = (kind: string, name: string) => Number(rows.find((r) => r.kind === kind && r.name === name)?.id);
  return { client: (n: string) => find("client", n), tech: (n: string) => find("tech", n) };
}

describeEachDatabase("technicians dashboard queries", (db) => {
  it("March: 22 weekdays × 8 h = 176 h for Ann; her 7.75 h logged, 6.5 billable; tickets handled = created in P and assigned", async () => {
    const orgId = await createTestOrg(db());
    const data = smallBusiness();
    await seedDataset(db(), orgId, data, SETTINGS);
    const report = computeKpiReport(data, PERIOD, SETTINGS);
    const rows = await listTechnicianRows(db(), orgId, PERIOD, SETTINGS.timeZone, report);
    expect(rows.map(({ id: _, ...r }) => r)).toEqual([
      { name: "Ann", role: null, availableHours: 176, billableHours: 6.5, loggedHours: 7.75, utilization: 0.0369, loggedUtilization: 0.044, billedRevenue: 610, workload: "idle", ticketsHandled: 4 },
      { name: "Bo", role: null, availableHours: 176, billableHours: 3, loggedHours: 3, utilization: 0.017, loggedUtilization: 0.017, billedRevenue: 250, workload: "idle", ticketsHandled: 2 },
      { name: "Cy", role: null, availableHours: 88, billableHours: 0, loggedHours: 0, utilization: 0, loggedUtilization: 0, billedRevenue: 0, workload: "idle", ticketsHandled: 0 },
    ]);
    const loads = await technicianLoads(db(), orgId, PERIOD, rows);
    const { client } = await ids(db(), orgId);
    expect(loads[0]?.clients).toEqual([
      { clientId: client("Acme"), client: "Acme", loggedHours: 3.75, billableHours: 2.5, openTickets: 2 }, // t3, t5
      { clientId: client("Beta"), client: "Beta", loggedHours: 4, billableHours: 4, openTickets: 1 }, // b2
    ]);
    expect(loads[2]?.clients).toEqual([]);
  });

  it("acceptMove: assignment upserted, the client's open tickets with the old technician reassigned, move recorded; other org untouched", async () => {
    const data = smallBusiness();
    const orgId = await createTestOrg(db());
    const otherOrg = await createTestOrg(db());
    await seedDataset(db(), orgId, data, SETTINGS);
    await seedDataset(db(), otherOrg, data, SETTINGS);
    const { client, tech } = await ids(db(), orgId);
    const move = { clientId: client("Acme"), fromTechnicianId: tech("Ann"), toTechnicianId: tech("Cy"), period: PERIOD };

    const accepted = await acceptMove(db(), orgId, move, "tester");
    expect(accepted).toMatchObject({ hoursMoved: "3.75", ticketsMoved: 2 });

    const tickets = await db().query<{ external_id: string; technician: string | null }>(
      `select k.external_id, t.name as technician from tickets k left join technicians t on t.org_id = k.org_id and t.id = k.technician_id
       where k.org_id = $1 order by k.external_id`,
      [orgId],
    );
    const owner = Object.fromEntries(tickets.map((t) => [t.external_id, t.technician]));
    // Open Acme tickets of Ann's moved (t3, t5); resolved ones (t1, t2), Bo's (t4) and Beta's (b2) stay.
    expect(owner).toMatchObject({ t1: "Ann", t2: "Ann", t3: "Cy", t4: "Bo", t5: "Cy", b2: "Ann" });
    const assignments = await db().query<{ client_id: number; technician_id: number; assigned_by: string }>(
      "select client_id, technician_id, assigned_by from client_assignments where org_id = $1",
      [orgId],
    );
    expect(assignments.map((a) => [Number(a.client_id), Number(a.technician_id), a.assigned_by])).toEqual([[client("Acme"), tech("Cy"), "tester"]]);

    const moves = await listMoves(db(), orgId, { period: PERIOD });
    expect(moves).toHaveLength(1);
    expect(moves[0]).toMatchObject({ client: "Acme", from: "Ann", to: "Cy", hoursMoved: 3.75, ticketsMoved: 2, periodFrom: PERIOD.from, periodTo: PERIOD.to, acceptedBy: "tester" });
    expect(await listMoves(db(), orgId, { period: { from: "2026-02-01", to: "2026-02-28" } })).toEqual([]);

    // The same move again is a conflict; moving on to Bo upserts the assignment.
    await expect(acceptMove(db(), orgId, move, "tester")).rejects.toMatchObject({ code: "conflict" });
    await acceptMove(db(), orgId, { ...move, fromTechnicianId: tech("Cy"), toTechnicianId: tech("Bo") }, "tester");
    const [again] = await db().query<{ technician_id: number; n: number }>(
      "select technician_id, (select count(*)::int from client_assignments where org_id = $1) as n from client_assignments where org_id = $1",
      [orgId],
    );
    expect([Number(again?.technician_id), again?.n]).toEqual([tech("Bo"), 1]);
    expect((await listMoves(db(), orgId)).map((m) => `${m.from}→${m.to}`)).toEqual(["Cy→Bo", "Ann→Cy"]);

    // The other org, seeded with the same records, is untouched.
    const other = await db().query<{ n: number }>(
      `select (select count(*)::int from workload_moves where org_id = $1) + (select count(*)::int from client_assignments where org_id = $1) as n`,
      [otherOrg],
    );
    expect(other[0]?.n).toBe(0);
    const otherTickets = await db().query<{ technician: string }>(
      `select t.name as technician from tickets k join technicians t on t.org_id = k.org_id and t.id = k.technician_id
       where k.org_id = $1 and k.external_id = 't3'`,
      [otherOrg],
    );
    expect(otherTickets[0]?.technician).toBe("Ann");
  });

  it("acceptMove refuses unknown clients, technicians of another org, and a move to oneself", async () => {
    const orgId = await createTestOrg(db());
    const otherOrg = await createTestOrg(db());
    await seedDataset(db(), orgId, smallBusiness(), SETTINGS);
    await seedDataset(db(), otherOrg, smallBusiness(), SETTINGS);
    const mine = await ids(db(), orgId);
    const theirs = await ids(db(), otherOrg);
    const base = { clientId: mine.client("Acme"), fromTechnicianId: mine.tech("Ann"), toTechnicianId: mine.tech("Bo"), period: PERIOD };
    await expect(acceptMove(db(), orgId, { ...base, clientId: theirs.client("Acme") }, "t")).rejects.toMatchObject({ code: "not_found" });
    await expect(acceptMove(db(), orgId, { ...base, toTechnicianId: theirs.tech("Bo") }, "t")).rejects.toMatchObject({ code: "not_found" });
    await expect(acceptMove(db(), orgId, { ...base, toTechnicianId: base.fromTechnicianId }, "t")).rejects.toBeInstanceOf(AppError);
    expect((await db().query<{ n: number }>("select count(*)::int as n from workload_moves where org_id = $1", [orgId]))[0]?.n).toBe(0);
  });
});
