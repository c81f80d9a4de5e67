// GET /imports/history?sort=…&dir=…&q=…&f-…=…&cols=… — every import run matching the history's
// search and filters, in its order, as CSV streamed from the database.
import { importRunsSource } from "@/db/imports/runs";
import { getOrgTimeZone } from "@/db/queries/org-settings";
import { streamTableRows } from "@/db/tables/sql-table";
import { getLocale } from "@/lib/format/server-locale";
import { handle } from "@/lib/http/api-error";
import { parseTableQuery } from "@/lib/tables/table-query";
import { csvDownload, exportColumns, mapChunks } from "@/server/tables/csv-response";
import { requestContext } from "@/server/request-context";
import { importRunColumns } from "../columns";
import { IMPORT_HISTORY_TABLE } from "../history-spec";
import { importsMessages } from "../messages";
import { toRunView } from "../view-models";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(req: Request): Promise<Response> {
  return handle(async () => {
    const searchParams = new URL(req.url).searchParams;
    const [{ db, orgId }, locale] = await Promise.all([requestContext("manager"), getLocale()]);
    const t = importsMessages(locale);
    const columns = exportColumns(importRunColumns(t, await getOrgTimeZone(db, orgId)), searchParams.get("cols"));
    const rows = streamTableRows(db, importRunsSource(orgId), parseTableQuery(IMPORT_HISTORY_TABLE, Object.fromEntries(searchParams)));
    return csvDownload("import-history.csv", columns, mapChunks(rows, toRunView));
  });
}
