import "server-only";
import type { SqlRunner } from "../../client";
import { STAGE_TABLE } from "../../imports/staging";

// kpi_device_client_days holds, per client, running totals from each day on which one changes.
// They are sums of +1/−1 events:
// - a device counts as managed on [managed_since, retired_on), and under warranty on
//   [managed_since, min(retired_on, warranty_end + 1));
// - a device's status on day d is its latest observation with local date ≤ d, so each
//   observation holds from its local date until the next observation's local date (an empty span
//   when a later one falls on the same day), within the managed interval. av_ok, patched and
//   backup_ok count only when explicitly true; "seen" lapses within a span on seen day + 7 (seen
//   day: the local date of last_seen_at, or of observed_at when that is empty).
// One sort of the observations (device, observed_at, id) gives every span its end.
//
// Rebuilding from day D ($3) keeps the rows before D and recomputes the rest: the events on or
// after D come from the observations dated ≥ D and from each device's last observation before D
// (whose span, and "seen", may run past D); the running totals continue from each client's last
// row before D. D = -infinity rebuilds everything. Valid when no device and no observation dated
// before D changed — what a status import that adds or updates observations dated ≥ D does.
// $4, when not null, narrows all of it to those clients: valid when only their devices changed.
// A whole rebuild reads every observation in one scan; a narrower one reads each managed device's
// observations through the (org, device, observed_at) index.
const inClients = (column: string, param = "$4") => `(${param}::bigint[] is null or ${column} = any(${param}::bigint[]))`;
const REBUILD_FROM = `
  with bounds as (
    select $3::date as d, ($3::date::timestamp at time zone $2) - interval '1 day' as after
  ), managed as (
    select id, client_id, ms, ro, least(ro, coalesce(warranty_end + 1, '-infinity'::date)) as we
    from (
      select id, client_id, warranty_end, coalesce(managed_since, '-infinity'::date) as ms, coalesce(retired_on, 'infinity'::date) as ro
      from devices where org_id = $1 and ${inClients("client_id")}
    ) as d
    where ms < ro
  ), observations as (
    select s.device_id, s.id, s.observed_at, s.last_seen_at, s.av_ok, s.patched, s.backup_ok
    from device_status s
    where s.org_id = $1 and $3::date = '-infinity'::date and $4::bigint[] is null
    union all
    select later.* from bounds b, managed m cross join lateral (
      select s.device_id, s.id, s.observed_at, s.last_seen_at, s.av_ok, s.patched, s.backup_ok from device_status s
      where s.org_id = $1 and s.device_id = m.id and s.observed_at >= b.after and (s.observed_at at time zone $2)::date >= b.d
      offset 0 -- keeps this a lookup per device: flattened, the planner would scan every observation
    ) as later
    where not ($3::date = '-infinity'::date and $4::bigint[] is null)
    union all
    select last.* from bounds b, managed m cross join lateral (
      select s.device_id, s.id, s.observed_at, s.last_seen_at, s.av_ok, s.patched, s.backup_ok from device_status s
      where s.org_id = $1 and s.device_id = m.id and s.observed_at < b.after + interval '2 days'
        and (s.observed_at at time zone $2)::date < b.d
      order by s.observed_at desc, s.id desc limit 1
    ) as last
    where b.d > '-infinity'::date
  ), spans as (
    select m.client_id, o.av, o.pa, o.bk, greatest(o.od, m.ms) as a, least(coalesce(o.next_od, 'infinity'::date), m.ro) as b,
      least(coalesce(o.next_od, 'infinity'::date), m.ro, o.sd + 7) as seen_end
    from (
      select device_id, (observed_at at time zone $2)::date as od,
        lead((observed_at at time zone $2)::date) over (partition by device_id order by observed_at, id) as next_od,
        (coalesce(last_seen_at, observed_at) at time zone $2)::date as sd,
        coalesce(av_ok, false)::int as av, coalesce(patched, false)::int as pa, coalesce(backup_ok, false)::int as bk
      from observations
    ) as o
    join managed m on m.id = o.device_id
  ), open_spans as materialized (
    select * from spans where a < b
  ), events as (
    select client_id, a as day, 0 as managed, sum(av) as av, sum(pa) as pa, sum(bk) as bk, sum((seen_end > a)::int) as seen, 0 as warranty
    from open_spans group by client_id, a
    union all
    select client_id, b, 0, -sum(av), -sum(pa), -sum(bk), -sum((seen_end = b)::int), 0
    from open_spans where b < 'infinity'::date group by client_id, b
    union all
    select client_id, seen_end, 0, 0, 0, 0, -count(*), 0
    from open_spans where seen_end > a and seen_end < b group by client_id, seen_end
    union all
    select client_id, ms, 1, 0, 0, 0, 0, (we > ms)::int from managed
    union all
    select client_id, ro, -1, 0, 0, 0, 0, 0 from managed where ro < 'infinity'::date
    union all
    select client_id, we, 0, 0, 0, 0, 0, -1 from managed where we > ms and we < 'infinity'::date
  ), changes as (
    select client_id, day, sum(managed) as managed, sum(av) as av, sum(pa) as pa, sum(bk) as bk, sum(seen) as seen, sum(warranty) as warranty
    from events, bounds b where events.day >= b.d
    group by client_id, day
    having sum(managed) <> 0 or sum(av) <> 0 or sum(pa) <> 0 or sum(bk) <> 0 or sum(seen) <> 0 or sum(warranty) <> 0
  ), base as (
    select c.id as client_id, x.* from clients c cross join lateral (
      select k.managed, k.av_ok, k.patched, k.backup_ok, k.seen, k.warranty from kpi_device_client_days k, bounds b
      where k.org_id = $1 and k.client_id = c.id and k.day < b.d order by k.day desc limit 1
    ) as x
    where c.org_id = $1 and ${inClients("c.id")} and $3::date > '-infinity'::date
  )
  insert into kpi_device_client_days (org_id, client_id, day, managed, av_ok, patched, backup_ok, seen, warranty)
  select $1, ch.client_id, ch.day,
    coalesce(b.managed, 0) + sum(ch.managed) over w, coalesce(b.av_ok, 0) + sum(ch.av) over w, coalesce(b.patched, 0) + sum(ch.pa) over w,
    coalesce(b.backup_ok, 0) + sum(ch.bk) over w, coalesce(b.seen, 0) + sum(ch.seen) over w, coalesce(b.warranty, 0) + sum(ch.warranty) over w
  from changes ch left join base b using (client_id)
  window w as (partition by ch.client_id order by ch.day)`;

