import "server-only";
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

/** A staged row whose reference the database does not know; it is rejected with this column and reason. */
export interface UnresolvedRow {
  line: number;
  column: string;
  value: string;
  reason: string;
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
    `select s.line, 'device_id' as column, s.device_id as value, $1::text as reason
     from ${STAGE_TABLE} s join device_map m on m.key = lower(s.device_id)
     where m.id is null order by s.line`,
    ["unknown device: import the devices first, or add a client column"],
  );
  if (unresolved.length > 0) {
    await tx.query(
      `delete from ${STAGE_TABLE} s using device_map m where m.key = lower(s.device_id) and m.id is null`,
    );
  }
  return unresolved;
}

/**
 * Contract lines that name only their agreement (ConnectWise additions) take the client, the start
 * and the end from the agreement stored from the same tool; lines whose agreement is unknown are
 * returned as unresolved.
 */
export async function resolveParentContracts(tx: SqlTx, orgId: number, source: string): Promise<UnresolvedRow[]> {
  await tx.query(
    `update ${STAGE_TABLE} s set client = coalesce(s.client, c.name), start_date = coalesce(s.start_date, p.start_date),
       end_date = case when p.end_date is null then s.end_date else least(coalesce(s.end_date, p.end_date), p.end_date) end
     from contracts p join clients c on c.org_id = p.org_id and c.id = p.client_id
     where s.parent_contract_id is not null and p.org_id = $1 and p.source = $2 and p.external_id = s.parent_contract_id`,
    [orgId, source],
  );
  const unresolved = await tx.query<UnresolvedRow>(
    `select line, 'parent_contract_id' as column, parent_contract_id as value, $1::text as reason
     from ${STAGE_TABLE} where client is null or start_date is null order by line`,
    ["unknown agreement: import the agreements first, or add the client and start date columns"],
  );
  if (unresolved.length > 0) await tx.query(`delete from ${STAGE_TABLE} where client is null or start_date is null`);
  return unresolved;
}
