import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import type { ImportFormat } from "@/lib/imports";
import type { ImportKind } from "@/lib/records/schemas";
import { createMember } from "@/db/auth/users";
import { linkMemberTechnician, listPeerReviews, memberTechnicianId, submitPeerReview } from "@/db/queries/peer-reviews";
import { PeerReviewInput } from "@/lib/scorecards/peer-review";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { importText } from "../support/import-text";

// Tickets and time entries name technicians by the tool's id or login; a technicians import names
// them. Whichever comes first, the dashboards end up with one technician per person, by name.

const EXPORTS = path.resolve(import.meta.dirname, "../../fixtures/exports");
const load = (db: Database, orgId: number, tool: ImportFormat, file: string, kind: ImportKind) =>
  importText(db, orgId, readFileSync(path.join(EXPORTS, tool, file)), { kind, format: tool });

async function workByTechnician(db: Database, orgId: number) {
  return db.query<{ technician: string; tickets: number; entries: number }>(
    `select t.name as technician,
       (select count(*) from tickets k where k.org_id = t.org_id and k.technician_id = t.id)::int as tickets,
       (select count(*) from time_entries e where e.org_id = t.org_id and e.technician_id = t.id)::int as entries
     from technicians t where t.org_id = $1 order by lower(t.name) collate "C"`,
    [orgId],
  );
}

