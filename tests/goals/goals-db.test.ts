import { expect, it } from "vitest";
import { listGoals, removeGoal, saveGoal } from "@/db/goals/goals";
import { monthlyGoalValues } from "@/db/goals/series";
import { BENCHMARK_GOALS } from "@/lib/goals/defaults";
import { GoalInput } from "@/lib/goals/goal-schema";
import { seedDataset } from "../dashboard-pages/seed";
import { contract, dataset, settings } from "../kpi/factories";
import { auditEntries, createTestOrg, describeEachDatabase } from "../support/db";

const input = (fields: Record<string, string>) => GoalInput.parse(fields);
const goalAudit = async (db: Parameters<typeof auditEntries>[0], org: number) =>
  (await auditEntries(db, org)).filter((e) => e.action.startsWith("goal.")).reverse();

describeEachDatabase("goals", (db) => {
  it("starts every org with the benchmark defaults, none of them stored", async () => {
    const org = await createTestOrg(db());
    const goals = await listGoals(db(), org);
    expect(goals.map((g) => g.defaultKey).sort()).toEqual(BENCHMARK_GOALS.map((b) => b.key).sort());
    expect(goals.every((g) => g.id === null)).toBe(true);
    expect(goals.find((g) => g.metric === "team_utilization")).toMatchObject({ direction: "at_least", target: 75, warn: 85, scope: "business" });
    expect(goals.find((g) => g.metric === "technician.utilization")).toMatchObject({ scope: "technician", subject: null });
  });

  it("changes a default, removes another for good, and writes who did what, old → new, to the audit log", async () => {
    const org = await createTestOrg(db());
    const other = await createTestOrg(db());
    const changed = await saveGoal(db(), org, { defaultKey: "sla_met" }, input({ metric: "sla_met", direction: "at_least", target: "95" }), "user:ann");
    expect(changed).toMatchObject({ ok: true, goal: { metric: "sla_met", target: 95, defaultKey: "sla_met" } });
    expect(await removeGoal(db(), org, { defaultKey: "csat" }, "user:bob")).toBe(true);
    // Removing it again finds nothing: the default does not come back.
    expect(await removeGoal(db(), org, { defaultKey: "csat" }, "user:bob")).toBe(false);

    const goals = await listGoals(db(), org);
    expect(goals.filter((g) => g.metric === "sla_met")).toEqual([expect.objectContaining({ target: 95, id: expect.any(Number) })]);
    expect(goals.some((g) => g.metric === "csat")).toBe(false);
    expect((await listGoals(db(), other)).find((g) => g.metric === "sla_met")).toMatchObject({ target: 90, id: null });

    const audit = await goalAudit(db(), org);
    expect(audit.map((e) => [e.actor, e.action])).toEqual([["user:ann", "goal.changed"], ["user:bob", "goal.removed"]]);
    expect(audit[0]!.details).toMatchObject({ from: { metric: "sla_met", target: 90 }, to: { metric: "sla_met", target: 95 } });
    expect(audit[1]!.details).toMatchObject({ from: { metric: "csat", target: 4.5 }, to: null });
    expect(await goalAudit(db(), other)).toEqual([]);
  });

  it("sets a dated goal and a technician's own, edits and removes it; a second goal on the same figure is refused", async () => {
    const org = await createTestOrg(db());
    const mrr = await saveGoal(db(), org, null, input({ metric: "mrr", direction: "at_least", target: "60000", dueDate: "2027-06-30", source: "Business plan 2027" }), "user:ann");
    if (!mrr.ok) throw new Error("not saved");
    expect(mrr.goal).toMatchObject({ scope: "business", dueDate: "2027-06-30", source: "Business plan 2027", defaultKey: null });
    const again = await saveGoal(db(), org, null, input({ metric: "mrr", direction: "at_least", target: "1" }), "user:ann");
    expect(again).toEqual({ ok: false, reason: "duplicate" });

    const ann = await saveGoal(db(), org, null, input({ metric: "technician.utilization", subject: "Ann", direction: "at_least", target: "60" }), "user:bob");
    expect(ann).toMatchObject({ ok: true, goal: { scope: "technician", subject: "Ann", defaultKey: null } });

    const edited = await saveGoal(db(), org, { id: mrr.goal.id! }, input({ metric: "mrr", direction: "at_least", target: "65000", dueDate: "2027-12-31" }), "user:bob");
    expect(edited).toMatchObject({ ok: true, goal: { id: mrr.goal.id, target: 65000, dueDate: "2027-12-31", source: null } });
    expect(await removeGoal(db(), org, { id: mrr.goal.id! }, "user:bob")).toBe(true);
    expect(await saveGoal(db(), org, { id: mrr.goal.id! }, input({ metric: "mrr", direction: "at_least", target: "1" }), "user:bob")).toEqual({ ok: false, reason: "not_found" });
    // Once removed, the figure is free for a new goal.
    expect(await saveGoal(db(), org, null, input({ metric: "mrr", direction: "at_most", target: "1" }), "user:ann")).toMatchObject({ ok: true });

    const audit = await goalAudit(db(), org);
    expect(audit.map((e) => [e.action, e.actor])).toEqual([
      ["goal.set", "user:ann"], ["goal.set", "user:bob"], ["goal.changed", "user:bob"], ["goal.removed", "user:bob"], ["goal.set", "user:ann"],
    ]);
    expect(audit[2]!.details).toMatchObject({ from: { target: 60000, dueDate: "2027-06-30", source: "Business plan 2027" }, to: { target: 65000, dueDate: "2027-12-31", source: null } });
  });

  it("a new goal on a figure with an untouched default takes the default's place", async () => {
    const org = await createTestOrg(db());
    const saved = await saveGoal(db(), org, null, input({ metric: "tickets_per_device", direction: "at_most", target: "0.8" }), "user:ann");
    expect(saved).toMatchObject({ ok: true, goal: { defaultKey: "tickets_per_device", target: 0.8 } });
    expect((await listGoals(db(), org)).filter((g) => g.metric === "tickets_per_device")).toHaveLength(1);
  });

  it("reads a dated goal's figure for the six full months before today; a viewer gets no cost figure", async () => {
    const org = await createTestOrg(db());
    const s = settings();
    // Acme 1,000 a month all along; Beta 500 from 15 September: MRR at each month's end 1,000 ×3, then 1,500 ×3.
    await seedDataset(db(), org, dataset({
      contracts: [
        contract({ client: "Acme", monthly_value: "1000", start_date: "2026-01-01", monthly_cost: "400" }),
        contract({ client: "Beta", monthly_value: "500", start_date: "2026-09-15" }),
      ],
    }), s);
    const [mrr, margin] = [input({ metric: "mrr", direction: "at_least", target: "2000", dueDate: "2027-06-30" }), input({ metric: "gross_margin", direction: "at_least", target: "50", dueDate: "2027-06-30" })]
      .map((g) => ({ ...g, id: null, scope: "business" as const, defaultKey: null }));
    const owner = await monthlyGoalValues(db(), org, [mrr!, margin!], { today: "2026-12-03", settings: s, role: "owner" });
    expect(owner[0]).toEqual([
      { month: "2026-06", value: 1000 }, { month: "2026-07", value: 1000 }, { month: "2026-08", value: 1000 },
      { month: "2026-09", value: 1500 }, { month: "2026-10", value: 1500 }, { month: "2026-11", value: 1500 },
    ]);
    expect(owner[1]!.some((m) => m.value !== null)).toBe(true);
    const viewer = await monthlyGoalValues(db(), org, [margin!], { today: "2026-12-03", settings: s, role: "viewer" });
    expect(viewer[0]!.map((m) => m.value)).toEqual([null, null, null, null, null, null]);
  });
});
