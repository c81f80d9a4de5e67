"use client";

import type { Column, Table } from "@tanstack/react-table";
import { useEffect, useId, useMemo, useRef } from "react";
import { intlTag } from "@/lib/format/locale";
import { useLocale } from "./locale-provider";
import { componentMessages } from "./messages";

const control = "rounded-tremor-small border-gray-300 py-1.5 text-sm text-gray-800";
const button =
  "rounded-tremor-small border border-gray-300 bg-white px-3 py-1.5 text-sm font-medium text-gray-800 shadow-tremor-input hover:bg-gray-50 disabled:cursor-not-allowed disabled:opacity-60";

export function SortIcon({ direction }: { direction: false | "asc" | "desc" }) {
  return (
    <svg viewBox="0 0 12 12" className={`h-3 w-3 ${direction ? "text-gray-900" : "text-gray-400"}`} aria-hidden="true" focusable="false">
      {direction !== "desc" ? <path d="M6 2 9.5 5.5h-7z" fill="currentColor" opacity={direction === "asc" ? 1 : 0.6} /> : null}
      {direction !== "asc" ? <path d="M6 10 2.5 6.5h7z" fill="currentColor" opacity={direction === "desc" ? 1 : 0.6} /> : null}
    </svg>
  );
}

/** A labelled text box ("contains") or a select of the column's distinct values (the server's `options` when it pages). */
export function ColumnFilter<T>({
  column,
  kind,
  options: serverOptions,
  optionLabel = String,
}: {
  column: Column<T, unknown>;
  kind: "text" | "select";
  options?: string[];
  optionLabel?: (value: string) => string;
}) {
  const locale = useLocale();
  const t = componentMessages(locale);
  const id = useId();
  const header = String(column.columnDef.header ?? column.id);
  const value = (column.getFilterValue() as string | undefined) ?? "";
  const facets = column.getFacetedUniqueValues();
  const options = useMemo(() => {
    if (kind !== "select") return [];
    if (serverOptions) return serverOptions;
    const collator = new Intl.Collator(intlTag(locale), { numeric: true });
    return [...facets.keys()]
      .filter((v) => v !== undefined && v !== null && v !== "")
      .map(String)
      .sort(collator.compare);
  }, [facets, kind, locale, serverOptions]);

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-gray-600">
        {t.table.filter(header)}
      </label>
      {kind === "select" ? (
        <select id={id} value={value} onChange={(e) => column.setFilterValue(e.target.value || undefined)} className={`${control} pr-8`}>
          <option value="">{t.table.all}</option>
          {options.map((o) => (
            <option key={o} value={o}>
              {optionLabel(o)}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          type="search"
          value={value}
          onChange={(e) => column.setFilterValue(e.target.value || undefined)}
          className={`${control} w-40`}
        />
      )}
    </div>
  );
}

/** "Columns" disclosure with a checkbox per hideable column; closes on Escape or a click outside. */
export function ColumnMenu<T>({ table }: { table: Table<T> }) {
  const t = componentMessages(useLocale());
  const ref = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const close = (event: Event) => {
      const details = ref.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== "Escape") return;
        details.open = false;
        details.querySelector("summary")?.focus();
      } else if (!details.contains(event.target as Node)) {
        details.open = false;
      }
    };
    document.addEventListener("pointerdown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("pointerdown", close);
      document.removeEventListener("keydown", close);
    };
  }, []);

  const hideable = table.getAllLeafColumns().filter((c) => c.getCanHide());
  if (hideable.length === 0) return null;
  return (
    <details ref={ref} className="relative">
      <summary className={`${button} cursor-pointer list-none [&::-webkit-details-marker]:hidden`}>{t.table.columns}</summary>
      <div
        role="group"
        aria-label={t.table.columns}
        className="absolute right-0 z-20 mt-1 w-56 rounded-tremor-default border border-gray-200 bg-white p-2 shadow-tremor-dropdown"
      >
        {hideable.map((column) => (
          <label key={column.id} className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm text-gray-800 hover:bg-gray-50">
            <input
              type="checkbox"
              checked={column.getIsVisible()}
              onChange={column.getToggleVisibilityHandler()}
              className="rounded border-gray-400 text-blue-700"
            />
            {String(column.columnDef.header ?? column.id)}
          </label>
        ))}
      </div>
    </details>
  );
}

export function Pagination<T>({ table, pageSizes }: { table: Table<T>; pageSizes: readonly number[] }) {
  const t = componentMessages(useLocale());
  const id = useId();
  const { pageIndex, pageSize } = table.getState().pagination;
  const total = table.getRowCount();
  const from = total === 0 ? 0 : pageIndex * pageSize + 1;
  const to = Math.min(total, (pageIndex + 1) * pageSize);
  const pages = Math.max(1, table.getPageCount());
  const sizes = pageSizes.includes(pageSize) ? pageSizes : [...pageSizes, pageSize].sort((a, b) => a - b);

  return (
    <div className="flex flex-wrap items-center justify-between gap-3 border-t border-gray-200 px-3 py-2 text-sm text-gray-700">
      <div className="flex items-center gap-2">
        <label htmlFor={id}>{t.table.rowsPerPage}</label>
        <select id={id} value={pageSize} onChange={(e) => table.setPageSize(Number(e.target.value))} className={`${control} py-1 pr-8`}>
          {sizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
      <p className="tabular-nums" aria-live="polite">
        {t.table.range(from, to, total)}
      </p>
      <div className="flex items-center gap-2">
        <span className="tabular-nums">{t.table.page(Math.min(pageIndex + 1, pages), pages)}</span>
        <button type="button" className={button} onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()} aria-label={t.table.previousPage}>
          ‹
        </button>
        <button type="button" className={button} onClick={() => table.nextPage()} disabled={!table.getCanNextPage()} aria-label={t.table.nextPage}>
          ›
        </button>
      </div>
    </div>
  );
}
