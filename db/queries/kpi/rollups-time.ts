import "server-only";
import type { SqlRunner } from "../../client";
import { monthlyFromDaily } from "./rollup-grain";

/** Rebuilds the org's time-entry rollups: per technician and day, and billable time per client and day. */
export async function refreshTimeRollups(db: SqlRunner, orgId: number): Promise<void> {
  await db.query("delete from kpi_time_technician_days where org_id = $1", [orgId]);
  await db.query("delete from kpi_time_client_days where org_id = $1", [orgId]);
  await db.query(
    `insert into kpi_time_technician_days (org_id, grain, day, technician_id, entries, logged, billable, billed)
     select $1, 'd', work_date, technician_id, count(*), sum(hours), coalesce(sum(hours) filter (where billable), 0),
       sum(case when amount is not null then amount when billable and rate is not null then hours * rate else 0 end)
     from time_entries where org_id = $1
     group by work_date, technician_id`,
    [orgId],
  );
  await db.query(
    `insert into kpi_time_client_days (org_id, grain, day, client_id, entries, hours)
     select $1, 'd', work_date, client_id, count(*), sum(hours)
     from time_entries where org_id = $1 and billable
     group by work_date, client_id`,
    [orgId],
  );
  await monthlyFromDaily(db, orgId, "kpi_time_technician_days", ["technician_id"], ["entries", "logged", "billable", "billed"]);
  await monthlyFromDaily(db, orgId, "kpi_time_client_days", ["client_id"], ["entries", "hours"]);
}
