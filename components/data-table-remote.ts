"use client";

import type { ColumnFiltersState, PaginationState, SortingState, TableOptions, Updater } from "@tanstack/react-table";
import { useEffect, useRef, useState } from "react";
import type { RemoteTable } from "./data-table";

// DataTable's server-side mode: sorting and paging ask the server for other rows at once; what is
// typed into the search and filter boxes is asked for once typing pauses.

const TYPING_PAUSE_MS = 300;

export interface TypedFilters {
  q: string;
  columnFilters: ColumnFiltersState;
  setQ: (q: string) => void;
  setFilters: (filters: Record<string, string>) => void;
}

const resolve = <S>(updater: Updater<S>, current: S): S => (typeof updater === "function" ? (updater as (old: S) => S)(current) : updater);

const asRecord = (filters: ColumnFiltersState): Record<string, string> =>
  Object.fromEntries(filters.filter((f) => typeof f.value === "string" && f.value !== "").map((f) => [f.id, f.value as string]));

/** The search and filter boxes' text, sent to the server when typing pauses; a URL changed elsewhere (back, a link) replaces it. */
export function useTypedFilters(remote: RemoteTable | undefined): TypedFilters | null {
  const urlQ = remote?.query.q ?? "";
  const urlFilters = JSON.stringify(remote?.query.filters ?? {});
  const [q, setQ] = useState(urlQ);
  const [filters, setFilters] = useState<Record<string, string>>(remote?.query.filters ?? {});
  const sent = useRef({ q: urlQ, filters: urlFilters });

  useEffect(() => {
    if (urlQ === sent.current.q && urlFilters === sent.current.filters) return;
    sent.current = { q: urlQ, filters: urlFilters };
    setQ(urlQ);
    setFilters(JSON.parse(urlFilters) as Record<string, string>);
  }, [urlQ, urlFilters]);

  useEffect(() => {
    const typed = { q: q.trim(), filters: JSON.stringify(filters) };
    if (!remote || (typed.q === sent.current.q && typed.filters === sent.current.filters)) return;
    const timer = setTimeout(() => {
      sent.current = typed;
      remote.show({ ...remote.query, q: typed.q, filters, page: 1 }, true);
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [q, filters, remote]);

  if (!remote) return null;
  return { q, columnFilters: Object.entries(filters).map(([id, value]) => ({ id, value })), setQ, setFilters };
}

/** TanStack options for rows the server already sorted, filtered and paged. */
export function remoteHandlers<T>(remote: RemoteTable, typed: TypedFilters): Partial<TableOptions<T>> {
  const { query } = remote;
  const sorting: SortingState = [{ id: query.sort, desc: query.dir === "desc" }];
  const pagination: PaginationState = { pageIndex: query.page - 1, pageSize: query.size };
  return {
    manualSorting: true,
    manualFiltering: true,
    manualPagination: true,
    autoResetPageIndex: false,
    rowCount: remote.total,
    // The server always sorts by something: a third click goes back to ascending.
    enableSortingRemoval: false,
    onSortingChange: (updater) => {
      const [next] = resolve(updater, sorting);
      if (next) remote.show({ ...query, sort: next.id, dir: next.desc ? "desc" : "asc", page: 1 });
    },
    onPaginationChange: (updater) => {
      const next = resolve(updater, pagination);
      remote.show({ ...query, page: next.pageIndex + 1, size: next.pageSize });
    },
    onGlobalFilterChange: (updater) => typed.setQ(String(resolve(updater, typed.q) ?? "")),
    onColumnFiltersChange: (updater) => typed.setFilters(asRecord(resolve(updater, typed.columnFilters))),
  };
}