describeEachDatabase("technician references", (db) => {
  it("Autotask: resource ids in tickets and time become names once the resources are imported", async () => {
    const orgId = await createTestOrg(db());
    await load(db(), orgId, "autotask", "tickets.csv", "tickets");
    const time = await load(db(), orgId, "autotask", "time.csv", "time");
    expect(time.techniciansCreated).toBe(0);
    expect((await workByTechnician(db(), orgId)).map((t) => t.technician)).toEqual(["29682885", "29682886"]);

    const resources = await load(db(), orgId, "autotask", "technicians.csv", "technicians");
    expect(resources).toMatchObject({ status: "completed", inserted: 1, updated: 2, rejected: 0 });
    expect(await workByTechnician(db(), orgId)).toEqual([
      { technician: "Katrin Vogt", tickets: 2, entries: 2 },
      { technician: "Sven Roth", tickets: 0, entries: 0 },
      { technician: "Tobias Lehmann", tickets: 1, entries: 1 },
    ]);
    const [rollup] = await db().query<{ names: string[] }>(
      `select array_agg(distinct t.name order by t.name) as names from kpi_time_technician_days r
       join technicians t on t.org_id = r.org_id and t.id = r.technician_id where r.org_id = $1`,
      [orgId],
    );
    expect(rollup?.names).toEqual(["Katrin Vogt", "Tobias Lehmann"]);
  });

  it("an inactive resource without an end date ends on the last day they logged time, else today", async () => {
    const orgId = await createTestOrg(db());
    await importText(db(), orgId, "id,resourceID,companyID,dateWorked,hoursWorked,isNonBillable\n1,29682887,174,2026-02-10T00:00:00.000Z,2,false\n", { kind: "time", format: "autotask" });
    await load(db(), orgId, "autotask", "technicians.csv", "technicians");
    const [today] = await db().query<{ day: string }>("select (now() at time zone time_zone)::date::text as day from org_settings where org_id = $1", [orgId]);
    expect(await db().query("select name, active_to::text from technicians where org_id = $1 order by name", [orgId])).toEqual([
      { name: "Katrin Vogt", active_to: null },
      { name: "Sven Roth", active_to: "2026-02-10" },
      { name: "Tobias Lehmann", active_to: null },
    ]);
    await load(db(), orgId, "halopsa", "technicians.csv", "technicians");
    const [ole] = await db().query<{ active_to: string }>("select active_to::text from technicians where org_id = $1 and name = 'Ole Brandt'", [orgId]);
    expect(ole?.active_to).toBe(today?.day);
  });

  it("Autotask: tickets imported after the resources link to them by id", async () => {
    const orgId = await createTestOrg(db());
    await load(db(), orgId, "autotask", "technicians.csv", "technicians");
    const tickets = await load(db(), orgId, "autotask", "tickets.csv", "tickets");
    expect(tickets.techniciansCreated).toBe(0);
    expect((await workByTechnician(db(), orgId)).filter((t) => t.tickets > 0)).toEqual([
      { technician: "Katrin Vogt", tickets: 2, entries: 0 },
      { technician: "Tobias Lehmann", tickets: 1, entries: 0 },
    ]);
  });

  it("ConnectWise: a member named by login in one file and by name in another becomes one technician", async () => {
    const orgId = await createTestOrg(db());
    await load(db(), orgId, "connectwise", "tickets.csv", "tickets");
    await importText(db(), orgId, "entry_id,technician,client,work_date,hours,billable\nG1,Julia Berg,NORDLICHT,2026-03-05,2,true\n", { kind: "time", format: "generic" });
    expect((await workByTechnician(db(), orgId)).map((t) => t.technician)).toEqual(["jberg", "Julia Berg", "mschulz"]);

    await load(db(), orgId, "connectwise", "technicians.csv", "technicians");
    expect(await workByTechnician(db(), orgId)).toEqual([
      { technician: "Julia Berg", tickets: 2, entries: 1 },
      { technician: "Markus Schulz", tickets: 1, entries: 0 },
      { technician: "Paul Koch", tickets: 0, entries: 0 },
    ]);
    // The scorecards' ticket rollup follows the merge too.
    expect(await db().query(
      `select t.name, sum(r.created)::int as created from kpi_technician_ticket_days r
       join technicians t on t.org_id = r.org_id and t.id = r.technician_id where r.org_id = $1 and r.grain = 'd' group by t.name order by t.name`,
      [orgId],
    )).toEqual([{ name: "Julia Berg", created: 2 }, { name: "Markus Schulz", created: 1 }]);
    const time = await load(db(), orgId, "connectwise", "time.csv", "time");
    expect(time.techniciansCreated).toBe(0);
    const again = await load(db(), orgId, "connectwise", "technicians.csv", "technicians");
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 });
  });

  it("merging two records of one person keeps the member's link and the peer reviews, dropping a review that would repeat or review oneself", async () => {
    const orgId = await createTestOrg(db());
    await load(db(), orgId, "connectwise", "tickets.csv", "tickets");
    await importText(db(), orgId, "entry_id,technician,client,work_date,hours,billable\nG1,Julia Berg,NORDLICHT,2026-03-05,2,true\n", { kind: "time", format: "generic" });
    const id = Object.fromEntries((await db().query<{ name: string; id: string }>("select name, id from technicians where org_id = $1", [orgId])).map((t) => [t.name, Number(t.id)]));
    const userId = await createMember(db(), orgId, { name: "Julia", email: `julia-${orgId}@example.com`, password: "julia-secret-pass", role: "viewer" });
    await linkMemberTechnician(db(), orgId, userId, id.jberg!);
    const review = (from: number, to: number, score: number) => submitPeerReview(db(), orgId, from, PeerReviewInput.parse({ quarter: "2026-Q1", revieweeId: to, score }));
    await review(id.mschulz!, id.jberg!, 4);
    await review(id.mschulz!, id["Julia Berg"]!, 2); // the same person reviewed twice once merged: one goes
    await review(id.jberg!, id["Julia Berg"]!, 5); // a self-review once merged: it goes
    await review(id["Julia Berg"]!, id.mschulz!, 3);

    await load(db(), orgId, "connectwise", "technicians.csv", "technicians");
    const [julia] = await db().query<{ id: string }>("select id from technicians where org_id = $1 and name = 'Julia Berg'", [orgId]);
    expect(await memberTechnicianId(db(), orgId, userId)).toBe(Number(julia!.id));
    expect((await listPeerReviews(db(), orgId)).map((r) => [r.reviewer, r.reviewee, r.score]).sort()).toEqual([
      ["Julia Berg", "Markus Schulz", 3],
      ["Markus Schulz", "Julia Berg", expect.any(Number)],
    ]);
  });

  it("HaloPSA and Syncro: agent and user ids resolve; a Syncro id never matches a HaloPSA technician", async () => {
    const orgId = await createTestOrg(db());
    await importText(db(), orgId, "id,client_name,agent_id,dateoccurred\n9001,Hafenkante Medien KG,5,2026-03-02T08:00:00\n", { kind: "tickets", format: "halopsa" });
    await load(db(), orgId, "halopsa", "technicians.csv", "technicians");
    await load(db(), orgId, "syncro", "tickets.csv", "tickets");
    await load(db(), orgId, "syncro", "technicians.csv", "technicians");
    const busy = (await workByTechnician(db(), orgId)).filter((t) => t.tickets > 0);
    expect(busy).toEqual([
      { technician: "Florian Egger", tickets: 1, entries: 0 },
      { technician: "Lena Hofer", tickets: 2, entries: 0 },
      { technician: "Mia Schulz", tickets: 1, entries: 0 },
    ]);
  });
});
