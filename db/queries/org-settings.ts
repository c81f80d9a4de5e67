import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { KpiSettings } from "@/lib/records/settings";
import type { StoredHourlyCosts } from "@/lib/settings/form-values";
import type { SettingsUpdate } from "@/lib/settings/schema";
import type { Database, SqlRunner } from "../client";
import { orgs, orgSettings, technicians } from "../schema";

// Every read and write of an org's settings: the ones that change figures, and each technician's
// weekly capacity, which the settings page edits with them.

export async function getKpiSettings(db: SqlRunner, orgId: number): Promise<KpiSettings> {
  const [row] = await db.orm
    .select({
      timeZone: orgSettings.timeZone,
      currency: orgSettings.currency,
      holidays: orgSettings.holidays,
      slaTargetMinutes: orgSettings.slaTargetMinutes,
      workloadUpper: orgSettings.workloadUpper,
      workloadLower: orgSettings.workloadLower,
      defaultHourlyCost: orgSettings.defaultHourlyCost,
    })
    .from(orgSettings)
    .where(eq(orgSettings.orgId, orgId));
  if (!row) return KpiSettings.parse({});
  return KpiSettings.parse({
    ...row,
    workloadUpper: Number(row.workloadUpper),
    workloadLower: Number(row.workloadLower),
    defaultHourlyCost: row.defaultHourlyCost === null ? null : Number(row.defaultHourlyCost),
  });
}

export async function getOrgTimeZone(db: SqlRunner, orgId: number): Promise<string> {
  return (await getKpiSettings(db, orgId)).timeZone;
}

export async function getDefaultOrgId(db: SqlRunner): Promise<number> {
  const [row] = await db.orm.select({ id: orgs.id }).from(orgs).where(eq(orgs.slug, "default"));
  if (!row) throw new Error("default org missing: the database was not migrated");
  return row.id;
}

export interface TechnicianCapacity {
  id: number;
  name: string;
  role: string | null;
  /** Exact decimal, e.g. "40" or "32.5". */
  weekly_capacity_hours: string;
  active_from: string | null;
  active_to: string | null;
  /** False for someone seen only in time entries or tickets (docs/kpis.md). */
  confirmed: boolean;
}

/** Every technician of the org, by name, with the capacity the utilization figures use. */
export async function listTechnicianCapacities(db: SqlRunner, orgId: number): Promise<TechnicianCapacity[]> {
  return db.orm
    .select({
      id: technicians.id,
      name: technicians.name,
      role: technicians.role,
      weekly_capacity_hours: technicians.weeklyCapacityHours,
      active_from: technicians.activeFrom,
      active_to: technicians.activeTo,
      confirmed: technicians.confirmed,
    })
    .from(technicians)
    .where(eq(technicians.orgId, orgId))
    .orderBy(sql`lower(${technicians.name})`, asc(technicians.id));
}

/** What an hour of work costs: the org default and each technician's own by id (null = unknown). Owners only. */
export async function getHourlyCosts(db: SqlRunner, orgId: number): Promise<StoredHourlyCosts> {
  const [org] = await db.orm
    .select({ cost: orgSettings.defaultHourlyCost })
    .from(orgSettings)
    .where(eq(orgSettings.orgId, orgId));
  const costs = await db.orm
    .select({ id: technicians.id, cost: technicians.hourlyCost })
    .from(technicians)
    .where(eq(technicians.orgId, orgId));
  return { defaultHourlyCost: org?.cost ?? null, technicians: Object.fromEntries(costs.map((t) => [String(t.id), t.cost])) };
}

/**
 * Confirms a technician the importer met only in time entries or tickets: from now on their
 * capacity and active bounds apply, and rebalancing may hand them work. not_found for another org's.
 */
export async function confirmTechnician(db: SqlRunner, orgId: number, technicianId: number): Promise<void> {
  const rows = await db.orm
    .update(technicians)
    .set({ confirmed: true, updatedAt: sql`now()` })
    .where(and(eq(technicians.orgId, orgId), eq(technicians.id, technicianId)))
    .returning({ id: technicians.id });
  if (rows.length === 0) throw new AppError("not_found", "technician not found", { id: technicianId });
}

/**
 * Stores the settings and the capacities in one transaction. A technician id that is not the
 * org's fails the whole update (not_found), so a tampered form changes nothing.
 */
export async function updateSettings(db: Database, orgId: number, update: SettingsUpdate): Promise<void> {
  await db.transaction(async (tx) => {
    const settings = {
      timeZone: update.timeZone,
      currency: update.currency,
      holidays: update.holidays,
      slaTargetMinutes: update.slaTargetMinutes,
      workloadUpper: String(update.workloadUpper),
      workloadLower: String(update.workloadLower),
      updatedAt: sql`now()`,
    };
    const saved = await tx.orm
      .insert(orgSettings)
      .values({ orgId, ...settings })
      .onConflictDoUpdate({ target: orgSettings.orgId, set: settings })
      .returning({ orgId: orgSettings.orgId });
    if (saved.length !== 1) throw new AppError("not_found", "organisation not found");
    await updateTechnicians(tx, orgId, "weekly_capacity_hours", update.capacities.map((c) => [c.technicianId, c.weeklyCapacityHours]));
    if (update.hourlyCosts === null) return;
    await tx.orm
      .update(orgSettings)
      .set({ defaultHourlyCost: update.hourlyCosts.defaultHourlyCost })
      .where(eq(orgSettings.orgId, orgId));
    await updateTechnicians(tx, orgId, "hourly_cost", update.hourlyCosts.technicians.map((c) => [c.technicianId, c.hourlyCost]));
  });
}

/**
 * Sets one numeric column for many technicians in one statement (raw SQL: drizzle cannot update
 * from unnest(…)); an id that is not the org's fails the whole update (not_found).
 */
async function updateTechnicians(
  tx: SqlRunner,
  orgId: number,
  column: "weekly_capacity_hours" | "hourly_cost",
  values: [technicianId: number, value: string | null][],
): Promise<void> {
  if (values.length === 0) return;
  const ids = values.map(([id]) => id);
  const updated = await tx.query<{ id: number }>(
    `update technicians t set ${column} = v.value, updated_at = now()
     from unnest($2::bigint[], $3::numeric[]) as v(id, value)
     where t.org_id = $1 and t.id = v.id
     returning t.id`,
    [orgId, ids, values.map(([, value]) => value)],
  );
  if (updated.length !== new Set(ids).size) {
    const found = new Set(updated.map((r) => Number(r.id)));
    throw new AppError("not_found", "technician not found", { ids: ids.filter((id) => !found.has(id)) });
  }
}
