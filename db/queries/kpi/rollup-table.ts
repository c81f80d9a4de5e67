import "server-only";
import type { SqlRunner } from "../../client";
import { monthlyFromDaily } from "./rollup-grain";

// A rollup table defined as sums over groups of base rows, so one definition serves the full
// rebuild and the incremental refresh. A rebuild groups all of an org's rows. A refresh groups only
// the rows a change touched, each row's old version signed −1 and its new version +1 (a table of
// base rows with a `sign` column), and adds those sums to the groups' rows: a group whose row
// counts drop to 0 loses its row, a new group gains one. Every sum is exact (integers, numeric),
// so the result equals a rebuild; only a numeric's trailing zeros may differ (3.50 for 3.5).

/** One way base rows feed a table (ticket days are fed twice: by creation and by resolution). */
export interface RollupBranch {
  /** Which base rows count, over the base table's columns. */
  where: string;
  /** The group key of a row, in RollupTable.keys order. */
  keys: string[];
  /** A row's contribution to each sum, in RollupTable.sums order. */
  sums: string[];
}

export interface RollupTable {
  table: string;
  /** Key columns after org_id (and grain); the first is `day`. */
  keys: string[];
  sums: string[];
  /** The sums that count rows: a group whose counts are all 0 has no row. */
  counts: string[];
  /** Whether the table keeps monthly ('m') rows beside the daily ('d') ones. */
  monthly: boolean;
  branches: RollupBranch[];
}

const DELTA_TABLE = "kpi_rollup_delta";

/** The table's groups over `rows` (an org's base rows, or signed changed rows): columns k0…, s0…. */
function groupedSql(spec: RollupTable, rows: string, signed: boolean): string {
  const branches = spec.branches.map(
    (b) =>
      `select ${b.keys.map((k, i) => `${k} as k${i}`).join(", ")}, ${b.sums.map((s, i) => `${signed ? `sign * (${s})` : s} as s${i}`).join(", ")}
       from ${rows} where org_id = $1 and ${b.where}`,
  );
  const sums = spec.sums.map((_, i) => `sum(s${i})`);
  return `select ${spec.keys.map((_, i) => `k${i}`).join(", ")}, ${sums.join(", ")}
    from (${branches.join(" union all ")}) as x
    group by ${spec.keys.map((_, i) => i + 1).join(", ")}
    ${signed ? `having ${sums.map((s) => `${s} <> 0`).join(" or ")}` : ""}`;
}

const columnList = (spec: RollupTable) => [...spec.keys, ...spec.sums].join(", ");
const grainColumn = (spec: RollupTable) => (spec.monthly ? "grain, " : "");

/** Deletes the org's rows of the table and groups all its base rows in `baseTable` again. */
export async function rebuildRollupTable(db: SqlRunner, orgId: number, spec: RollupTable, baseTable: string): Promise<void> {
  await db.query(`delete from ${spec.table} where org_id = $1`, [orgId]);
  await db.query(
    `insert into ${spec.table} (org_id, ${grainColumn(spec)}${columnList(spec)})
     select $1, ${spec.monthly ? "'d', " : ""}g.* from (${groupedSql(spec, baseTable, false)}) as g`,
    [orgId],
  );
  if (spec.monthly) await monthlyFromDaily(db, orgId, spec.table, spec.keys.slice(1), spec.sums);
}

/** Adds the sums of `changedRows` (base rows with a `sign`) to the table's daily and monthly rows. */
export async function applyRollupChanges(db: SqlRunner, orgId: number, spec: RollupTable, changedRows: string): Promise<void> {
  await db.query(`create temp table ${DELTA_TABLE} as select * from ${spec.table} with no data`);
  await db.query(
    `insert into ${DELTA_TABLE} (org_id, ${grainColumn(spec)}${columnList(spec)})
     select $1, ${spec.monthly ? "'d', " : ""}g.* from (${groupedSql(spec, changedRows, true)}) as g`,
    [orgId],
  );
  if (spec.monthly) {
    const others = spec.keys.slice(1).map((k) => `, ${k}`).join("");
    await db.query(
      `insert into ${DELTA_TABLE} (org_id, grain, ${columnList(spec)})
       select org_id, 'm', day - extract(day from day)::int + 1${others}, ${spec.sums.map((s) => `sum(${s})`).join(", ")}
       from ${DELTA_TABLE} group by 1, 3${others}`,
    );
  }
  // Without statistics the planner would guess a big delta and scan the whole rollup.
  await db.query(`analyze ${DELTA_TABLE}`);
  const match = ["t.org_id = $1", ...(spec.monthly ? ["t.grain = d.grain"] : []), ...spec.keys.map((k) => `t.${k} = d.${k}`)].join(" and ");
  const deltaColumns = [...(spec.monthly ? ["grain"] : []), ...spec.keys, ...spec.sums];
  // One pass over the delta (an index lookup per row): a group the delta empties loses its row,
  // the others add it, and a group new to the table (counts going up from none) gets a row.
  await db.query(
    `merge into ${spec.table} as t using ${DELTA_TABLE} as d on ${match}
     when matched and ${spec.counts.map((c) => `t.${c} + d.${c} = 0`).join(" and ")} then delete
     when matched then update set ${spec.sums.map((s) => `${s} = t.${s} + d.${s}`).join(", ")}
     when not matched and (${spec.counts.map((c) => `d.${c} > 0`).join(" or ")}) then
       insert (org_id, ${deltaColumns.join(", ")}) values ($1, ${deltaColumns.map((c) => `d.${c}`).join(", ")})`,
    [orgId],
  );
  await db.query(`drop table ${DELTA_TABLE}`);
}
