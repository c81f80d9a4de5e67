// GET /webhooks/events/export?sort=…&dir=…&q=…&f-…=…&cols=… — every webhook event matching the
// inbox's search and filters, in its order, as CSV streamed from the database (owner only, like the page).
import { getOrgTimeZone } from "@/db/queries/org-settings";
import { streamTableRows } from "@/db/tables/sql-table";
import { eventsSource } from "@/db/webhooks/inbox";
import { getLocale } from "@/lib/format/server-locale";
import { handle } from "@/lib/http/api-error";
import { parseTableQuery } from "@/lib/tables/table-query";
import { csvDownload, exportColumns } from "@/server/tables/csv-response";
import { requestContext } from "@/server/request-context";
import { eventColumns } from "../../event-columns";
import { EVENTS_TABLE } from "../../events-spec";
import { webhooksMessages } from "../../messages";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(req: Request): Promise<Response> {
  return handle(async () => {
    const searchParams = new URL(req.url).searchParams;
    const [{ db, orgId }, locale] = await Promise.all([requestContext("owner"), getLocale()]);
    const t = webhooksMessages(locale);
    const columns = exportColumns(eventColumns(t, await getOrgTimeZone(db, orgId)), searchParams.get("cols"));
    const rows = streamTableRows(db, eventsSource(orgId), parseTableQuery(EVENTS_TABLE, Object.fromEntries(searchParams)));
    return csvDownload(t.exportName, columns, rows);
  });
}
