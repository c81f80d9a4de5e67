import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { approveClientReport, listOutbox, retryClientReport, skipClientReport } from "@/db/client-reports/outbox";
import { saveClientReportSchedule, type ScheduleInput } from "@/db/client-reports/schedules";
import { getJob } from "@/db/jobs/jobs";
import { saveQbrNotes } from "@/db/qbr/notes";
import { deliverDueClientReports } from "@/server/client-reports/deliver";
import { clientReportJobs } from "@/server/client-reports/job";
import { runDueJobs, type PassResult } from "@/server/jobs/runner";
import { startSmtpServer } from "../alerts-db/helpers";
import { createTestOrg, openTwoInstances, testDatabaseKinds } from "../support/db";
import { readReportMail } from "./mail";

// Scheduled client reports over a real SMTP server: the quarterly report with the QBR PDF goes
// out once with two app instances; a held one only after a manager approved it (a skipped one
// never); a failed send is retried with back-off, and by hand once it failed for good.

const Q3 = { from: "2026-07-01", to: "2026-09-30" };
/** Monday 5 October 2026, 07:00 in Berlin: day 5 after Q3 ended. */
const DUE = new Date("2026-10-05T05:00:00Z");
const at = (ms: number) => new Date(DUE.getTime() + ms);
/** Each report renders a PDF in chromium; on a busy 2-core machine that takes seconds. */
const TIMEOUT_MS = 240_000;

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.close());

const receivedBy = (email: string) => smtp.received.filter((m) => m.to.includes(email));

async function seedOrg(db: Database, clientNames: string[]) {
  const orgId = await createTestOrg(db);
  await db.query("update orgs set name = 'Kontor IT' where id = $1", [orgId]);
  await db.query("update org_settings set time_zone = 'Europe/Berlin' where org_id = $1", [orgId]);
  const managerId = randomUUID();
  await db.query("insert into users (id, name, email, email_verified) values ($1, 'Mia Manager', $2, true)", [managerId, `mia-${managerId}@msp.example`]);
  await db.query("insert into memberships (org_id, user_id, role) values ($1, $2, 'manager')", [orgId, managerId]);
  const clients: { id: number; name: string; email: string }[] = [];
  for (const name of clientNames) {
    const [row] = await db.query<{ id: number }>("insert into clients (org_id, name, source) values ($1, $2, 'test') returning id", [orgId, `${name} ${orgId}`]);
    clients.push({ id: row!.id, name: `${name} ${orgId}`, email: `it-${orgId}-${row!.id}@client.example` });
  }
  const schedule = async (client: (typeof clients)[number], input: Partial<ScheduleInput> = {}) =>
    saveClientReportSchedule(db, orgId, client.id, { recipients: [client.email], cadence: "quarterly", daysAfter: 5, holdForReview: false, locale: "en", ...input }, managerId);
  return { orgId, managerId, clients, schedule };
}

