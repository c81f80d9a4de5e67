import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { saveDigestSubscription } from "@/db/digest/subscriptions";
import { getJob } from "@/db/jobs/jobs";
import { digestJob } from "@/server/digest/job";
import { runDueJobs, type PassResult } from "@/server/jobs/runner";
import { startSmtpServer } from "../alerts-db/helpers";
import { readDigestMail } from "../digest/mail";
import { createTestOrg, openTwoInstances, testDatabaseKinds } from "../support/db";

// Two app instances on one database, each running the job runner, with the clock moved past the
// digests' due time: every subscribed member gets the week's digest once. And a digest missed
// while no instance ran goes out once when one starts again, marked late.

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.close());

async function orgWithMembers(db: Database, roles: ("owner" | "manager" | "viewer")[]) {
  const orgId = await createTestOrg(db);
  await db.query("update org_settings set time_zone = 'Europe/Berlin' where org_id = $1", [orgId]);
  const members = [];
  for (const [i, role] of roles.entries()) {
    const email = `${role}-${i}-${orgId}@digest.example`;
    const userId = randomUUID(); // members without a password: a digest needs none
    await db.query("insert into users (id, name, email, email_verified) values ($1, $2, $3, true)", [userId, `${role} ${i}`, email]);
    await db.query("insert into memberships (org_id, user_id, role) values ($1, $2, $3)", [orgId, userId, role]);
    members.push({ email, role, userId });
  }
  return { orgId, members };
}

/** Each pass builds KPI reports; on a busy 2-core machine a test has taken over 30 s. */
const PASSES_TIMEOUT_MS = 180_000;

const receivedBy = (email: string) => smtp.received.filter((m) => m.to.includes(email));

