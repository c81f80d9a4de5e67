import "server-only";
import type { SqlRunner } from "../client";

// Per client, the managed devices on day d and what their status on d says (docs/kpis.md "Devices": a device is
// managed when managed_since ≤ d < retired_on; its status on d is its latest observation whose
// local date is ≤ d, the later-imported one on a tie; only an explicit "yes" is ok; seen when
// last_seen_at, else observed_at, falls on d − 6 or later). Counts, so the patch report can add
// clients up; the shares equal the KPI engine's health[c] (tests/qbr/report.test.ts checks it).

export interface ClientDeviceStatus {
  clientId: number;
  client: string;
  managed: number;
  /** Devices with any observation by d: the ones reporting to the RMM. */
  reporting: number;
  patched: number;
  avOk: number;
  backupOk: number;
  seen: number;
  /** Σ patches_missing of the devices' status on d (empty counts as 0). */
  patchesMissing: number;
  /** Devices whose status on d reports one or more missing patches. */
  devicesMissingPatches: number;
}

export async function deviceStatusByClient(
  db: SqlRunner,
  orgId: number,
  day: string,
  timeZone: string,
  clientId?: number,
): Promise<ClientDeviceStatus[]> {
  return db.query<ClientDeviceStatus>(
    `with managed as (
       select d.id, d.client_id from devices d
       where d.org_id = $1 and ($4::bigint is null or d.client_id = $4::bigint)
         and (d.managed_since is null or d.managed_since <= $2::date) and (d.retired_on is null or $2::date < d.retired_on)
     ), on_day as (
       select m.client_id, s.* from managed m left join lateral (
         select s.av_ok, s.patched, s.backup_ok, s.patches_missing, coalesce(s.last_seen_at, s.observed_at) as seen_at
         from device_status s
         where s.org_id = $1 and s.device_id = m.id and (s.observed_at at time zone $3::text)::date <= $2::date
         order by s.observed_at desc, s.id desc limit 1
       ) s on true
     )
     select c.id as "clientId", c.name as client, count(*)::int as managed, count(o.seen_at)::int as reporting,
            count(*) filter (where o.patched)::int as patched, count(*) filter (where o.av_ok)::int as "avOk",
            count(*) filter (where o.backup_ok)::int as "backupOk",
            count(*) filter (where (o.seen_at at time zone $3::text)::date >= $2::date - 6)::int as seen,
            coalesce(sum(o.patches_missing), 0)::int as "patchesMissing",
            count(*) filter (where o.patches_missing > 0)::int as "devicesMissingPatches"
     from on_day o join clients c on c.org_id = $1 and c.id = o.client_id
     group by c.id, c.name order by c.name`,
    [orgId, day, timeZone, clientId ?? null],
  );
}