describe.each(testDatabaseKinds())("client reports [%s]", (kind) => {
  let instances: Awaited<ReturnType<typeof openTwoInstances>>;
  beforeAll(async () => {
    instances = await openTwoInstances(kind);
  });
  afterAll(() => instances.close());

  it("two instances past day 5 after the quarter: the quarterly report with the QBR PDF goes out once, naming client and period", async () => {
    const { first, second } = instances;
    const { orgId, clients, schedule } = await seedOrg(first, ["Nordlicht Logistik"]);
    const [client] = clients as [(typeof clients)[number]];
    await schedule(client, { recipients: [client.email, `ceo-${orgId}@client.example`] });
    const handlers = clientReportJobs({ smtpUrl: smtp.url });
    const ours = (runs: PassResult[]) => runs.filter((r) => r.key === `${orgId}:${client.id}`);

    expect(ours(await runDueJobs(first, handlers, { now: new Date("2026-10-01T12:00:00Z") }))).toEqual([]);
    expect((await getJob(first, "client-report", `${orgId}:${client.id}`))?.dueAt).toEqual(DUE);

    const runs = await Promise.all([runDueJobs(first, handlers, { now: at(30_000) }), runDueJobs(second, handlers, { now: at(30_000) })]);
    expect(ours(runs.flat())).toEqual([{ kind: "client-report", key: `${orgId}:${client.id}`, late: false, ok: true }]);
    await Promise.all([runDueJobs(first, handlers, { now: at(120_000) }), runDueJobs(second, handlers, { now: at(120_000) })]);

    expect(receivedBy(client.email)).toHaveLength(1);
    expect(receivedBy(client.email)[0]!.to).toEqual([client.email, `ceo-${orgId}@client.example`]);
    const mail = readReportMail(receivedBy(client.email)[0]!.data);
    expect(mail.subject).toBe(`Kontor IT: quarterly report for ${client.name}, Jul 1, 2026 – Sep 30, 2026`);
    expect(mail.text).toContain(`attached is the quarterly report of Kontor IT for ${client.name}, covering Jul 1, 2026 – Sep 30, 2026.`);
    expect(mail.pdf?.fileName).toMatch(/\.pdf$/);
    expect(mail.pdf?.text).toContain(client.name);
    expect(mail.pdf?.text).toContain("July 1, 2026 – September 30, 2026");
    expect(mail.pdf?.text).not.toMatch(/cost|margin/i);
    const [logged] = await listOutbox(first, orgId);
    expect(logged).toMatchObject({ period: Q3, status: "delivered", attempts: 1, deliveredAt: at(30_000), lastError: null, late: false });
    expect((await getJob(first, "client-report", `${orgId}:${client.id}`))?.dueAt).toEqual(new Date("2027-01-05T06:00:00Z"));
  }, TIMEOUT_MS);

  it("a held report goes out only after a manager approved it, with the notes edited meanwhile; a skipped one never", async () => {
    const { first } = instances;
    const { orgId, managerId, clients, schedule } = await seedOrg(first, ["Approved", "Skipped"]);
    const [approved, skipped] = clients as [(typeof clients)[number], (typeof clients)[number]];
    await schedule(approved, { holdForReview: true, locale: "de" });
    await schedule(skipped, { holdForReview: true });
    const handlers = clientReportJobs({ smtpUrl: smtp.url });
    await runDueJobs(first, handlers, { now: new Date("2026-10-01T12:00:00Z") });
    await runDueJobs(first, handlers, { now: at(10_000) });
    await runDueJobs(first, handlers, { now: at(3_600_000) });
    expect(receivedBy(approved.email)).toEqual([]);
    const held = await listOutbox(first, orgId);
    expect(held.map((r) => [r.clientName, r.status])).toEqual(expect.arrayContaining([[approved.name, "held"], [skipped.name, "held"]]));
    const idOf = (name: string) => held.find((r) => r.clientName === name)!.id;

    await saveQbrNotes(first, orgId, approved.id, Q3, "Neue Laptops im Mai.", "mia@msp.example");
    const decidedAt = at(7_200_000);
    expect(await approveClientReport(first, orgId, idOf(approved.name), managerId, decidedAt)).toEqual({ clientId: approved.id, period: Q3 });
    expect(await skipClientReport(first, orgId, idOf(skipped.name), managerId, decidedAt)).toEqual({ clientId: skipped.id, period: Q3 });
    expect(await approveClientReport(first, orgId, idOf(skipped.name), managerId, decidedAt)).toBeNull();
    await runDueJobs(first, handlers, { now: at(7_260_000) });
    await runDueJobs(first, handlers, { now: at(86_400_000) });

    expect(receivedBy(approved.email)).toHaveLength(1);
    expect(receivedBy(skipped.email)).toEqual([]);
    const mail = readReportMail(receivedBy(approved.email)[0]!.data);
    expect(mail.subject).toBe(`Kontor IT: Quartalsbericht für ${approved.name}, 01.07.2026 – 30.09.2026`);
    expect(mail.text).toContain("Anmerkungen Ihres Ansprechpartners:\nNeue Laptops im Mai.");
    expect(mail.pdf?.text).toContain("Neue Laptops im Mai.");
    const log = await listOutbox(first, orgId);
    expect(log.find((r) => r.clientName === approved.name)).toMatchObject({ status: "delivered", decidedByName: "Mia Manager", decidedAt, attempts: 1 });
    expect(log.find((r) => r.clientName === skipped.name)).toMatchObject({ status: "skipped", decidedByName: "Mia Manager", decidedAt, attempts: 0 });
  }, TIMEOUT_MS);

  it("a failed send is retried with back-off, parked as failed after the last try, and sent when retried by hand", async () => {
    const { first } = instances;
    const { orgId, clients, schedule } = await seedOrg(first, ["Retried"]);
    const [client] = clients as [(typeof clients)[number]];
    await schedule(client);
    const refused = "smtp://127.0.0.1:1";
    await runDueJobs(first, clientReportJobs({ smtpUrl: refused }), { now: new Date("2026-10-01T12:00:00Z") });
    const runs = await runDueJobs(first, clientReportJobs({ smtpUrl: refused }), { now: DUE });
    expect(runs.find((r) => r.kind === "client-report" && r.key === `${orgId}:${client.id}`)?.ok).toBe(true);
    const [report] = await listOutbox(first, orgId);
    expect(report).toMatchObject({ status: "pending", attempts: 1, nextAttemptAt: at(30_000), lastError: expect.stringContaining("ECONNREFUSED") });

    // The back-off waits 30 s, 2 min, 10 min and 1 h; the fifth failure is the last.
    let now = DUE;
    for (const wait of [30_000, 120_000, 600_000, 3_600_000]) {
      now = new Date(now.getTime() + wait);
      await deliverDueClientReports(first, { now, smtpUrl: refused });
    }
    expect((await listOutbox(first, orgId))[0]).toMatchObject({ status: "failed", attempts: 5, nextAttemptAt: null });
    expect(await deliverDueClientReports(first, { now: at(86_400_000), smtpUrl: smtp.url })).toEqual({ delivered: 0, retrying: 0, failed: 0 });

    expect(await retryClientReport(first, orgId, report!.id, at(90_000_000))).toEqual({ clientId: client.id, period: Q3 });
    expect(await deliverDueClientReports(first, { now: at(90_000_000), smtpUrl: smtp.url, only: { orgId, id: report!.id } })).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    expect(receivedBy(client.email)).toHaveLength(1);
    expect((await listOutbox(first, orgId))[0]).toMatchObject({ status: "delivered", attempts: 6, lastError: null, deliveredAt: at(90_000_000) });
  }, TIMEOUT_MS);
});
