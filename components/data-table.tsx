"use client";

import {
  flexRender,
  getCoreRowModel,
  getFacetedRowModel,
  getFacetedUniqueValues,
  getFilteredRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type FilterFn,
  type SortingFn,
  type SortingState,
  type Table,
  type VisibilityState,
} from "@tanstack/react-table";
import { useId, useMemo, useRef, useState } from "react";
import { compareNatural } from "@/lib/tables/natural-sort";
import { isFiltered, PAGE_SIZES, type TableQuery } from "@/lib/tables/table-query";
import { toCsv } from "@/lib/csv/export";
import { NO_DATA, formatNumber } from "@/lib/format/number";
import type { CellValue, DataTableColumn } from "./data-table-columns";
import { ColumnFilter, ColumnMenu, Pagination, SortIcon } from "./data-table-controls";
import { remoteHandlers, useTypedFilters } from "./data-table-remote";
import { useLocale } from "./locale-provider";
import { componentMessages } from "./messages";
import { useOverflowsX } from "./use-overflows-x";

export type { CellValue, DataTableColumn } from "./data-table-columns";

export interface DataTableProps<T> {
  columns: DataTableColumn<T>[];
  /** Plain, serialisable rows, as fetched by the server page. */
  data: T[];
  /** Accessible name of the table (rendered as a visually hidden caption). */
  caption: string;
  /** Shown when `data` is empty. */
  emptyMessage?: string;
  /** Download name for "Export CSV". Default "export.csv". */
  exportFileName?: string;
  initialSort?: { id: string; desc?: boolean };
  /** Default 25. */
  pageSize?: number;
  getRowId?: (row: T, index: number) => string;
  /** Rows sorted, filtered and paged on the server (see ServerDataTable); `data` is then one page. */
  remote?: RemoteTable;
  /** For many columns that should fit a desktop without scrolling: headings wrap between words, cells pad less. */
  compact?: boolean;
}

/** A table whose state lives in the URL: the server's page of rows, and how to ask for another. */
export interface RemoteTable {
  query: TableQuery;
  /** Rows matching the search and filters, over every page. */
  total: number;
  sortable: readonly string[];
  /** Per "select" filter: its values. */
  options: Record<string, string[]>;
  /** True while the next page of rows is on its way. */
  pending: boolean;
  /** Search and filters, typed, are the text boxes' until they pause; this shows the rows for them. */
  show: (next: TableQuery, typed?: boolean) => void;
  /** The CSV export of every matching row, with these columns. */
  csvHref: (columnIds: string[]) => string;
}

const EXPORT_BUTTON =
  "rounded-tremor-small border border-gray-300 bg-white px-3 py-1.5 text-sm font-medium text-gray-800 shadow-tremor-input hover:bg-gray-50 disabled:cursor-not-allowed disabled:opacity-60";

// null → undefined so TanStack's `sortUndefined: "last"` keeps missing values at the bottom.
const raw = (v: CellValue) => (v === null ? undefined : v);
const text = (v: unknown) => (v === undefined || v === null ? "" : String(v)).toLocaleLowerCase();

const containsText: FilterFn<unknown> = (row, id, needle) => text(row.getValue(id)).includes(text(needle));
const equalsText: FilterFn<unknown> = (row, id, wanted) => String(row.getValue(id) ?? "") === wanted;

/** Rows (filtered and sorted, every page) and visible columns as CSV, using each column's csv accessor. */
function tableToCsv<T>(table: Table<T>): string {
  const columns = table.getVisibleLeafColumns();
  const defs = columns.map((c) => (c.columnDef.meta as { column: DataTableColumn<T> }).column);
  const rows = table.getPrePaginationRowModel().rows.map((row) => defs.map((d) => (d.csv ?? d.value)(row.original)));
  return toCsv(defs.map((d) => d.header), rows, { bom: true });
}

