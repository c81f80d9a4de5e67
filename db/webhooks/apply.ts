import "server-only";
import { carryForward, type PreviousStatus, type WebhookRecords, type WebhookSource } from "@/lib/webhooks";
import type { DeviceStatusRecord } from "@/lib/records/schemas";
import type { SqlRunner } from "../client";
import { getKpiSettings } from "../queries/org-settings";
import { addChangedDevices, addDeviceDelta, savePendingDelta, startDeviceDelta } from "../queries/kpi/rollups-device-delta";
import { applyAlerts } from "./apply-alerts";
import { keyOf, resolveClientIds, resolveDeviceIds, type ClientNeed, type DeviceNeed } from "./apply-refs";

// Applies a batch of parsed events of one org in a few set-based statements (the caller's
// transaction). Every write is absolute or conditional, so applying an event twice changes nothing:
// status rows and alerts are keyed by (source, event key / alert id), a resolve only touches alerts
// still open (alerts: apply-alerts.ts).

export interface ApplyItem {
  id: number;
  source: WebhookSource;
  eventKey: string;
  records: WebhookRecords;
}

export interface ApplyResult {
  applied: number[];
  unresolved: { id: number; error: string }[];
}

const ID_LIST = "(select (x)::bigint from jsonb_array_elements_text($2::text::jsonb) x)";
const ms = (iso: string) => Date.parse(iso);

type StatusRow = PreviousStatus & { observed_at: Date };

async function latestStatus(tx: SqlRunner, orgId: number, deviceIds: number[]): Promise<Map<number, { at: number; status: PreviousStatus }>> {
  const rows = await tx.query<StatusRow & { device_id: number; last_seen: Date | null }>(
    `select distinct on (device_id) device_id, observed_at, av_ok, patched, patches_missing, backup_ok, online, last_seen_at as last_seen
     from device_status where org_id = $1 and device_id in ${ID_LIST} order by device_id, observed_at desc, id desc`,
    [orgId, JSON.stringify(deviceIds)],
  );
  return new Map(
    rows.map((r) => [
      r.device_id,
      { at: r.observed_at.getTime(), status: { ...r, last_seen_at: r.last_seen ? r.last_seen.toISOString() : null } },
    ]),
  );
}

export async function applyEvents(tx: SqlRunner, orgId: number, items: ApplyItem[]): Promise<ApplyResult> {
  const clientNeeds = new Map<string, ClientNeed>();
  for (const { source, records } of items) {
    if (records.client && !clientNeeds.has(keyOf(records.client.ref))) clientNeeds.set(keyOf(records.client.ref), { ...records.client, source });
  }
  const clientIds = await resolveClientIds(tx, orgId, [...clientNeeds.values()]);
  const clientOf = (r: WebhookRecords) => (r.client ? (clientIds.get(keyOf(r.client.ref)) ?? null) : null);

  const deviceNeeds = new Map<string, DeviceNeed>();
  for (const { source, records } of items) {
    if (!records.device) continue;
    const key = keyOf(records.device.device_id);
    const known = deviceNeeds.get(key);
    if (!known || (known.clientId === null && clientOf(records) !== null)) {
      deviceNeeds.set(key, { ...records.device, source, clientId: clientOf(records), firstSeen: records.occurredAt.slice(0, 10) });
    }
  }
  const { ids: deviceIds, created } = await resolveDeviceIds(tx, orgId, [...deviceNeeds.values()]);
  const deviceOf = (r: WebhookRecords) => (r.device ? (deviceIds.get(keyOf(r.device.device_id)) ?? null) : null);

  const result: ApplyResult = { applied: [], unresolved: [] };
  const ready: ApplyItem[] = [];
  for (const item of items) {
    if (item.records.device && deviceOf(item.records) === null) {
      result.unresolved.push({
        id: item.id,
        error: `Device "${item.records.device.device_id}" is not known and the event names no client to create it under.`,
      });
    } else ready.push(item);
  }
  const touched = [...new Set(ready.map((i) => deviceOf(i.records)).filter((d): d is number => d !== null))].sort((a, b) => a - b);
  if (touched.length > 0) {
    // Serialises workers (and status imports) per device, so carrying a status forward never reads a stale
    // observation, and the device figures' delta of these devices starts where the other writer's ended.
    await tx.query(`select id from devices where org_id = $1 and id in ${ID_LIST} order by id for update`, [orgId, JSON.stringify(touched)]);
  }

  await withDeviceDelta(tx, orgId, ready, deviceOf, created, () => insertStatuses(tx, orgId, ready, deviceOf, touched));
  await applyAlerts(tx, orgId, ready, deviceOf, clientOf);
  result.applied = ready.map((i) => i.id);
  return result;
}

