import "server-only";
import { AppError } from "@/lib/errors";
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
    if (update.capacities.length === 0) return;

    const ids = update.capacities.map((c) => c.technicianId);
    const hours = update.capacities.map((c) => c.weeklyCapacityHours);
    const updated = await tx.query<{ id: number }>(
      `update technicians t set weekly_capacity_hours = v.hours, updated_at = now()
       from unnest($2::bigint[], $3::numeric[]) as v(id, hours)
       where t.org_id = $1 and t.id = v.id
       returning t.id`,
      [orgId, ids, hours],
    );
    if (updated.length !== new Set(ids).size) {
      const found = new Set(updated.map((r) => Number(r.id)));
      throw new AppError("not_found", "technician not found", { ids: ids.filter((id) => !found.has(id)) });
    }
  });
}
