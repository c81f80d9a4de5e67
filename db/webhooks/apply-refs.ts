import "server-only";
import type { ClientRef, DeviceRef, WebhookSource } from "@/lib/webhooks";
import type { SqlRunner } from "../client";

// Finds (or creates) the clients and devices a batch of events names, in a few set-based
// statements. Matching follows the importer: a client by its id in a tool or its name (trimmed,
// case-insensitive); a device by its RMM id, from the same source first.

export interface ClientNeed extends ClientRef {
  source: WebhookSource;
}

export interface DeviceNeed extends DeviceRef {
  source: WebhookSource;
  clientId: number | null;
  /** The date the device is first seen, used as managed_since when it is created. */
  firstSeen: string;
}

export const keyOf = (text: string) => text.trim().toLowerCase();

const MATCH_CLIENTS = `
  select r.key, coalesce(
    (select c.id from clients c where c.org_id = $1 and c.source = r.source and lower(c.external_id) = lower(r.external_id) order by c.id limit 1),
    (select c.id from clients c where c.org_id = $1 and lower(c.external_id) = r.key order by c.id limit 1),
    (select c.id from clients c where c.org_id = $1 and lower(c.name) = r.key order by c.id limit 1),
    (select c.id from clients c where c.org_id = $1 and lower(c.name) = lower(r.name) order by c.id limit 1)) as id
  from jsonb_to_recordset($2::text::jsonb) as r(key text, name text, external_id text, source text)`;

export async function resolveClientIds(tx: SqlRunner, orgId: number, needs: ClientNeed[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  if (needs.length === 0) return ids;
  const rows = (list: ClientNeed[]) =>
    JSON.stringify(list.map((n) => ({ key: keyOf(n.ref), name: n.name, external_id: n.externalId, source: n.source })));
  const match = async (list: ClientNeed[]) => {
    for (const r of await tx.query<{ key: string; id: number | null }>(MATCH_CLIENTS, [orgId, rows(list)])) {
      if (r.id !== null) ids.set(r.key, r.id);
    }
  };
  await match(needs);
  // Sorted, so concurrent workers inserting overlapping sets take index locks in the same order.
  const missing = needs.filter((n) => !ids.has(keyOf(n.ref))).sort((a, b) => (keyOf(a.ref) < keyOf(b.ref) ? -1 : 1));
  if (missing.length === 0) return ids;
  // A concurrent worker may create the same client: do nothing on conflict, then match again.
  await tx.query(
    `insert into clients (org_id, name, source, external_id)
     select $1, r.name, r.source, r.external_id from jsonb_to_recordset($2::text::jsonb) as r(key text, name text, external_id text, source text)
     on conflict do nothing`,
    [orgId, rows(missing)],
  );
  await match(missing);
  return ids;
}

const MATCH_DEVICES = `
  select r.key, coalesce(
    (select d.id from devices d where d.org_id = $1 and d.source = r.source and lower(d.external_id) = r.key order by d.id limit 1),
    (select d.id from devices d where d.org_id = $1 and lower(d.external_id) = r.key order by d.id limit 1)) as id
  from jsonb_to_recordset($2::text::jsonb) as r(key text, source text)`;

export interface ResolvedDevices {
  /** Device ids by lower-cased RMM id. */
  ids: Map<string, number>;
  /** The ids of the devices this call created. */
  created: Set<number>;
}

/** Finds the devices; a device not seen yet is created when its event names a client. */
export async function resolveDeviceIds(tx: SqlRunner, orgId: number, needs: DeviceNeed[]): Promise<ResolvedDevices> {
  const ids = new Map<string, number>();
  const created = new Set<number>();
  if (needs.length === 0) return { ids, created };
  const match = async (list: DeviceNeed[]) => {
    const param = JSON.stringify(list.map((n) => ({ key: keyOf(n.device_id), source: n.source })));
    for (const r of await tx.query<{ key: string; id: number | null }>(MATCH_DEVICES, [orgId, param])) {
      if (r.id !== null) ids.set(r.key, r.id);
    }
  };
  await match(needs);
  const creatable = needs
    .filter((n) => !ids.has(keyOf(n.device_id)) && n.clientId !== null)
    .sort((a, b) => (keyOf(a.device_id) < keyOf(b.device_id) ? -1 : 1));
  if (creatable.length === 0) return { ids, created };
  const inserted = await tx.query<{ id: number }>(
    `insert into devices (org_id, client_id, hostname, kind, managed_since, source, external_id)
     select $1, r.client_id, r.hostname, r.kind, r.first_seen, r.source, r.device_id
     from jsonb_to_recordset($2::text::jsonb) as r(client_id bigint, hostname text, kind text, first_seen date, source text, device_id text)
     on conflict do nothing returning id`,
    [
      orgId,
      JSON.stringify(
        creatable.map((n) => ({
          client_id: n.clientId, hostname: n.hostname, kind: n.kind, first_seen: n.firstSeen, source: n.source, device_id: n.device_id,
        })),
      ),
    ],
  );
  for (const { id } of inserted) created.add(Number(id));
  await match(creatable);
  return { ids, created };
}