/** Which device figures a change touched: from local day `from` on, of `clientIds` (null: every client). */
export interface DeviceScope {
  from: string;
  clientIds: number[] | null;
}

/**
 * Rebuilds the org's device rollup (local dates in `timeZone`), wholly or within `scope` (see
 * REBUILD_FROM for when that is enough).
 */
export async function refreshDeviceRollups(db: SqlRunner, orgId: number, timeZone: string, scope: DeviceScope = { from: "-infinity", clientIds: null }): Promise<void> {
  const clients = scope.clientIds && `{${scope.clientIds.join(",")}}`;
  await db.query(`delete from kpi_device_client_days where org_id = $1 and day >= $2::date and ${inClients("client_id", "$3")}`, [orgId, scope.from, clients]);
  await db.query(REBUILD_FROM, [orgId, timeZone, scope.from, clients]);
}

/** A client id list as string_agg(id::text, ',') gives it (null: none). */
export const idList = (ids: string | null): number[] => (ids ? ids.split(",").map(Number) : []);

/**
 * What a status import changed: its observations from the first local day they fall on, or from
 * "-infinity" when it also created devices (a device managed from the start changes every day);
 * null when it brought none. Inside the import's transaction its staging table holds the file's
 * rows and its device map their devices, so only those devices' clients are rebuilt; elsewhere the
 * run's rows are found by import_run_id, and every client is.
 */
export async function deviceStatusScope(db: SqlRunner, orgId: number, timeZone: string, runId: number): Promise<DeviceScope | null> {
  const [created] = await db.query<{ created: boolean }>(
    "select exists (select 1 from devices where org_id = $1 and import_run_id = $2) as created",
    [orgId, runId],
  );
  const [staged] = await db.query<{ staged: boolean }>(`select to_regclass('pg_temp.${STAGE_TABLE}') is not null as staged`);
  const [row] = staged?.staged
    ? await db.query<{ from: string | null; clients: string | null }>(
        `select min((s.observed_at at time zone $1)::date)::text as from, string_agg(distinct d.client_id::text, ',') as clients
         from ${STAGE_TABLE} s join device_map m on m.key = lower(s.device_id) join devices d on d.id = m.id`,
        [timeZone],
      )
    : await db.query<{ from: string | null; clients: null }>(
        "select min((observed_at at time zone $2)::date)::text as from, null as clients from device_status where org_id = $1 and import_run_id = $3",
        [orgId, timeZone, runId],
      );
  if (!row?.from) return null;
  return { from: created?.created ? "-infinity" : row.from, clientIds: row.clients === null ? null : idList(row.clients) };
}