describe.each(testDatabaseKinds())("job runner [%s]", (kind) => {
  let instances: Awaited<ReturnType<typeof openTwoInstances>>;
  beforeAll(async () => {
    instances = await openTwoInstances(kind);
  });
  afterAll(() => instances.close());

  it("two instances past the due time: each subscribed member gets the digest exactly once", async () => {
    const { first, second } = instances;
    const { orgId, members } = await orgWithMembers(first, ["owner", "manager", "viewer", "viewer"]);
    const [owner, manager, viewer, optedIn] = members as [(typeof members)[number], (typeof members)[number], (typeof members)[number], (typeof members)[number]];
    await saveDigestSubscription(first, orgId, optedIn.userId, { subscribed: true, weekday: 1, hour: 7, locale: "de" });
    const handlers = [digestJob({ smtpUrl: smtp.url })];
    const ours = (runs: PassResult[]) => runs.filter((r) => r.key.startsWith(`${orgId}:`));

    // Sunday: the jobs are planned for Monday 07:00 in Berlin (06:00 UTC), nothing is due.
    const sunday = new Date("2026-03-08T12:00:00Z");
    expect(ours(await runDueJobs(first, handlers, { now: sunday }))).toEqual([]);
    expect((await getJob(first, "digest", `${orgId}:${owner.userId}`))?.dueAt).toEqual(new Date("2026-03-09T06:00:00Z"));
    expect(await getJob(first, "digest", `${orgId}:${viewer.userId}`)).toBeNull();

    const due = new Date("2026-03-09T06:00:30Z");
    const runs = await Promise.all([runDueJobs(first, handlers, { now: due }), runDueJobs(second, handlers, { now: due })]);
    expect(ours(runs.flat()).map((r) => ({ ok: r.ok, late: r.late }))).toEqual(Array(3).fill({ ok: true, late: false }));
    const later = new Date("2026-03-09T06:05:00Z");
    await Promise.all([runDueJobs(first, handlers, { now: later }), runDueJobs(second, handlers, { now: later })]);

    expect(receivedBy(owner.email)).toHaveLength(1);
    expect(receivedBy(manager.email)).toHaveLength(1);
    expect(receivedBy(viewer.email)).toHaveLength(0);
    expect(receivedBy(optedIn.email)).toHaveLength(1);
    expect(readDigestMail(receivedBy(owner.email)[0]!.data).subject).toContain("week 10");
    expect(readDigestMail(receivedBy(optedIn.email)[0]!.data).subject).toContain("KW 10");
    const sends = await first.query<{ week: string; late: boolean }>("select week, late from digest_sends where org_id = $1", [orgId]);
    expect(sends).toEqual(Array(3).fill({ week: "2026-W10", late: false }));
    expect(await getJob(first, "digest", `${orgId}:${owner.userId}`)).toMatchObject({
      dueAt: new Date("2026-03-16T06:00:00Z"), lastRunAt: due, lastRunLate: false, runs: 1,
    });
  }, PASSES_TIMEOUT_MS);

  it("a digest missed while no instance ran goes out once on start, marked late, covering the last full week", async () => {
    const { first, second } = instances;
    const { orgId, members } = await orgWithMembers(first, ["manager"]);
    const [manager] = members as [(typeof members)[number]];
    const handlers = [digestJob({ smtpUrl: smtp.url })];
    const key = `${orgId}:${manager.userId}`;
    await runDueJobs(first, handlers, { now: new Date("2026-03-01T12:00:00Z") });
    expect((await getJob(first, "digest", key))?.dueAt).toEqual(new Date("2026-03-02T06:00:00Z"));

    // Down from Sunday 1 March until Wednesday 18 March: three Mondays passed.
    const restart = new Date("2026-03-18T09:00:00Z");
    const runs = await Promise.all([runDueJobs(second, handlers, { now: restart }), runDueJobs(first, handlers, { now: restart })]);
    expect(runs.flat().filter((r) => r.key === key)).toEqual([{ kind: "digest", key, late: true, ok: true }]);
    await runDueJobs(first, handlers, { now: new Date("2026-03-18T09:10:00Z") });

    expect(receivedBy(manager.email)).toHaveLength(1);
    const mail = readDigestMail(receivedBy(manager.email)[0]!.data);
    expect(mail.subject).toContain("week 11");
    expect(mail.text).toContain("This digest was due on Mar 2, 2026, 7:00 AM");
    expect(await first.query("select week, late from digest_sends where org_id = $1", [orgId])).toEqual([{ week: "2026-W11", late: true }]);
    expect(await getJob(first, "digest", key)).toMatchObject({ dueAt: new Date("2026-03-23T06:00:00Z"), lastRunLate: true, runs: 1 });
  }, PASSES_TIMEOUT_MS);

  it("a failed send leaves no record and is retried; an unsubscribed member's job is dropped", async () => {
    const { first } = instances;
    const { orgId, members } = await orgWithMembers(first, ["owner"]);
    const [owner] = members as [(typeof members)[number]];
    const key = `${orgId}:${owner.userId}`;
    const errors: string[] = [];
    const log = (message: string) => void errors.push(message);
    await runDueJobs(first, [digestJob({ smtpUrl: smtp.url })], { now: new Date("2026-03-08T12:00:00Z") });

    const due = new Date("2026-03-09T06:01:00Z");
    const failed = await runDueJobs(first, [digestJob({ smtpUrl: "smtp://127.0.0.1:1" })], { now: due, log });
    expect(failed.filter((r) => r.key === key)).toEqual([{ kind: "digest", key, late: false, ok: false }]);
    expect(errors).toContain(`jobs: digest ${key} failed`);
    expect(await first.query("select 1 from digest_sends where org_id = $1", [orgId])).toEqual([]);
    expect(await getJob(first, "digest", key)).toMatchObject({ dueAt: new Date("2026-03-09T06:11:00Z"), lastError: expect.any(String) });

    await runDueJobs(first, [digestJob({ smtpUrl: smtp.url })], { now: new Date("2026-03-09T06:11:00Z") });
    expect(receivedBy(owner.email)).toHaveLength(1);

    await saveDigestSubscription(first, orgId, owner.userId, { subscribed: false, weekday: 1, hour: 7, locale: "en" });
    await runDueJobs(first, [digestJob({ smtpUrl: smtp.url })], { now: new Date("2026-03-16T06:00:00Z") });
    expect(await getJob(first, "digest", key)).toBeNull();
    expect(receivedBy(owner.email)).toHaveLength(1);
  }, PASSES_TIMEOUT_MS);
});
