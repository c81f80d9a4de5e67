import "server-only";
import type { SqlTx } from "../client";
import { STAGE_TABLE } from "./staging";

// Technicians are named differently in each file: a tool's id (Autotask resourceID, HaloPSA
// agent_id, Syncro user_id), a login (ConnectWise member identifier) or a name. A ticket or time
// export that names one the database does not know yet creates a placeholder named as the file
// names it; the technicians import then finds every record that stands for the same person
// (placeholders by id or login, a record of that name), keeps one, moves the others' tickets,
// time entries and workload moves onto it and gives it the name from the list.

interface StagedTechnician {
  line: number;
  technician: string;
  technician_id: string | null;
  login: string | null;
  weekly_capacity_hours: string;
  active_from: string | null;
  active_to: string | null;
  role: string | null;
  inactive: boolean | null;
  hourly_cost: string | null;
}

/** Technician ids that stand for this staged person, the best match (same tool id) first. */
async function matches(tx: SqlTx, orgId: number, source: string, s: StagedTechnician): Promise<number[]> {
  const rows = await tx.query<{ id: number }>(
    `select id from technicians t
     where t.org_id = $1 and (
       (t.source = $2 and lower(t.external_id) in (lower($3), lower($4)))
       or lower(t.login) = lower($4)
       or lower(t.name) = lower($5))
     order by (t.source = $2 and lower(t.external_id) = lower($3)) desc nulls last,
       (lower(t.name) = lower($5)) desc, t.id`,
    [orgId, source, s.technician_id, s.login, s.technician],
  );
  return rows.map((r) => Number(r.id));
}

async function moveReferences(tx: SqlTx, orgId: number, from: number[], to: number): Promise<void> {
  for (const [table, column] of [
    ["tickets", "technician_id"], ["time_entries", "technician_id"],
    ["workload_moves", "from_technician_id"], ["workload_moves", "to_technician_id"],
  ] as const) {
    await tx.query(`update ${table} set ${column} = $3 where org_id = $1 and ${column} = any($2::bigint[])`, [orgId, from, to]);
  }
  await tx.query("update memberships set technician_id = $3 where org_id = $1 and technician_id = any($2::bigint[])", [orgId, from, to]);
  // Peer reviews follow the person unless that would make a self-review or a second review of the
  // same person in a quarter; those are dropped with the merged records (on delete cascade).
  for (const [mine, other] of [["reviewer_id", "reviewee_id"], ["reviewee_id", "reviewer_id"]] as const) {
    await tx.query(
      `update peer_reviews r set ${mine} = $3
       where r.org_id = $1 and r.${mine} = any($2::bigint[]) and r.${other} <> $3
         and not exists (select 1 from peer_reviews o where o.org_id = $1 and o.quarter = r.quarter and o.${mine} = $3 and o.${other} = r.${other})
         and r.id = (select min(x.id) from peer_reviews x where x.org_id = $1 and x.quarter = r.quarter and x.${other} = r.${other} and x.${mine} = any($2::bigint[]))`,
      [orgId, from, to],
    );
  }
  await tx.query("delete from technicians where org_id = $1 and id = any($2::bigint[])", [orgId, from]);
}

/** An inactive technician without an end date ends on the last day they logged time, else today (org zone). */
async function lastWorkingDay(tx: SqlTx, orgId: number, technicianId: number | undefined): Promise<string> {
  const [row] = await tx.query<{ day: string }>(
    `select coalesce(
       (select max(work_date) from time_entries where org_id = $1 and technician_id = $2),
       (now() at time zone coalesce((select time_zone from org_settings where org_id = $1), 'UTC'))::date)::text as day`,
    [orgId, technicianId ?? null],
  );
  return row!.day;
}

/** Upserts the staged technicians list; returns how many technicians were inserted and updated. */
export async function mergeTechnicians(tx: SqlTx, orgId: number, source: string, runId: number) {
  const staged = await tx.query<StagedTechnician>(
    `select distinct on (coalesce(lower(technician_id), lower(technician))) line, technician, technician_id, login,
       weekly_capacity_hours::text, active_from::text, active_to::text, role, inactive, hourly_cost::text
     from ${STAGE_TABLE} order by coalesce(lower(technician_id), lower(technician)), line desc`,
  );
  let inserted = 0;
  let updated = 0;
  for (const s of staged.sort((a, b) => a.line - b.line)) {
    const [keep, ...others] = await matches(tx, orgId, source, s);
    if (keep !== undefined && others.length > 0) await moveReferences(tx, orgId, others, keep);
    const activeTo = s.active_to ?? (s.inactive ? await lastWorkingDay(tx, orgId, keep) : null);
    const values = [s.technician, s.weekly_capacity_hours, s.active_from, activeTo, s.role, s.login, s.technician_id ?? s.login ?? s.technician, s.hourly_cost];
    if (keep === undefined) {
      await tx.query(
        `insert into technicians (org_id, name, weekly_capacity_hours, active_from, active_to, role, login, external_id, hourly_cost, source, import_run_id, confirmed)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, true)`,
        [orgId, ...values, source, runId],
      );
      inserted++;
      continue;
    }
    const changed = await tx.query(
      `update technicians t set name = $3, weekly_capacity_hours = $4, active_from = $5, active_to = $6, role = $7,
         login = $8, external_id = $9, hourly_cost = coalesce($10::numeric, t.hourly_cost), source = $11,
         import_run_id = $12, confirmed = true, updated_at = now()
       where t.org_id = $1 and t.id = $2
         and (t.name, t.weekly_capacity_hours, t.active_from, t.active_to, t.role, t.login, t.external_id, t.hourly_cost, t.source, t.confirmed)
           is distinct from ($3, $4::numeric, $5::date, $6::date, $7, $8, $9, coalesce($10::numeric, t.hourly_cost), $11, true)
       returning 1`,
      [orgId, keep, ...values, source, runId],
    );
    if (changed.length > 0 || others.length > 0) updated++;
  }
  return { inserted, updated };
}

/**
 * The technicians a ticket or time import names, by the tool's id (same source), login or name
 * (trimmed, case-insensitive); unknown ones are created as placeholders named as the file has them,
 * not confirmed (active only between their first and last logged day, docs/kpis.md).
 */
export async function resolveTechnicians(tx: SqlTx, orgId: number, source: string, runId: number): Promise<number> {
  await tx.query("create temp table technician_map (key text primary key, raw text not null, id bigint) on commit drop");
  await tx.query(
    `insert into technician_map (key, raw) select lower(technician), min(technician) from ${STAGE_TABLE} where technician is not null group by 1`,
  );
  const match = () =>
    tx.query(
      `update technician_map m set id = (
         select t.id from technicians t
         where t.org_id = $1 and ((t.source = $2 and lower(t.external_id) = m.key) or lower(t.login) = m.key or lower(t.name) = m.key)
         order by (t.source = $2 and lower(t.external_id) = m.key) desc, (lower(t.login) = m.key) desc nulls last, t.id limit 1)
       where m.id is null`,
      [orgId, source],
    );
  await match();
  const created = await tx.query<{ n: number }>(
    `with made as (
       insert into technicians (org_id, name, source, external_id, import_run_id, confirmed)
       select $1, raw, $2, raw, $3, false from technician_map where id is null
       on conflict (org_id, lower(name)) do nothing returning 1)
     select count(*)::int as n from made`,
    [orgId, source, runId],
  );
  await match();
  return created[0]?.n ?? 0;
}
