"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useTransition } from "react";
import { withTableQuery, type TablePage, type TableQuery, type TableSpec } from "@/lib/tables/table-query";
import { DataTable, type DataTableProps, type RemoteTable } from "./data-table";

export interface ServerDataTableProps<T> extends Omit<DataTableProps<T>, "data" | "initialSort" | "pageSize" | "remote" | "exportFileName"> {
  spec: TableSpec;
  /** What the server found for the URL's state. */
  page: TablePage<T>;
  /** The route handler streaming every matching row as CSV (it reads the same URL state, plus `cols`). */
  csvPath: string;
}

/**
 * A DataTable over one page of rows the server sorted, filtered and paged: its state is the URL's
 * (lib/tables/table-query.ts), so a link shares the view, and each change asks the server anew.
 */
export function ServerDataTable<T>({ spec, page, csvPath, ...table }: ServerDataTableProps<T>) {
  const { query, total, options } = page;
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();

  const show = useCallback(
    (next: TableQuery, typed = false) => {
      const search = withTableQuery(new URLSearchParams(searchParams.toString()), next, spec).toString();
      const href = search ? `${pathname}?${search}` : pathname;
      // Typing replaces the history entry: Back leaves the table rather than undoing letters.
      startTransition(() => (typed ? router.replace(href, { scroll: false }) : router.push(href, { scroll: false })));
    },
    [searchParams, spec, pathname, router],
  );

  const remote = useMemo<RemoteTable>(
    () => ({
      query,
      total,
      sortable: spec.sortable,
      options,
      pending,
      show,
      csvHref: (columnIds) => {
        const search = withTableQuery(new URLSearchParams(searchParams.toString()), { ...query, page: 1 }, spec);
        search.delete("page");
        search.set("cols", columnIds.join(","));
        return `${csvPath}?${search.toString()}`;
      },
    }),
    [query, total, spec, options, pending, show, searchParams, csvPath],
  );

  return <DataTable {...table} data={page.rows} remote={remote} />;
}
