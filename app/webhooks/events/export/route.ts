// GET /webhooks/events/export?sort=…&dir=…&q=…&f-…=…&cols=… — every webhook event matching the
// inbox's search and filters, in its order, as CSV streamed from the database (owner only, like the page).
import { getOrgTimeZone } from "@/db/queries/org-settings";
import { streamTableRows } from "@/db/tables/sql-table";
import { eventsSource } from "@/db/webhooks/inbox";
import { parseTableQuery } from "@/lib/tables/table-query-schema";
import { tableCsvRoute } from "@/server/tables/csv-response";
import { eventColumns } from "../../event-columns";
import { EVENTS_TABLE } from "../../events-spec";
import { webhooksMessages } from "../../messages";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = tableCsvRoute("owner", async ({ db, orgId, locale, params }) => {
  const t = webhooksMessages(locale);
  return {
    fileName: t.exportName,
    columns: eventColumns(t, await getOrgTimeZone(db, orgId)),
    rows: streamTableRows(db, eventsSource(orgId), parseTableQuery(EVENTS_TABLE, params)),
  };
});
