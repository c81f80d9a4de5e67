// GET /clients/export?period=…&sort=…&dir=…&q=…&f-…=…&cols=… — every client matching the list's
// search and filters, in its order, as CSV: streamed from the database a chunk at a time.
import { clientListSource } from "@/db/queries/client-list";
import { ensureKpiRollups } from "@/db/queries/kpi";
import { getKpiSettings } from "@/db/queries/org-settings";
import { streamTableRows } from "@/db/tables/sql-table";
import { periodFromSearchParams, periodSearch } from "@/lib/kpi/url-period";
import { parseTableQuery } from "@/lib/tables/table-query-schema";
import { tableCsvRoute } from "@/server/tables/csv-response";
import { clientColumns } from "../columns";
import { clientsMessages } from "../messages";
import { CLIENTS_TABLE } from "../table-spec";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = tableCsvRoute("viewer", async ({ db, orgId, locale, params }) => {
  const settings = await ensureKpiRollups(db, orgId, await getKpiSettings(db, orgId));
  const resolved = periodFromSearchParams(params, new Date(), settings.timeZone);
  const t = clientsMessages(locale);
  return {
    fileName: t.exportName,
    columns: clientColumns(t, settings.currency, periodSearch(resolved), false, resolved.period).filter((c) => c.id !== "goals"),
    rows: streamTableRows(db, clientListSource(orgId, resolved.period), parseTableQuery(CLIENTS_TABLE, params)),
  };
});
