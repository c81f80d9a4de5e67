import "server-only";
import { KpiSettings } from "@/lib/records/settings";
import type { SqlRunner } from "../client";

interface SettingsRow {
  time_zone: string;
  currency: string;
  holidays: string[];
  sla_target_minutes: KpiSettings["slaTargetMinutes"];
  workload_upper: string;
  workload_lower: string;
  default_hourly_cost: string | null;
}

export async function getKpiSettings(db: SqlRunner, orgId: number): Promise<KpiSettings> {
  const [row] = await db.query<SettingsRow>(
    `select time_zone, currency, holidays, sla_target_minutes, workload_upper, workload_lower, default_hourly_cost
     from org_settings where org_id = $1`,
    [orgId],
  );
  if (!row) return KpiSettings.parse({});
  return KpiSettings.parse({
    timeZone: row.time_zone,
    currency: row.currency,
    holidays: row.holidays,
    slaTargetMinutes: row.sla_target_minutes,
    workloadUpper: Number(row.workload_upper),
    workloadLower: Number(row.workload_lower),
    defaultHourlyCost: row.default_hourly_cost === null ? null : Number(row.default_hourly_cost),
  });
}

export async function getOrgTimeZone(db: SqlRunner, orgId: number): Promise<string> {
  return (await getKpiSettings(db, orgId)).timeZone;
}

export async function getDefaultOrgId(db: SqlRunner): Promise<number> {
  const [row] = await db.query<{ id: number }>("select id from orgs where slug = 'default'");
  if (!row) throw new Error("default org missing: the database was not migrated");
  return row.id;
}
