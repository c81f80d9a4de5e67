import "server-only";
import type { SqlRunner } from "../../client";

export interface MrrPoint {
  /** The month, "YYYY-MM". */
  month: string;
  /** The day MRR is taken on: the month's last day, or `to` for the month `to` falls in. */
  day: string;
  /** MRR(day), rounded to cents at the end. */
  mrr: number;
}

/**
 * Month-end MRR for the `months` months up to and including the month of `to`, oldest first.
 * The last month is cut at `to` so "this month" never counts contracts that have not started yet.
 * One query: a generate_series of month ends joined to the contracts active on each.
 */
export async function getMrrTrend(db: SqlRunner, orgId: number, options: { to: string; months?: number }): Promise<MrrPoint[]> {
  const months = options.months ?? 12;
  if (!Number.isInteger(months) || months < 1 || months > 120) throw new RangeError(`months must be 1…120, got ${months}`);
  const rows = await db.query<{ month: string; day: string; mrr: string }>(
    `with days as (
       select least((date_trunc('month', $2::date::timestamp) - make_interval(months => g) + interval '1 month' - interval '1 day')::date,
                    $2::date) as day
       from generate_series(0, $3::int - 1) as g
     )
     select to_char(d.day, 'YYYY-MM') as month, d.day, round(coalesce(sum(c.monthly_value), 0), 2)::text as mrr
     from days d
     left join contracts c
       on c.org_id = $1 and c.start_date <= d.day and (c.end_date is null or d.day <= c.end_date)
     group by d.day
     order by d.day`,
    [orgId, options.to, months],
  );
  return rows.map((r) => ({ month: r.month, day: r.day, mrr: Number(r.mrr) }));
}
