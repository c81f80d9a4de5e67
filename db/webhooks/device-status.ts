import "server-only";
import type { SqlRunner } from "../client";

// A device's observations as the webhook pipeline recorded them (the admin JSON route; e2e tests).

export interface DeviceObservation {
  observedAt: string;
  avOk: boolean | null;
  patched: boolean | null;
  patchesMissing: number | null;
  backupOk: boolean | null;
  online: boolean | null;
  lastSeenAt: string | null;
  source: string;
  externalId: string | null;
}

export async function deviceObservations(db: SqlRunner, orgId: number, deviceExternalId: string): Promise<DeviceObservation[]> {
  const rows = await db.query<{
    observed_at: Date; av_ok: boolean | null; patched: boolean | null; patches_missing: number | null; backup_ok: boolean | null;
    online: boolean | null; last_seen_at: Date | null; source: string; external_id: string | null;
  }>(
    `select s.observed_at, s.av_ok, s.patched, s.patches_missing, s.backup_ok, s.online, s.last_seen_at, s.source, s.external_id
     from device_status s join devices d on d.org_id = s.org_id and d.id = s.device_id
     where s.org_id = $1 and lower(d.external_id) = lower($2) order by s.observed_at, s.id`,
    [orgId, deviceExternalId],
  );
  return rows.map((r) => ({
    observedAt: r.observed_at.toISOString(),
    avOk: r.av_ok,
    patched: r.patched,
    patchesMissing: r.patches_missing,
    backupOk: r.backup_ok,
    online: r.online,
    lastSeenAt: r.last_seen_at ? r.last_seen_at.toISOString() : null,
    source: r.source,
    externalId: r.external_id,
  }));
}
