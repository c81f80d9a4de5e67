import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Goal, GoalInput } from "@/lib/goals/goal-schema";
import { defaultKeyFor, goalsInForce, type StoredGoal } from "@/lib/goals/in-force";
import { goalScopeOf } from "@/lib/goals/metrics";
import { recordAudit } from "../auth/audit";
import type { Database, SqlRunner } from "../client";
import { goals } from "../schema";

// An org's goals. Every set, change and removal is written to the audit log in the same
// transaction, with the goal before and after, so the history says who changed what and when.

/** Which goal a change is about: a stored one, or a benchmark default nobody has changed yet. */
export type GoalRef = { id: number } | { defaultKey: string };

export type GoalSaveResult = { ok: true; goal: Goal } | { ok: false; reason: "not_found" | "duplicate" };

const goalColumns = {
  id: goals.id,
  metric: goals.metric,
  scope: goals.scope,
  subject: goals.subject,
  direction: goals.direction,
  target: goals.target,
  warn: goals.warn,
  dueDate: goals.dueDate,
  source: goals.source,
  defaultKey: goals.defaultKey,
  removed: sql<boolean>`${goals.removedAt} is not null`,
};

/** Every goal row of the org, removed ones too (a removed default must stay removed). */
export async function listStoredGoals(db: SqlRunner, orgId: number): Promise<StoredGoal[]> {
  return db.orm.select(goalColumns).from(goals).where(eq(goals.orgId, orgId)).orderBy(asc(goals.id));
}

/** The goals in force: the org's own and the benchmark defaults it has not changed or removed. */
export async function listGoals(db: SqlRunner, orgId: number): Promise<Goal[]> {
  return goalsInForce(await listStoredGoals(db, orgId));
}

const findGoal = (inForce: Goal[], ref: GoalRef) =>
  inForce.find((g) => ("id" in ref ? g.id === ref.id : g.id === null && g.defaultKey === ref.defaultKey));

/** What the audit log keeps of a goal. */
const snapshot = (g: GoalInput) => ({
  metric: g.metric, subject: g.subject, direction: g.direction, target: g.target, warn: g.warn, dueDate: g.dueDate, source: g.source,
});

const stored = (g: GoalInput) => ({ ...snapshot(g), scope: goalScopeOf(g.metric) });

/** Sets a new goal (ref null) or changes one; a new goal on a figure with an untouched default takes that default's place. */
export async function saveGoal(db: Database, orgId: number, ref: GoalRef | null, input: GoalInput, actor: string): Promise<GoalSaveResult> {
  return db.transaction(async (tx) => {
    const inForce = await listGoals(tx, orgId);
    const previous = ref ? findGoal(inForce, ref) : inForce.find((g) => g.id === null && g.metric === input.metric && g.subject === input.subject);
    if (ref && !previous) return { ok: false, reason: "not_found" };
    const clash = inForce.find((g) => g.metric === input.metric && g.subject === input.subject && g !== previous);
    if (clash) return { ok: false, reason: "duplicate" };
    const [row] =
      previous?.id != null
        ? await tx.orm
            .update(goals)
            .set({ ...stored(input), updatedAt: sql`now()` })
            .where(and(eq(goals.orgId, orgId), eq(goals.id, previous.id), isNull(goals.removedAt)))
            .returning(goalColumns)
        : await tx.orm
            .insert(goals)
            .values({ orgId, ...stored(input), defaultKey: previous?.defaultKey ?? defaultKeyFor(inForce, input.metric, input.subject), createdBy: actor })
            .returning(goalColumns);
    const { removed: _removed, ...goal } = row!;
    await recordAudit(tx, orgId, {
      actor,
      action: previous ? "goal.changed" : "goal.set",
      subject: `goal:${goal.id}`,
      details: { from: previous ? snapshot(previous) : null, to: snapshot(goal) },
    });
    return { ok: true, goal };
  });
}

/** Removes a goal; removing an untouched default stores it as removed, so it does not come back. */
export async function removeGoal(db: Database, orgId: number, ref: GoalRef, actor: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const goal = findGoal(await listGoals(tx, orgId), ref);
    if (!goal) return false;
    const [row] =
      goal.id !== null
        ? await tx.orm.update(goals).set({ removedAt: sql`now()`, updatedAt: sql`now()` }).where(and(eq(goals.orgId, orgId), eq(goals.id, goal.id))).returning({ id: goals.id })
        : await tx.orm.insert(goals).values({ orgId, ...stored(goal), defaultKey: goal.defaultKey, createdBy: actor, removedAt: sql`now()` }).returning({ id: goals.id });
    await recordAudit(tx, orgId, { actor, action: "goal.removed", subject: `goal:${row!.id}`, details: { from: snapshot(goal), to: null } });
    return true;
  });
}
