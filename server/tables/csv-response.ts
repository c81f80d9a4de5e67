import "server-only";
import { csvLine } from "@/lib/csv/export";
import type { Locale } from "@/lib/format/locale";
import { getLocale } from "@/lib/format/server-locale";
import { handle } from "@/lib/http/api-error";
import { requestContext, type RequestContext, type Role } from "../request-context";

// The CSV download of a server-side table: every matching row, written chunk by chunk as the
// database hands them over, with the columns the table showed (the DataTable columns' csv values).

/** What the export needs of a DataTable column. */
export interface ExportColumn<T> {
  id: string;
  header: string;
  hidden?: boolean;
  value: (row: T) => unknown;
  csv?: (row: T) => unknown;
}

/** The columns named in `cols` (comma-separated ids, unknown ones ignored), or else those shown by default. */
export function exportColumns<T>(columns: ExportColumn<T>[], cols: string | null): ExportColumn<T>[] {
  const wanted = new Set((cols ?? "").split(",").filter(Boolean));
  const picked = columns.filter((c) => wanted.has(c.id));
  return picked.length > 0 ? picked : columns.filter((c) => !c.hidden);
}

/** Each chunk's rows as the table shows them. */
export async function* mapChunks<R, T>(chunks: AsyncIterable<R[]>, toView: (row: R) => T): AsyncGenerator<T[]> {
  for await (const rows of chunks) yield rows.map(toView);
}

/** A streamed `text/csv` download (UTF-8 with BOM, for Excel) of the rows, a chunk at a time. */
export function csvDownload<T>(fileName: string, columns: ExportColumn<T>[], chunks: AsyncIterable<T[]>): Response {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.asyncIterator]();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${csvLine(columns.map((c) => c.header))}`));
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(next.value.map((row) => csvLine(columns.map((c) => (c.csv ?? c.value)(row)))).join("")));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName.replace(/[^\x20-\x7e]|"/g, "_")}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "cache-control": "no-store",
    },
  });
}

/** What a table's export route hands back: the download's name, the table's columns and the rows. */
export interface TableExport<T> {
  fileName: string;
  columns: ExportColumn<T>[];
  rows: AsyncIterable<T[]>;
}

export interface TableExportRequest extends RequestContext {
  locale: Locale;
  /** The URL's parameters: the table's state (lib/tables/table-query.ts) and the page's own (period). */
  params: Record<string, string>;
}

/** The GET handler of a table's CSV export, for who may see the table; `cols` names the columns shown. */
export function tableCsvRoute<T>(minRole: Role, build: (request: TableExportRequest) => Promise<TableExport<T>>): (req: Request) => Promise<Response> {
  return (req) =>
    handle(async () => {
      const searchParams = new URL(req.url).searchParams;
      const [ctx, locale] = await Promise.all([requestContext(minRole), getLocale()]);
      const { fileName, columns, rows } = await build({ ...ctx, locale, params: Object.fromEntries(searchParams) });
      return csvDownload(fileName, exportColumns(columns, searchParams.get("cols")), rows);
    });
}
