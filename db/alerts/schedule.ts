import "server-only";
import type { SqlRunner } from "../client";

export interface AlertSchedule {
  everyMinutes: number;
  lastEvaluatedAt: Date | null;
}

export async function getAlertSchedule(db: SqlRunner, orgId: number): Promise<AlertSchedule> {
  const [row] = await db.query<AlertSchedule>(
    `select every_minutes as "everyMinutes", last_evaluated_at as "lastEvaluatedAt" from alert_schedules where org_id = $1`,
    [orgId],
  );
  return row ?? { everyMinutes: 15, lastEvaluatedAt: null };
}

export async function setAlertScheduleMinutes(db: SqlRunner, orgId: number, everyMinutes: number): Promise<void> {
  await db.query(
    `insert into alert_schedules (org_id, every_minutes) values ($1, $2)
     on conflict (org_id) do update set every_minutes = excluded.every_minutes`,
    [orgId, everyMinutes],
  );
}