function download(fileName: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function DataTable<T>({
  columns,
  data,
  caption,
  emptyMessage,
  exportFileName = "export.csv",
  initialSort,
  pageSize = 25,
  getRowId,
  remote,
  compact = false,
}: DataTableProps<T>) {
  const locale = useLocale();
  const t = componentMessages(locale);
  const searchId = useId();
  const [localSorting, setSorting] = useState<SortingState>(initialSort ? [{ id: initialSort.id, desc: !!initialSort.desc }] : []);
  const [localFilter, setGlobalFilter] = useState("");
  const typed = useTypedFilters(remote);
  const [columnVisibility, setColumnVisibility] = useState<VisibilityState>(() =>
    Object.fromEntries(columns.filter((c) => c.hidden).map((c) => [c.id, false])),
  );

  const remoteSortable = remote?.sortable;
  const columnDefs = useMemo<ColumnDef<T>[]>(() => {
    // As the server sorts its tables (db/tables/sql-table.ts).
    const byText: SortingFn<T> = (a, b, id) => compareNatural(String(a.getValue(id)), String(b.getValue(id)));
    return columns.map(
      (c): ColumnDef<T> => ({
        id: c.id,
        header: c.header,
        accessorFn: (row) => raw(c.value(row)),
        cell: ({ row, getValue }) => {
          if (c.cell) return c.cell(row.original, locale);
          const v = getValue() as CellValue;
          if (v === undefined || v === null || v === "") return NO_DATA;
          return typeof v === "number" ? formatNumber(v, locale) : String(v);
        },
        enableSorting: (c.sortable ?? true) && (!remoteSortable || remoteSortable.includes(c.id)),
        enableHiding: c.hideable ?? true,
        enableColumnFilter: c.filter !== undefined,
        filterFn: (c.filter === "select" ? equalsText : containsText) as FilterFn<T>,
        sortingFn: c.numeric ? "basic" : byText,
        sortUndefined: "last",
        meta: { column: c },
      }),
    );
  }, [columns, locale, remoteSortable]);

  const table = useReactTable({
    data,
    columns: columnDefs,
    state: {
      sorting: remote ? [{ id: remote.query.sort, desc: remote.query.dir === "desc" }] : localSorting,
      globalFilter: typed ? typed.q : localFilter,
      columnVisibility,
      ...(remote && typed ? { pagination: { pageIndex: remote.query.page - 1, pageSize: remote.query.size }, columnFilters: typed.columnFilters } : {}),
    },
    initialState: { pagination: { pageIndex: 0, pageSize } },
    ...(remote && typed ? remoteHandlers<T>(remote, typed) : { onSortingChange: setSorting, onGlobalFilterChange: setGlobalFilter }),
    onColumnVisibilityChange: setColumnVisibility,
    // First click sorts ascending for every column (TanStack would start numbers descending).
    sortDescFirst: false,
    globalFilterFn: containsText as FilterFn<T>,
    getColumnCanGlobalFilter: () => true,
    getRowId,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFacetedRowModel: getFacetedRowModel(),
    getFacetedUniqueValues: getFacetedUniqueValues(),
    getPaginationRowModel: getPaginationRowModel(),
  });

  // A table wider than its box scrolls in a region of its own, which keyboard users can focus to scroll.
  const scroller = useRef<HTMLDivElement>(null);
  const scrolls = useOverflowsX(scroller);

  const visibleColumns = table.getVisibleLeafColumns();
  const filterable = visibleColumns.filter((c) => c.getCanFilter());
  const rows = table.getRowModel().rows;
  const numeric = (id: string) => columns.find((c) => c.id === id)?.numeric === true;

  // With no data at all, search, filters, export and paging have nothing to act on: show the message only.
  const hasData = remote ? remote.total > 0 || isFiltered(remote.query) : data.length > 0;

  return (
    <div className="rounded-tremor-default border border-gray-200 bg-white shadow-tremor-card" aria-busy={remote?.pending || undefined}>
      {hasData ? (
        <div className="flex flex-wrap items-end gap-3 border-b border-gray-200 p-3">
          <div className="flex min-w-[12rem] flex-1 flex-col gap-1">
            <label htmlFor={searchId} className="text-xs font-medium text-gray-600">
              {t.table.search}
            </label>
            <input
              id={searchId}
              type="search"
              value={String(table.getState().globalFilter ?? "")}
              onChange={(e) => table.setGlobalFilter(e.target.value)}
              placeholder={t.table.searchPlaceholder}
              className="w-full rounded-tremor-small border-gray-300 py-1.5 text-sm placeholder:text-gray-500"
            />
          </div>
          {filterable.map((column) => {
            const def = columns.find((c) => c.id === column.id);
            return (
              <ColumnFilter
                key={column.id}
                column={column}
                kind={def?.filter ?? "text"}
                options={remote?.options[column.id]}
                optionLabel={remote ? def?.optionLabel : undefined}
              />
            );
          })}
          <div className="ml-auto flex items-center gap-2">
            <ColumnMenu table={table} />
            {remote ? (
              <a href={remote.csvHref(visibleColumns.map((c) => c.id))} download className={EXPORT_BUTTON}>
                {t.table.exportCsv}
              </a>
            ) : (
              <button type="button" onClick={() => download(exportFileName, tableToCsv(table))} className={EXPORT_BUTTON}>
                {t.table.exportCsv}
              </button>
            )}
          </div>
        </div>
      ) : null}

      <div
        ref={scroller}
        data-table-scroll
        role={scrolls ? "region" : undefined}
        aria-label={scrolls ? caption : undefined}
        tabIndex={scrolls ? 0 : undefined}
        className={`overflow-x-auto transition-opacity focus:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-blue-600 ${remote?.pending ? "opacity-60" : ""}`}
      >
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-gray-50">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const right = numeric(header.column.id);
                  const label = flexRender(header.column.columnDef.header, header.getContext());
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : header.column.getCanSort() ? "none" : undefined}
                      className={`${compact ? "px-3 align-bottom" : "whitespace-nowrap px-4"} border-b border-gray-200 py-2.5 font-semibold text-gray-700 ${right ? "text-right" : "text-left"}`}
                    >
                      {header.column.getCanSort() ? (
                        <button
                          type="button"
                          onClick={header.column.getToggleSortingHandler()}
                          className={`-mx-1 inline-flex items-center gap-1 rounded px-1 hover:text-gray-900 ${right ? "flex-row-reverse" : ""}`}
                        >
                          <span>{label}</span>
                          <SortIcon direction={sorted} />
                        </button>
                      ) : (
                        label
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={Math.max(1, visibleColumns.length)} className="px-4 py-10 text-center text-gray-600">
                  {hasData ? t.table.noMatches : (emptyMessage ?? t.table.empty)}
                </td>
              </tr>
            ) : (
              rows.map((row) => (
                <tr key={row.id} className="border-b border-gray-100 last:border-b-0 hover:bg-gray-50">
                  {row.getVisibleCells().map((cell) => (
                    <td
                      key={cell.id}
                      className={`${compact ? "px-3" : "px-4"} py-2.5 text-gray-800 ${numeric(cell.column.id) ? "text-right tabular-nums" : "text-left"}`}
                    >
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>

      {hasData ? <Pagination table={table} pageSizes={PAGE_SIZES} /> : null}
    </div>
  );
}
