// GET /clients/export?period=…&sort=…&dir=…&q=…&f-…=…&cols=… — every client matching the list's
// search and filters, in its order, as CSV: streamed from the database a chunk at a time.
import { clientListSource } from "@/db/queries/client-list";
import { ensureKpiRollups } from "@/db/queries/kpi";
import { getKpiSettings } from "@/db/queries/org-settings";
import { streamTableRows } from "@/db/tables/sql-table";
import { getLocale } from "@/lib/format/server-locale";
import { handle } from "@/lib/http/api-error";
import { periodFromSearchParams, periodSearch } from "@/lib/kpi/url-period";
import { parseTableQuery } from "@/lib/tables/table-query";
import { csvDownload, exportColumns } from "@/server/tables/csv-response";
import { requestContext } from "@/server/request-context";
import { clientColumns } from "../columns";
import { clientsMessages } from "../messages";
import { CLIENTS_TABLE } from "../table-spec";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(req: Request): Promise<Response> {
  return handle(async () => {
    const searchParams = new URL(req.url).searchParams;
    const params = Object.fromEntries(searchParams);
    const [{ db, orgId }, locale] = await Promise.all([requestContext("viewer"), getLocale()]);
    const settings = await getKpiSettings(db, orgId);
    const resolved = periodFromSearchParams(params, new Date(), settings.timeZone);
    await ensureKpiRollups(db, orgId, settings);
    const t = clientsMessages(locale);
    const columns = exportColumns(clientColumns(t, settings.currency, periodSearch(resolved)), searchParams.get("cols"));
    const rows = streamTableRows(db, clientListSource(orgId, resolved.period, settings), parseTableQuery(CLIENTS_TABLE, params));
    return csvDownload(t.exportName, columns, rows);
  });
}
