import "server-only";
import { AppError } from "@/lib/errors";
import type { StoredHourlyCosts } from "@/lib/settings/form-values";
import type { SettingsUpdate } from "@/lib/settings/schema";
import type { Database, SqlRunner } from "../client";

// The settings page: org settings that change figures, and each technician's weekly capacity.

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
  return db.query<TechnicianCapacity>(
    `select id, name, role, weekly_capacity_hours::text as weekly_capacity_hours, active_from, active_to, confirmed
     from technicians where org_id = $1 order by lower(name), id`,
    [orgId],
  );
}

/** What an hour of work costs: the org default and each technician's own by id (null = unknown). Owners only. */
export async function getHourlyCosts(db: SqlRunner, orgId: number): Promise<StoredHourlyCosts> {
  const [org] = await db.query<{ cost: string | null }>("select default_hourly_cost::text as cost from org_settings where org_id = $1", [orgId]);
  const technicians = await db.query<{ id: number; cost: string | null }>(
    "select id, hourly_cost::text as cost from technicians where org_id = $1",
    [orgId],
  );
  return { defaultHourlyCost: org?.cost ?? null, technicians: Object.fromEntries(technicians.map((t) => [String(t.id), t.cost])) };
}

/**
 * Confirms a technician the importer met only in time entries or tickets: from now on their
 * capacity and active bounds apply, and rebalancing may hand them work. not_found for another org's.
 */
export async function confirmTechnician(db: SqlRunner, orgId: number, technicianId: number): Promise<void> {
  const rows = await db.query<{ id: number }>(
    "update technicians set confirmed = true, updated_at = now() where org_id = $1 and id = $2 returning id",
    [orgId, technicianId],
  );
  if (rows.length === 0) throw new AppError("not_found", "technician not found", { id: technicianId });
}

/**
 * Stores the settings and the capacities in one transaction. A technician id that is not the
 * org's fails the whole update (not_found), so a tampered form changes nothing.
 */
export async function updateSettings(db: Database, orgId: number, update: SettingsUpdate): Promise<void> {
  // JSON goes in as text (`$n::text::jsonb`): postgres.js would encode a string bound to jsonb a second time.
  await db.transaction(async (tx) => {
    const saved = await tx.query<{ org_id: number }>(
      `insert into org_settings (org_id, time_zone, currency, holidays, sla_target_minutes, workload_upper, workload_lower, updated_at)
       values ($1, $2, $3, $4::text::jsonb, $5::text::jsonb, $6::numeric, $7::numeric, now())
       on conflict (org_id) do update set
         time_zone = excluded.time_zone, currency = excluded.currency, holidays = excluded.holidays,
         sla_target_minutes = excluded.sla_target_minutes, workload_upper = excluded.workload_upper,
         workload_lower = excluded.workload_lower, updated_at = excluded.updated_at
       returning org_id`,
      [
        orgId,
        update.timeZone,
        update.currency,
        JSON.stringify(update.holidays),
        JSON.stringify(update.slaTargetMinutes),
        String(update.workloadUpper),
        String(update.workloadLower),
      ],
    );
    if (saved.length !== 1) throw new AppError("not_found", "organisation not found");
    await updateTechnicians(tx, orgId, "weekly_capacity_hours", update.capacities.map((c) => [c.technicianId, c.weeklyCapacityHours]));
    if (update.hourlyCosts === null) return;
    await tx.query("update org_settings set default_hourly_cost = $2::numeric where org_id = $1", [orgId, update.hourlyCosts.defaultHourlyCost]);
    await updateTechnicians(tx, orgId, "hourly_cost", update.hourlyCosts.technicians.map((c) => [c.technicianId, c.hourlyCost]));
  });
}

/** Sets one numeric column per technician id; an id that is not the org's fails the whole update (not_found). */
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
