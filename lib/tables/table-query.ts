// The state of a table that sorts, filters and pages on the server, as it stands in the URL
// (?page=2&size=50&sort=mrr&dir=desc&q=acme&f-segment=SMB), so a link shares the view. Each
// table declares what may be sorted and filtered; anything else in the URL falls back to the
// defaults instead of failing the page.

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const FILTER_PREFIX = "f-";

export interface TableSpec {
  /** Column ids that sort; the first sort of the URL not among them gives way to the default. */
  sortable: readonly [string, ...string[]];
  /** Column ids with a per-column filter. */
  filters: readonly string[];
  defaultSort: string;
  defaultDir: "asc" | "desc";
  /** Rows per page when the URL names none (one of PAGE_SIZES). */
  defaultSize: (typeof PAGE_SIZES)[number];
}

export interface TableQuery {
  /** 1-based. */
  page: number;
  size: number;
  sort: string;
  dir: "asc" | "desc";
  /** Searched in every searchable column; "" for none. */
  q: string;
  /** Column id → wanted value, only the filters that are set. */
  filters: Record<string, string>;
}

/** One page of a table as the server found it for a query. */
export interface TablePage<T> {
  rows: T[];
  /** Rows matching the search and filters, over every page. */
  total: number;
  /** The query answered: the URL's, its page the last one when the URL asks past the end. */
  query: TableQuery;
  /** Per "select" filter: its distinct values over all rows. */
  options: Record<string, string[]>;
}

/** Whether the query searches or filters: then no rows means "no matches", not "nothing yet". */
export function isFiltered(query: TableQuery): boolean {
  return query.q !== "" || Object.keys(query.filters).length > 0;
}

/**
 * `current` (the page's other parameters, such as the period, are kept) with the table's state
 * written in; values equal to the defaults are left out, so the plain URL is the default view.
 */
export function withTableQuery(current: URLSearchParams, query: TableQuery, spec: TableSpec): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const key of [...next.keys()]) if (key.startsWith(FILTER_PREFIX)) next.delete(key);
  const set = (key: string, value: string, fallback: string) => (value === fallback ? next.delete(key) : next.set(key, value));
  set("page", String(query.page), "1");
  set("size", String(query.size), String(spec.defaultSize));
  set("sort", query.sort, spec.defaultSort);
  set("dir", query.dir, spec.defaultDir);
  set("q", query.q, "");
  for (const [id, value] of Object.entries(query.filters)) if (value) next.set(`${FILTER_PREFIX}${id}`, value);
  return next;
}
