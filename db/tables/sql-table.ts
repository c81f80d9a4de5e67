import "server-only";
import { ACCENTED, DIGITS, UNACCENTED } from "@/lib/tables/natural-sort";
import type { TablePage, TableQuery } from "@/lib/tables/table-query";
import type { Database, SqlRunner } from "../client";

// Paging, sorting and filtering of a server-side table in SQL. A source is one select producing a
// row per table row; the URL state (lib/tables/table-query.ts) only picks among the expressions the
// source whitelists here, and its values travel as parameters.

export interface SqlTableSource<T> {
  /** A select with one row per table row; its own parameters are $1…$n of `params`. */
  sql: string;
  params: unknown[];
  /** Sortable column id → an expression over the select's output columns; `text` sorts in natural order, ignoring case. */
  sort: Record<string, { expr: string; text?: boolean }>;
  /** Expressions the search box looks in (text, case-insensitive "contains"). */
  search: string[];
  /** Filterable column id → expression; a "select" filter matches exactly and lists the distinct values. */
  filters: Record<string, { expr: string; kind: "text" | "select" }>;
  /** Unique per row: the last sort key, so pages never overlap. */
  key: string;
  /** A row of the select as the table shows it. */
  toRow: (record: Record<string, unknown>) => T;
}

// naturalSortKey of lib/tables/natural-sort.ts in SQL: lower() under collation "C" lowers ASCII only,
// as the browser's key does, on every database whatever its default collation.
const naturalSortKey = (expr: string) =>
  `regexp_replace(regexp_replace(lower(translate((${expr})::text, '${ACCENTED}', '${UNACCENTED}') collate "C"), '([0-9]+)', '${"0".repeat(DIGITS)}\\1', 'g'), '0*([0-9]{${DIGITS}})', '\\1', 'g') collate "C"`;

