import { expect, it } from "vitest";
import { acceptMove, listMoves, reassignmentLists } from "@/db/queries/rebalancing";
import { createMember, removeMember } from "@/db/auth/users";
import { listTechnicianRows, technicianLoads } from "@/db/queries/technicians";
import { computeKpiReport } from "@/lib/kpi/reference";
import { toCsv } from "@/lib/csv/export";
import { AppError } from "@/lib/errors";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { PERIOD, SETTINGS, smallBusiness } from "./fixture";
import { importText } from "../support/import-text";
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
  const ticketOwners = (orgId: number) =>
    db().query<{ external_id: string; technician: string | null }>(
      `select k.external_id, t.name as technician from tickets k left join technicians t on t.org_id = k.org_id and t.id = k.technician_id
       where k.org_id = $1 order by k.external_id`,
      [orgId],
    );

  it("March: 22 weekdays × 8 h = 176 h for Ann; her 7.75 h logged, 6.5 billable; tickets handled = created in P and assigned", async () => {
    const orgId = await createTestOrg(db());
    const data = smallBusiness();
    await seedDataset(db(), orgId, data, SETTINGS);
    const report = computeKpiReport(data, PERIOD, SETTINGS);
    const rows = await listTechnicianRows(db(), orgId, PERIOD, SETTINGS.timeZone, report);
    expect(rows.map(({ id: _, ...r }) => r)).toEqual([
      { name: "Ann", role: null, confirmed: true, availableHours: 176, billableHours: 6.5, loggedHours: 7.75, utilization: 0.0369, loggedUtilization: 0.044, billedRevenue: 610, workload: "idle", ticketsHandled: 4 },
      { name: "Bo", role: null, confirmed: true, availableHours: 176, billableHours: 3, loggedHours: 3, utilization: 0.017, loggedUtilization: 0.017, billedRevenue: 250, workload: "idle", ticketsHandled: 2 },
      { name: "Cy", role: null, confirmed: true, availableHours: 88, billableHours: 0, loggedHours: 0, utilization: 0, loggedUtilization: 0, billedRevenue: 0, workload: "idle", ticketsHandled: 0 },
    ]);
    const loads = await technicianLoads(db(), orgId, PERIOD, rows);
    const { client } = await ids(db(), orgId);
    expect(loads[0]?.clients).toEqual([
      { clientId: client("Acme"), client: "Acme", loggedHours: 3.75, billableHours: 2.5, openTickets: 2 }, // t3, t5
      { clientId: client("Beta"), client: "Beta", loggedHours: 4, billableHours: 4, openTickets: 1 }, // b2
    ]);
    expect(loads[2]?.clients).toEqual([]);
  });

  it("acceptMove records the decision only: tickets stay as the PSA has them, the move is pending with its reassignment list; other org untouched", async () => {
    const data = smallBusiness();
    const orgId = await createTestOrg(db());
    const otherOrg = await createTestOrg(db());
    await seedDataset(db(), orgId, data, SETTINGS);
    await seedDataset(db(), otherOrg, data, SETTINGS);
    const { client, tech } = await ids(db(), orgId);
    const move = { clientId: client("Acme"), fromTechnicianId: tech("Ann"), toTechnicianId: tech("Cy"), period: PERIOD };
    const before = await ticketOwners(orgId);

    const accepted = await acceptMove(db(), orgId, move, "tester");
    expect(accepted).toMatchObject({ hoursMoved: "3.75", ticketsMoved: 2 });
    expect(await ticketOwners(orgId)).toEqual(before);

    const moves = await listMoves(db(), orgId, { period: PERIOD });
    expect(moves).toHaveLength(1);
    expect(moves[0]).toMatchObject({ client: "Acme", from: "Ann", to: "Cy", hoursMoved: 3.75, ticketsMoved: 2, periodFrom: PERIOD.from, periodTo: PERIOD.to, acceptedBy: "tester", status: "pending", doneAt: null });
    // Still pending, so a projection of a later period counts it; an earlier one does not.
    expect(await listMoves(db(), orgId, { period: { from: "2099-01-01", to: "2099-01-31" } })).toHaveLength(1);
    expect(await listMoves(db(), orgId, { period: { from: "2026-02-01", to: "2026-02-28" } })).toEqual([]);
    // Open Acme tickets of Ann's (t5 from February, t3 from March) are what to hand over in the PSA.
    const list = await reassignmentLists(db(), orgId, [accepted.id]);
    expect(list.get(accepted.id)?.map((i) => [i.kind, i.ref, i.priority])).toEqual([["ticket", "t5", "P4"], ["ticket", "t3", "P4"]]);

    await expect(acceptMove(db(), orgId, move, "tester")).rejects.toMatchObject({ code: "conflict" });
    const other = await db().query<{ n: number }>("select count(*)::int as n from workload_moves where org_id = $1", [otherOrg]);
    expect(other[0]?.n).toBe(0);
  });

  it("names who accepted a move: the member's name, their e-mail when nameless, null once the user is deleted", async () => {
    const orgId = await createTestOrg(db());
    await seedDataset(db(), orgId, smallBusiness(), SETTINGS);
    const { client, tech } = await ids(db(), orgId);
    const member = (name: string, email: string) => createMember(db(), orgId, { name, email, password: "a-long-password-1", role: "manager" });
    const vera = await member("Vera Lind", `vera-${orgId}@example.test`);
    const nameless = await member("", `nameless-${orgId}@example.test`);
    const accept = (clientName: string, by: string) =>
      acceptMove(db(), orgId, { clientId: client(clientName), fromTechnicianId: tech("Ann"), toTechnicianId: tech("Cy"), period: PERIOD }, by);
    await accept("Acme", `user:${vera}`);
    await accept("Beta", `user:${nameless}`);
    const by = async () => Object.fromEntries((await listMoves(db(), orgId)).map((m) => [m.client, m.acceptedBy]));
    expect(await by()).toEqual({ Acme: "Vera Lind", Beta: `nameless-${orgId}@example.test` });
    await removeMember(db(), orgId, vera);
    expect(await by()).toEqual({ Acme: null, Beta: `nameless-${orgId}@example.test` });
  });

  it("the next PSA import does not undo a move: pending while the PSA still shows Ann, done once it shows Cy, and done stays done", async () => {
    const data = smallBusiness();
    const orgId = await createTestOrg(db());
    await seedDataset(db(), orgId, data, SETTINGS);
    const { client, tech } = await ids(db(), orgId);
    const { id } = await acceptMove(db(), orgId, { clientId: client("Acme"), fromTechnicianId: tech("Ann"), toTechnicianId: tech("Cy"), period: PERIOD }, "tester");
    const status = async () => (await listMoves(db(), orgId)).find((m) => m.id === id)?.status;
    const reimport = (owner: (ticketId: string) => string | null, resolved: Record<string, string> = {}) =>
      importText(db(), orgId, toCsv(Object.keys(data.tickets[0]!), data.tickets.map((t) =>
        Object.values({ ...t, technician: owner(t.ticket_id) ?? t.technician, resolved_at: resolved[t.ticket_id] ?? t.resolved_at }))), { kind: "tickets", format: "generic" });

    // The PSA export unchanged: nothing flips back, the move stays pending with the same list.
    await reimport(() => null);
    expect(await status()).toBe("pending");
    expect((await reassignmentLists(db(), orgId, [id])).get(id)?.map((i) => i.ref)).toEqual(["t5", "t3"]);

    // Reassigned in the PSA: t3 to Cy, t5 resolved. The import shows the move done.
    const run = await reimport((t) => (t === "t3" ? "Cy" : null), { t5: "2026-04-02T10:00:00Z" });
    const [done] = (await listMoves(db(), orgId)).filter((m) => m.id === id);
    expect(done).toMatchObject({ status: "done" });
    expect(done?.doneAt).not.toBeNull();
    const [byRun] = await db().query<{ done_by_run: number }>("select done_by_run from workload_moves where org_id = $1 and id = $2", [orgId, id]);
    expect(Number(byRun?.done_by_run)).toBe(run.runId);
    expect((await reassignmentLists(db(), orgId, [id])).get(id)).toEqual([]);
    // Done moves count only in their own period's projection.
    expect(await listMoves(db(), orgId, { period: { from: "2099-01-01", to: "2099-01-31" } })).toEqual([]);

    // A later export that shows Ann on t3 again does not silently reopen (or drop) the decision.
    await reimport(() => null);
    expect(await status()).toBe("done");
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
