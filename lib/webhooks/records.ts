import type { z } from "zod";
import type { DeviceKind, DeviceStatusRecord } from "@/lib/records/schemas";

// What one webhook event means, in canonical terms (the records of lib/records/schemas.ts):
// a client and device it names (created when not seen yet), a device status observation that
// carries only the fields the event speaks about, and an alert raised or resolved.

export const STATUS_FIELDS = ["av_ok", "patched", "patches_missing", "backup_ok", "online", "last_seen_at"] as const;
export type StatusField = (typeof STATUS_FIELDS)[number];
/** Only the fields the event mentions; a missing key keeps the device's previous value. */
export type StatusChange = Partial<Pick<DeviceStatusRecord, StatusField>>;

export interface ClientRef {
  /** The client as the tool names it: its id there, or its name. */
  ref: string;
  /** The name a client created from this reference gets. */
  name: string;
  /** Set when `ref` is an id in the tool (not a name). */
  externalId: string | null;
}

export interface DeviceRef {
  device_id: string;
  hostname: string | null;
  kind: z.infer<typeof DeviceKind> | null;
}

export interface AlertChange {
  action: "raised" | "resolved";
  /** The tool's id of the alert (shared by its raise and its resolve), else null. */
  alertId: string | null;
  severity: string | null;
  kind: string | null;
  message: string | null;
}

export interface WebhookRecords {
  occurredAt: string;
  client: ClientRef | null;
  device: DeviceRef | null;
  status: StatusChange | null;
  alert: AlertChange | null;
}

export type PreviousStatus = Pick<DeviceStatusRecord, StatusField> | null;

/** The full observation: fields the event names, the rest carried forward from the previous one. */
export function carryForward(deviceId: string, observedAt: string, change: StatusChange, previous: PreviousStatus): DeviceStatusRecord {
  const pick = <F extends StatusField>(f: F): DeviceStatusRecord[F] =>
    (change[f] !== undefined ? change[f] : (previous?.[f] ?? null)) as DeviceStatusRecord[F];
  return {
    device_id: deviceId,
    observed_at: observedAt,
    av_ok: pick("av_ok"),
    patched: pick("patched"),
    patches_missing: pick("patches_missing"),
    backup_ok: pick("backup_ok"),
    online: pick("online"),
    last_seen_at: pick("last_seen_at"),
    client: null,
    hostname: null,
  };
}

export type HealthCategory = "antivirus" | "patch" | "backup" | "availability";

/** Which health flag an alert is about, from its type or text (tools name them freely). */
export function healthCategory(...texts: (string | null | undefined)[]): HealthCategory | null {
  const text = texts.filter(Boolean).join(" ").toLowerCase();
  if (/antivirus|anti-virus|\bav\b|defender|malware|threat|virus|edr|sentinel|bitdefender/.test(text)) return "antivirus";
  if (/backup|restore point|veeam|datto bcdr|acronis|snapshot/.test(text)) return "backup";
  if (/patch|windows update|\bupdates?\b|hotfix|\bkb\d+/.test(text)) return "patch";
  if (/availability|offline|online|overdue|unreachable|not responding|heartbeat|no contact|last seen/.test(text)) return "availability";
  return null;
}

/** The status flag an alert about a health category implies: raised = not ok, resolved = ok again. */
export function impliedStatus(category: HealthCategory | null, action: AlertChange["action"]): StatusChange {
  const ok = action === "resolved";
  switch (category) {
    case "antivirus":
      return { av_ok: ok };
    case "patch":
      return { patched: ok };
    case "backup":
      return { backup_ok: ok };
    case "availability":
      return { online: ok };
    default:
      return {};
  }
}

/** Merges status changes; later ones win; null when nothing is said. */
export function mergeStatus(...changes: (StatusChange | null | undefined)[]): StatusChange | null {
  const merged: StatusChange = {};
  for (const c of changes) if (c) for (const [k, v] of Object.entries(c)) if (v !== undefined) (merged as Record<string, unknown>)[k] = v;
  return Object.keys(merged).length ? merged : null;
}
