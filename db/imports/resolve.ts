import type { SqlTx } from "../client";
import { STAGE_TABLE } from "./staging";

// Each reference map holds the distinct names an import mentions (lower-cased key) and the id
// they resolve to; resolving the few distinct names once keeps the big merge a plain hash join.

/** Clients are matched by their client_id or their name (trimmed, case-insensitive); unknown ones are created. */
export async function resolveClients(tx: SqlTx, orgId: number, source: string, runId: number, column = "client"): Promise<number> {
  await tx.query("create temp table client_map (key text primary key, raw text not null, id bigint) on commit drop");
  await tx.query(
    `insert into client_map (key, raw) select lower(${column}), min(${column}) from ${STAGE_TABLE} where ${column} is not null group by 1`,
  );
  await tx.query(
    `update client_map m set id = c.id from clients c where c.org_id = $1 and lower(c.external_id) = m.key`,
    [orgId],
  );
  const created = await tx.query<{ n: number }>(
    `with made as (
       insert into clients (org_id, name, source, import_run_id)
       select $1, raw, $2, $3 from client_map m
       where m.id is null and not exists (select 1 from clients c where c.org_id = $1 and lower(c.name) = m.key)
       on conflict do nothing returning 1)
     select count(*)::int as n from made`,
    [orgId, source, runId],
  );
  await tx.query(
    `update client_map m set id = c.id from clients c where m.id is null and c.org_id = $1 and lower(c.name) = m.key`,
    [orgId],
  );
  return created[0]?.n ?? 0;
}

/**
 * Technicians are matched by name (trimmed, case-insensitive); unknown ones are created with default
 * capacity and not confirmed (active only between their first and last logged day, docs/kpis.md).
 */
export async function resolveTechnicians(tx: SqlTx, orgId: number, source: string, runId: number): Promise<number> {
  await tx.query("create temp table technician_map (key text primary key, raw text not null, id bigint) on commit drop");
  await tx.query(
    `insert into technician_map (key, raw) select lower(technician), min(technician) from ${STAGE_TABLE} where technician is not null group by 1`,
  );
  const created = await tx.query<{ n: number }>(
    `with made as (
       insert into technicians (org_id, name, source, external_id, import_run_id, confirmed)
       select $1, raw, $2, raw, $3, false from technician_map
       on conflict (org_id, lower(name)) do nothing returning 1)
     select count(*)::int as n from made`,
    [orgId, source, runId],
  );
  await tx.query(
    `update technician_map m set id = t.id from technicians t where t.org_id = $1 and lower(t.name) = m.key`,
    [orgId],
  );
  return created[0]?.n ?? 0;
}

export interface UnresolvedRow {
  line: number;
  value: string;
}

/**
 * Device status rows name a device by its RMM id. Known devices (same source first) are matched;
 * unknown ones are created when the row names a client, otherwise the row is returned as unresolved.
 */
export async function resolveDevices(tx: SqlTx, orgId: number, source: string, runId: number): Promise<UnresolvedRow[]> {
  await tx.query("create temp table device_map (key text primary key, raw text not null, id bigint) on commit drop");
  await tx.query(
    `insert into device_map (key, raw) select lower(device_id), min(device_id) from ${STAGE_TABLE} group by 1`,
  );
  const match = (sameSource: boolean) =>
    tx.query(
      `update device_map m set id = d.id from devices d
       where m.id is null and d.org_id = $1 and lower(d.external_id) = m.key ${sameSource ? "and d.source = $2" : "and $2::text is not null"}`,
      [orgId, source],
    );
  await match(true);
  await match(false);
  await resolveClients(tx, orgId, source, runId);
  await tx.query(
    `insert into devices (org_id, client_id, hostname, source, external_id, import_run_id)
     select distinct on (m.key) $1, cm.id, s.hostname, $2, m.raw, $3
     from device_map m join ${STAGE_TABLE} s on lower(s.device_id) = m.key join client_map cm on cm.key = lower(s.client)
     where m.id is null order by m.key, s.line desc
     on conflict do nothing`,
    [orgId, source, runId],
  );
  await match(true);
  const unresolved = await tx.query<UnresolvedRow>(
    `select s.line, s.device_id as value from ${STAGE_TABLE} s join device_map m on m.key = lower(s.device_id)
     where m.id is null order by s.line`,
  );
  if (unresolved.length > 0) {
    await tx.query(
      `delete from ${STAGE_TABLE} s using device_map m where m.key = lower(s.device_id) and m.id is null`,
    );
  }
  return unresolved;
}
