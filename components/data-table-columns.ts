import type { ReactNode } from "react";
import type { Locale } from "@/lib/format/locale";

/** A raw cell value: what sorting, searching, filtering and (by default) CSV export work on. */
export type CellValue = string | number | boolean | null | undefined;

/**
 * One column of a DataTable. Define an array of these per entity in `app/<route>/columns.tsx`:
 *
 *   export const clientColumns: DataTableColumn<ClientRow>[] = [
 *     { id: "name", header: "Client", value: (r) => r.name, filter: "text" },
 *     { id: "mrr", header: "MRR", numeric: true, value: (r) => r.mrr,
 *       cell: (r, locale) => formatMoney(r.mrr, r.currency, locale) },
 *   ];
 */
export interface DataTableColumn<T> {
  /** Unique and stable: used for sorting state, visibility and React keys. */
  id: string;
  header: string;
  /** The raw value. null/undefined sort last and display as "—". */
  value: (row: T) => CellValue;
  /** How the cell looks (formatted text, a link, a badge). Defaults to the value, numbers locale-formatted. */
  cell?: (row: T, locale: Locale) => ReactNode;
  /** The value written to the CSV export. Defaults to `value` (raw, unformatted: best for spreadsheets). */
  csv?: (row: T) => CellValue;
  /** Right-aligned with tabular digits, sorted numerically. */
  numeric?: boolean;
  /** Opt in to a per-column filter: free text ("contains"), or a select of the column's distinct values. */
  filter?: "text" | "select";
  /** How a select filter shows one of the values the server lists (a code's label). Default the value. */
  optionLabel?: (value: string) => string;
  /** Default true. */
  sortable?: boolean;
  /** Can be switched off in the Columns menu. Default true. */
  hideable?: boolean;
  /** Starts hidden (still exportable by switching it on). */
  hidden?: boolean;
}
