import "server-only";

// The +1/−1 events behind kpi_device_client_days (rollups-devices.ts explains them), as SQL that
// both the whole rebuild and the signed delta of changed devices (rollups-device-delta.ts) use.
// It expects two CTEs before it, with $2 the time zone, each row in a version v: +1 for the devices
// as they are, −1 for them as they were before a change (a rebuild has only v = +1):
// - managed(id, v, client_id, ms, ro, we, from_day): the devices, their managed span [ms, ro), the
//   end of their warranty within it (we), and the first local day whose events are wanted;
// - observations(device_id, v, id, observed_at, last_seen_at, av_ok, patched, backup_ok): every
//   observation of those devices dated on or after from_day, and the last one before it (whose
//   span, and "seen", may run past from_day).
// It defines events(client_id, day, managed, av, pa, bk, seen, warranty): the events on or after
// each device's from_day, times their version, summed per client and day (so a delta's versions
// cancel where nothing changed). One sort of the observations (version, device, observed_at, id)
// gives every span its end.
export const DEVICE_EVENTS = `
  spans as (
    select m.client_id, m.v, m.from_day, o.av, o.pa, o.bk, greatest(o.od, m.ms) as a, least(coalesce(o.next_od, 'infinity'::date), m.ro) as b,
      least(coalesce(o.next_od, 'infinity'::date), m.ro, o.sd + 7) as seen_end
    from (
      select device_id, v, (observed_at at time zone $2)::date as od,
        lead((observed_at at time zone $2)::date) over (partition by v, device_id order by observed_at, id) as next_od,
        (coalesce(last_seen_at, observed_at) at time zone $2)::date as sd,
        coalesce(av_ok, false)::int as av, coalesce(patched, false)::int as pa, coalesce(backup_ok, false)::int as bk
      from observations
    ) as o
    join managed m on m.id = o.device_id and m.v = o.v
  ), open_spans as materialized (
    select * from spans where a < b
  ), events as (
    select client_id, a as day, 0 as managed, sum(v * av) as av, sum(v * pa) as pa, sum(v * bk) as bk, sum(v * (seen_end > a)::int) as seen, 0 as warranty
    from open_spans where a >= from_day group by client_id, a
    union all
    select client_id, b, 0, -sum(v * av), -sum(v * pa), -sum(v * bk), -sum(v * (seen_end = b)::int), 0
    from open_spans where b < 'infinity'::date and b >= from_day group by client_id, b
    union all
    select client_id, seen_end, 0, 0, 0, 0, -sum(v), 0
    from open_spans where seen_end > a and seen_end < b and seen_end >= from_day group by client_id, seen_end
    union all
    select client_id, ms, v, 0, 0, 0, 0, v * (we > ms)::int from managed where ms >= from_day
    union all
    select client_id, ro, -v, 0, 0, 0, 0, 0 from managed where ro < 'infinity'::date and ro >= from_day
    union all
    select client_id, we, 0, 0, 0, 0, 0, -v from managed where we > ms and we < 'infinity'::date and we >= from_day
  )`;

/** Rows of managed(…) in version `v`: `devices` (a relation with the devices table's columns, aliased d) narrowed by `where`. */
export const managedRows = (v: number, devices: string, fromDay: string, where: string) => `
    select id, ${v} as v, client_id, ms, ro, least(ro, coalesce(warranty_end + 1, '-infinity'::date)) as we, from_day
    from (
      select d.id, d.client_id, d.warranty_end, coalesce(d.managed_since, '-infinity'::date) as ms,
        coalesce(d.retired_on, 'infinity'::date) as ro, ${fromDay} as from_day
      from ${devices} where ${where}
    ) as d
    where ms < ro`;
