import "server-only";
import type { SqlRunner } from "../../client";
import { monthlyFromDaily } from "./rollup-grain";

const BILLED = "case when amount is not null then amount when billable and rate is not null then hours * rate else 0 end";

/**
 * Rebuilds the org's time-entry rollups: per technician and day, billable time per client and day,
 * and all time per client, technician and day (for profitability).
 */
export async function refreshTimeRollups(db: SqlRunner, orgId: number): Promise<void> {
  await db.query("delete from kpi_time_technician_days where org_id = $1", [orgId]);
  await db.query("delete from kpi_time_client_days where org_id = $1", [orgId]);
  await db.query("delete from kpi_time_client_technician_days where org_id = $1", [orgId]);
  await db.query(
    `insert into kpi_time_technician_days (org_id, grain, day, technician_id, entries, logged, billable, billed)
     select $1, 'd', work_date, technician_id, count(*), sum(hours), coalesce(sum(hours) filter (where billable), 0),
       sum(${BILLED})
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
  // An entry without a category is reactive when it has a ticket (KPIS.md, profitability inputs).
  await db.query(
    `insert into kpi_time_client_technician_days (org_id, grain, day, client_id, technician_id, entries, hours, reactive, billed)
     select $1, 'd', work_date, client_id, technician_id, count(*), sum(hours),
       coalesce(sum(hours) filter (where coalesce(category, case when ticket_ref is null then 'internal' else 'reactive' end) = 'reactive'), 0),
       sum(${BILLED})
     from time_entries where org_id = $1
     group by work_date, client_id, technician_id`,
    [orgId],
  );
  await monthlyFromDaily(db, orgId, "kpi_time_technician_days", ["technician_id"], ["entries", "logged", "billable", "billed"]);
  await monthlyFromDaily(db, orgId, "kpi_time_client_days", ["client_id"], ["entries", "hours"]);
  await monthlyFromDaily(db, orgId, "kpi_time_client_technician_days", ["client_id", "technician_id"], ["entries", "hours", "reactive", "billed"]);
}