// ILIKE pattern for "contains": % and _ in what the user typed are meant literally.
const contains = (needle: string) => `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The where and order of the query over the source (as `t`), with the parameters they need after the source's own. */
function matching<T>(source: SqlTableSource<T>, query: TableQuery): { where: string; params: unknown[]; orderBy: string } {
  const params = [...source.params];
  const param = (value: unknown) => `$${params.push(value)}`;
  const conditions: string[] = [];
  if (query.q && source.search.length > 0) {
    const needle = param(contains(query.q));
    conditions.push(`(${source.search.map((expr) => `(${expr})::text ilike ${needle}`).join(" or ")})`);
  }
  for (const [id, value] of Object.entries(query.filters)) {
    const filter = source.filters[id];
    if (!filter) continue;
    conditions.push(filter.kind === "select" ? `(${filter.expr})::text = ${param(value)}` : `(${filter.expr})::text ilike ${param(contains(value))}`);
  }
  const sort = source.sort[query.sort];
  const direction = query.dir === "desc" ? "desc" : "asc";
  const sortKey = sort ? `${sort.text ? naturalSortKey(sort.expr) : `(${sort.expr})`} ${direction} nulls last, ` : "";
  return { where: conditions.length ? `where ${conditions.join(" and ")}` : "", params, orderBy: `order by ${sortKey}${source.key} ${direction}` };
}

// A source joins a few per-client aggregates, whose row estimates multiply into the millions: that
// makes PostgreSQL JIT-compile the statement, which took 5–11 s on the bench MSP (2,000 clients)
// against 0.2–0.4 s without. So each statement runs with JIT off, in a transaction of its own.
export function withoutJit<R>(db: Database, run: (tx: SqlRunner) => Promise<R>): Promise<R> {
  return db.transaction(async (tx) => {
    await tx.query("set local jit = off");
    return run(tx);
  });
}

/** A source's row count and select filters' values, when the caller already has them. */
export interface KnownCounts {
  total: number;
  options: Record<string, string[]>;
}

/**
 * One page of the rows matching the query, the number of matches and the select filters' values.
 * `known` (counted elsewhere, e.g. with a figure's totals) spares a query with neither search nor
 * filter its window count and the options, so it reads only what its page shows.
 */
export function queryTablePage<T>(db: Database, source: SqlTableSource<T>, query: TableQuery, known?: Promise<KnownCounts | null>): Promise<TablePage<T>> {
  return known && matching(source, query).where === "" ? knownPageOf(db, source, query, known) : withoutJit(db, (tx) => pageOf(tx, source, query));
}

// `known` is awaited outside the page's transaction: PGlite has one connection, which the
// transaction would hold while the counts wait for it.
async function knownPageOf<T>(db: Database, source: SqlTableSource<T>, query: TableQuery, known: Promise<KnownCounts | null>): Promise<TablePage<T>> {
  const { params, orderBy } = matching(source, query);
  const rowsOf = (page: number) =>
    withoutJit(db, (tx) => tx.query<Record<string, unknown>>(`select * from (${source.sql}) as t ${orderBy} limit ${query.size} offset ${(page - 1) * query.size}`, params));
  const [counts, asked] = await Promise.all([known, rowsOf(query.page)]);
  if (!counts) return withoutJit(db, (tx) => pageOf(tx, source, query));
  const page = Math.min(query.page, Math.max(1, Math.ceil(counts.total / query.size)));
  const rows = page === query.page ? asked : await rowsOf(page);
  return { rows: rows.map(source.toRow), total: counts.total, query: { ...query, page }, options: counts.options };
}

async function pageOf<T>(db: SqlRunner, source: SqlTableSource<T>, query: TableQuery): Promise<TablePage<T>> {
  const { where, params, orderBy } = matching(source, query);
  const selects = Object.entries(source.filters).filter(([, f]) => f.kind === "select");
  const options = `json_build_array(${
    selects.map(([, f]) => `(select coalesce(json_agg(v order by v), '[]') from (select distinct (${f.expr})::text as v from base as t where (${f.expr}) is not null) as d)`).join(", ") || "null"
  })`;
  // One statement: the source runs once (a CTE used twice is materialized), the window count is
  // taken before the limit, and a right join keeps the options when no row matches.
  const run = (page: number) =>
    db.query<Record<string, unknown>>(
      `with base as (${source.sql}), hits as (select t.*, count(*) over ()::int as "__total" from base as t ${where} ${orderBy} limit ${query.size} offset ${(page - 1) * query.size})
       select hits.*, o.options as "__options" from hits right join (select ${options} as options) as o on true`,
      params,
    );
  let page = query.page;
  let rows = await run(page);
  if (rows[0]?.__total === null && page > 1) {
    const [count] = await db.query<{ n: number }>(`select count(*)::int as n from (${source.sql}) as t ${where}`, params);
    page = Math.max(1, Math.ceil((count?.n ?? 0) / query.size));
    rows = await run(page);
  }
  const optionLists = (rows[0]?.__options as string[][] | undefined) ?? [];
  const found = rows.filter((r) => r.__total !== null);
  return {
    rows: found.map(({ __total: _total, __options: _options, ...row }) => source.toRow(row)),
    total: Number(found[0]?.__total ?? 0),
    query: { ...query, page },
    options: Object.fromEntries(selects.map(([id], i) => [id, optionLists[i] ?? []])),
  };
}

/** Every row matching the query (search and filters, in its order), `chunk` rows per statement. */
export async function* streamTableRows<T>(db: Database, source: SqlTableSource<T>, query: TableQuery, chunk = 1000): AsyncGenerator<T[]> {
  const { where, params, orderBy } = matching(source, query);
  for (let offset = 0; ; offset += chunk) {
    const rows = await withoutJit(db, (tx) => tx.query(`select * from (${source.sql}) as t ${where} ${orderBy} limit ${chunk} offset ${offset}`, params));
    if (rows.length > 0) yield rows.map(source.toRow);
    if (rows.length < chunk) return;
  }
}
