import "server-only";
import { PayPlan } from "@/lib/scorecards/pay-plan";
import { recordAudit } from "../auth/audit";
import type { SqlRunner } from "../client";

// The org's pay plan (owners define it on the Scorecards page). Stored as jsonb, read back
// through the same schema it was saved with.

export interface StoredPayPlan {
  plan: PayPlan;
  updatedBy: string;
  updatedAt: Date;
}

export async function getPayPlan(db: SqlRunner, orgId: number): Promise<StoredPayPlan | null> {
  const [row] = await db.query<{ plan: unknown; updated_by: string; updated_at: Date }>(
    "select plan, updated_by, updated_at from pay_plans where org_id = $1",
    [orgId],
  );
  if (!row) return null;
  const plan = typeof row.plan === "string" ? JSON.parse(row.plan) : row.plan;
  return { plan: PayPlan.parse(plan), updatedBy: row.updated_by, updatedAt: new Date(row.updated_at) };
}

/** Saves a plan parsed with PayPlan (replacing any earlier one) and writes it to the audit log, as settings changes are. */
export async function savePayPlan(db: SqlRunner, orgId: number, plan: PayPlan, actor: string): Promise<void> {
  await db.query(
    `insert into pay_plans (org_id, plan, updated_by, updated_at) values ($1, $2::text::jsonb, $3, now())
     on conflict (org_id) do update set plan = excluded.plan, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
    [orgId, JSON.stringify(plan), actor],
  );
  await recordAudit(db, orgId, { actor, action: "pay_plan.changed", details: plan });
}
