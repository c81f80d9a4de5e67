import { expect, it } from "vitest";
import { createAlertRule, listFirings, setAlertScheduleMinutes } from "@/db/alerts";
import { getJob } from "@/db/jobs/jobs";
import { alertEvaluationJob, runScheduledEvaluation } from "@/server/alerts";
import { runDueJobs } from "@/server/jobs/runner";
import { AlertRuleInput } from "@/lib/alerts";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { importTickets } from "./helpers";

const T0 = new Date("2026-03-12T12:00:00Z");
const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describeEachDatabase("alert scheduler", (db) => {
  it("two evaluators ticking at once: only one evaluates the org; it is due again after its interval", async () => {
    const orgId = await createTestOrg(db());
    await importTickets(db(), orgId, "Acme", "2026-03-10T09:00:00Z", 4, "A");
    await createAlertRule(db(), orgId, AlertRuleInput.parse({ name: "Acme busy", kpi: "client.tickets_created", comparator: "above", threshold: 3, window: "this-week" }));

    const runs = await Promise.all([runScheduledEvaluation(db(), { now: T0 }), runScheduledEvaluation(db(), { now: T0 })]);
    expect(runs.filter((r) => r.orgs.includes(orgId))).toHaveLength(1);
    expect(await listFirings(db(), orgId)).toHaveLength(1);

    // 14 minutes later nothing is due; at 15 minutes (the default) it is.
    expect((await runScheduledEvaluation(db(), { now: later(14) })).orgs).not.toContain(orgId);
    expect((await runScheduledEvaluation(db(), { now: later(15) })).orgs).toContain(orgId);
    await setAlertScheduleMinutes(db(), orgId, 60);
    expect((await runScheduledEvaluation(db(), { now: later(45) })).orgs).not.toContain(orgId);
    expect((await runScheduledEvaluation(db(), { now: later(75) })).orgs).toContain(orgId);
    expect(await listFirings(db(), orgId)).toHaveLength(1);
  });

  it("runs as the job runner's alert-evaluation job: one instance looks for due orgs, again a minute later", async () => {
    const orgId = await createTestOrg(db());
    await importTickets(db(), orgId, "Beta", "2026-03-10T09:00:00Z", 4, "B");
    await createAlertRule(db(), orgId, AlertRuleInput.parse({ name: "Beta busy", kpi: "client.tickets_created", comparator: "above", threshold: 3, window: "this-week" }));
    const pass = (at: Date) => Promise.all([runDueJobs(db(), [alertEvaluationJob], { now: at }), runDueJobs(db(), [alertEvaluationJob], { now: at })]);

    expect((await pass(later(1000))).flat()).toEqual([{ kind: "alert-evaluation", key: "all-orgs", late: false, ok: true }]);
    expect(await listFirings(db(), orgId)).toHaveLength(1);
    expect((await pass(new Date(later(1000).getTime() + 30_000))).flat()).toEqual([]);
    expect((await pass(later(1001))).flat()).toHaveLength(1);
    expect(await getJob(db(), "alert-evaluation", "all-orgs")).toMatchObject({ dueAt: later(1002), runs: 2 });
    expect(await listFirings(db(), orgId)).toHaveLength(1);
  }, 120_000); // four passes of two instances, each evaluating every due org

  it("skips its tick while another instance holds the scheduler lock (PostgreSQL, separate connections)", async () => {
    if (db().kind !== "postgres") return; // PGlite has one connection: transactions there simply run one after the other.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const holder = db().transaction(async (tx) => {
      await tx.query("select pg_advisory_xact_lock(7301007::bigint)");
      locked();
      await held;
    });
    await lockTaken;
    expect(await runScheduledEvaluation(db(), { now: later(500) })).toEqual({ ran: false, orgs: [], failed: [] });
    release();
    await holder;
    expect((await runScheduledEvaluation(db(), { now: later(500) })).ran).toBe(true);
  });
});
