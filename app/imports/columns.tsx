import { Link } from "@/components/link";
import type { DataTableColumn } from "@/components/data-table";
import { formatDateTime } from "@/lib/format/date";
import { NO_DATA } from "@/lib/format/number";
import { formatDuration } from "./format";
import type { ImportsMessages } from "./messages";
import { StatusBadge } from "./status-badge";
import type { ImportRunView, RowError } from "./types";

/** The import history: one row per run, newest first, the file name linking to the run's details. */
export function importRunColumns(t: ImportsMessages, timeZone: string): DataTableColumn<ImportRunView>[] {
  const h = t.history;
  return [
    {
      id: "when",
      header: h.when,
      value: (r) => r.startedAt,
      // Who, format and duration sit under the time, kind and status (and have hidden columns of their
      // own, for sorting and export): eleven columns do not fit a laptop screen.
      cell: (r, locale) => (
        <>
          <span className="block whitespace-nowrap">{formatDateTime(r.startedAt, locale, timeZone, { date: "short" })}</span>
          <span className="block whitespace-nowrap text-xs text-gray-600">
            {formatDateTime(r.startedAt, locale, timeZone, { time: "short" })} · {h.by(r.startedBy)}
          </span>
        </>
      ),
      hideable: false,
    },
    {
      id: "file",
      header: h.file,
      value: (r) => r.fileName,
      cell: (r) => (
        <Link href={`/imports/${r.id}`} aria-label={h.open(r.fileName)} className="font-medium text-blue-700 underline-offset-2 hover:underline">
          {r.fileName}
        </Link>
      ),
      filter: "text",
      hideable: false,
    },
    {
      id: "kind",
      header: h.kind,
      value: (r) => t.kinds[r.kind] ?? r.kind,
      cell: (r) => (
        <>
          <span className="block">{t.kinds[r.kind] ?? r.kind}</span>
          <span className="block text-xs text-gray-600">{t.formats[r.format] ?? r.format}</span>
        </>
      ),
      filter: "select",
      optionLabel: (kind) => t.kinds[kind] ?? kind,
    },
    {
      id: "format",
      header: h.format,
      value: (r) => t.formats[r.format] ?? r.format,
      filter: "select",
      optionLabel: (format) => t.formats[format] ?? format,
      hidden: true,
    },
    {
      id: "status",
      header: h.status,
      value: (r) => t.statuses[r.status] ?? r.status,
      cell: (r, locale) => (
        <>
          <StatusBadge status={r.status} label={t.statuses[r.status] ?? r.status} />
          <span className="mt-0.5 block text-xs text-gray-600">{formatDuration(r.durationMs, locale)}</span>
        </>
      ),
      filter: "select",
      optionLabel: (status) => t.statuses[status] ?? status,
    },
    { id: "rows", header: h.rows, value: (r) => r.rowsTotal, numeric: true },
    { id: "inserted", header: h.inserted, value: (r) => r.inserted, numeric: true },
    { id: "updated", header: h.updated, value: (r) => r.updated, numeric: true },
    { id: "rejected", header: h.rejected, value: (r) => r.rejected, numeric: true },
    { id: "duration", header: h.duration, value: (r) => r.durationMs, numeric: true, cell: (r, locale) => formatDuration(r.durationMs, locale), hidden: true },
    { id: "who", header: h.who, value: (r) => r.startedBy, filter: "select", hidden: true },
  ];
}

/** Rejected rows: where in the file, which column, what it held and why it was refused. */
export function rejectedRowColumns(t: ImportsMessages): DataTableColumn<RowError>[] {
  const r = t.rejected;
  return [
    { id: "line", header: r.line, value: (e) => e.line, numeric: true },
    {
      id: "column",
      header: r.column,
      value: (e) => e.column,
      cell: (e) => (e.column ? <code className="font-mono text-sm">{e.column}</code> : <span className="italic text-gray-600">{r.wholeRow}</span>),
      filter: "select",
    },
    {
      id: "value",
      header: r.value,
      value: (e) => e.value,
      cell: (e) => (e.value ? <span className="font-mono text-sm">{e.value}</span> : NO_DATA),
    },
    { id: "reason", header: r.reason, value: (e) => e.reason, filter: "text" },
  ];
}
