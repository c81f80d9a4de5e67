// The zod schema that reads a table's state from a page's URL, on the server. Apart from
// table-query.ts, which the tables in the browser import: zod would add ~115 KB to their scripts.
import { z } from "zod";
import { FILTER_PREFIX, PAGE_SIZES, type TableQuery, type TableSpec } from "./table-query";

const MAX_TEXT = 200;

type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const text = z.preprocess(first, z.string().trim().max(MAX_TEXT)).catch("");

/** The zod schema of one table's URL state: parses a page's searchParams, never throws. */
export function tableQuerySchema(spec: TableSpec) {
  const filterKeys = Object.fromEntries(spec.filters.map((id) => [`${FILTER_PREFIX}${id}`, text]));
  return z
    .object({
      page: z.preprocess(first, z.coerce.number().int().min(1).max(1_000_000)).catch(1),
      size: z.preprocess(first, z.coerce.number().pipe(z.union(PAGE_SIZES.map((n) => z.literal(n))))).catch(spec.defaultSize),
      sort: z.preprocess(first, z.enum(spec.sortable)).catch(spec.defaultSort),
      dir: z.preprocess(first, z.enum(["asc", "desc"])).catch(spec.defaultDir),
      q: text,
      ...filterKeys,
    })
    .transform(({ page, size, sort, dir, q, ...rest }): TableQuery => {
      const filters: Record<string, string> = {};
      for (const id of spec.filters) {
        const value = (rest as Record<string, string>)[`${FILTER_PREFIX}${id}`];
        if (value) filters[id] = value;
      }
      return { page, size, sort, dir, q, filters };
    });
}

export function parseTableQuery(spec: TableSpec, params: SearchParams): TableQuery {
  return tableQuerySchema(spec).parse(params);
}