type Lookup = (r: WebhookRecords) => number | null;

/**
 * Runs `write` (the devices are locked) and leaves the difference it made to the device figures for
 * the throttled refresh (rollups-device-delta.ts): of the devices given a status from their
 * earliest event's day on, of the devices created here whole.
 */
async function withDeviceDelta(tx: SqlRunner, orgId: number, items: ApplyItem[], deviceOf: Lookup, created: Set<number>, write: () => Promise<number[]>) {
  const since = new Map<number, string>();
  for (const { records } of items) {
    const device = deviceOf(records);
    if (device === null || !records.status || created.has(device)) continue;
    const known = since.get(device);
    if (known === undefined || ms(records.occurredAt) < ms(known)) since.set(device, records.occurredAt);
  }
  const inserted = await write();
  if (since.size === 0 && created.size === 0) return;
  const { timeZone } = await getKpiSettings(tx, orgId);
  await startDeviceDelta(tx);
  await addChangedDevices(tx, timeZone, [...since].map(([id, at]) => ({ id, since: at })));
  await addChangedDevices(tx, timeZone, [...created].map((id) => ({ id, since: null })), true);
  await addDeviceDelta(tx, orgId, timeZone, { inserted });
  await savePendingDelta(tx, orgId, timeZone);
}

/** Returns the ids of the observations it inserted. */
async function insertStatuses(tx: SqlRunner, orgId: number, items: ApplyItem[], deviceOf: Lookup, touched: number[]): Promise<number[]> {
  const withStatus = items
    .filter((i) => i.records.status && deviceOf(i.records) !== null)
    .sort((a, b) => ms(a.records.occurredAt) - ms(b.records.occurredAt) || a.id - b.id);
  if (withStatus.length === 0) return [];
  const latest = await latestStatus(tx, orgId, touched);
  const rows: (DeviceStatusRecord & { device: number; source: string; external_id: string })[] = [];
  for (const item of withStatus) {
    const device = deviceOf(item.records)!;
    const at = ms(item.records.occurredAt);
    const previous = latest.get(device);
    const row = carryForward(String(device), item.records.occurredAt, item.records.status!, previous?.status ?? null);
    rows.push({ ...row, device, source: item.source, external_id: item.eventKey });
    if (!previous || at >= previous.at) latest.set(device, { at, status: row });
  }
  const inserted = await tx.query<{ id: number }>(
    `insert into device_status (org_id, device_id, observed_at, av_ok, patched, patches_missing, backup_ok, online, last_seen_at, source, external_id)
     select $1, r.device, r.observed_at, r.av_ok, r.patched, r.patches_missing, r.backup_ok, r.online, r.last_seen_at, r.source, r.external_id
     from jsonb_to_recordset($2::text::jsonb) as r(device bigint, observed_at timestamptz, av_ok boolean, patched boolean, patches_missing int,
       backup_ok boolean, online boolean, last_seen_at timestamptz, source text, external_id text)
     on conflict (org_id, source, external_id) do nothing returning id`,
    [orgId, JSON.stringify(rows)],
  );
  return inserted.map((r) => Number(r.id));
}
