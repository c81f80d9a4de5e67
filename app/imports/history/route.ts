// GET /imports/history?sort=…&dir=…&q=…&f-…=…&cols=… — every import run matching the history's
// search and filters, in its order, as CSV streamed from the database.
import { importRunsSource } from "@/db/imports/runs";
import { getOrgTimeZone } from "@/db/queries/org-settings";
import { streamTableRows } from "@/db/tables/sql-table";
import { parseTableQuery } from "@/lib/tables/table-query-schema";
import { mapChunks, tableCsvRoute } from "@/server/tables/csv-response";
import { importRunColumns } from "../columns";
import { IMPORT_HISTORY_TABLE } from "../history-spec";
import { importsMessages } from "../messages";
import { toRunView } from "../view-models";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = tableCsvRoute("manager", async ({ db, orgId, locale, params }) => ({
  fileName: "import-history.csv",
  columns: importRunColumns(importsMessages(locale), await getOrgTimeZone(db, orgId)),
  rows: mapChunks(streamTableRows(db, importRunsSource(orgId), parseTableQuery(IMPORT_HISTORY_TABLE, params)), toRunView),
}));
