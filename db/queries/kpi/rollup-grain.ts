import "server-only";
import type { SqlRunner } from "../../client";

/** Adds the monthly ('m') rows of a grain rollup by summing its daily ('d') rows; `day` is the month's first day. */
export async function monthlyFromDaily(db: SqlRunner, orgId: number, table: string, keys: string[], sums: string[]): Promise<void> {
  const columns = [...keys, ...sums].join(", ");
  await db.query(
    `insert into ${table} (org_id, grain, day, ${columns})
     select $1, 'm', day - extract(day from day)::int + 1, ${keys.join(", ")}, ${sums.map((s) => `sum(${s})`).join(", ")}
     from ${table} where org_id = $1 and grain = 'd'
     group by 3, ${keys.map((_, i) => i + 4).join(", ")}`,
    [orgId],
  );
}
