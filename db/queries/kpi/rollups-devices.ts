import "server-only";
import type { SqlRunner } from "../../client";
import { DEVICE_EVENTS, managedRows } from "./rollups-device-events";

// kpi_device_client_days holds, per client, running totals from each day on which one changes.
// They are sums of +1/−1 events:
// - a device counts as managed on [managed_since, retired_on), and under warranty on
//   [managed_since, min(retired_on, warranty_end + 1));
// - a device's status on day d is its latest observation with local date ≤ d, so each
//   observation holds from its local date until the next observation's local date (an empty span
//   when a later one falls on the same day), within the managed interval. av_ok, patched and
//   backup_ok count only when explicitly true; "seen" lapses within a span on seen day + 7 (seen
//   day: the local date of last_seen_at, or of observed_at when that is empty).
// A device's events depend only on its own row and observations, so a change to some devices
// shifts the running totals by the difference of their events before and after it
// (rollups-device-delta.ts): imports and webhook batches refresh that way. A whole rebuild, here,
// follows a time zone change, and reads every observation in one scan. It also takes the webhook
// deltas still pending (kpi_device_pending_deltas) that its snapshot includes: their changes are
// in what it reads, and a pending delta committed after that snapshot stays for the next refresh.
const REBUILD = `
  with drained as (
    delete from kpi_device_pending_deltas where org_id = $1
  ), managed as (${managedRows(1, "devices d", "'-infinity'::date", "d.org_id = $1")}
  ), observations as (
    select s.device_id, 1 as v, s.id, s.observed_at, s.last_seen_at, s.av_ok, s.patched, s.backup_ok from device_status s where s.org_id = $1
  ), ${DEVICE_EVENTS}, changes as (
    select client_id, day, sum(managed) as managed, sum(av) as av, sum(pa) as pa, sum(bk) as bk, sum(seen) as seen, sum(warranty) as warranty
    from events group by client_id, day
    having sum(managed) <> 0 or sum(av) <> 0 or sum(pa) <> 0 or sum(bk) <> 0 or sum(seen) <> 0 or sum(warranty) <> 0
  )
  insert into kpi_device_client_days (org_id, client_id, day, managed, av_ok, patched, backup_ok, seen, warranty)
  select $1, client_id, day, sum(managed) over w, sum(av) over w, sum(pa) over w, sum(bk) over w, sum(seen) over w, sum(warranty) over w
  from changes
  window w as (partition by client_id order by day)`;

/** Rebuilds the org's device rollup whole (local dates in `timeZone`). */
export async function rebuildDeviceRollups(db: SqlRunner, orgId: number, timeZone: string): Promise<void> {
  await db.query("delete from kpi_device_client_days where org_id = $1", [orgId]);
  await db.query(REBUILD, [orgId, timeZone]);
}
