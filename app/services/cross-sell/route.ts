// GET /services/cross-sell?period=…&sort=…&dir=…&q=…&f-segment=…&cols=… — every row of the
// cross-sell matrix matching its search and filter, in its order, as CSV streamed from the database.
import { getKpiSettings } from "@/db/queries/org-settings";
import { crossSellSource, servicesHeld } from "@/db/queries/services";
import { streamTableRows } from "@/db/tables/sql-table";
import { getLocale } from "@/lib/format/server-locale";
import { handle } from "@/lib/http/api-error";
import { periodFromSearchParams } from "@/lib/kpi/url-period";
import { parseTableQuery } from "@/lib/tables/table-query";
import { csvDownload, exportColumns } from "@/server/tables/csv-response";
import { requestContext } from "@/server/request-context";
import { crossSellColumns } from "../columns";
import { crossSellSpec } from "../cross-sell-spec";
import { servicesMessages } from "../messages";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(req: Request): Promise<Response> {
  return handle(async () => {
    const searchParams = new URL(req.url).searchParams;
    const params = Object.fromEntries(searchParams);
    const [{ db, orgId }, locale] = await Promise.all([requestContext("viewer"), getLocale()]);
    const settings = await getKpiSettings(db, orgId);
    const { period } = periodFromSearchParams(params, new Date(), settings.timeZone);
    const services = (await servicesHeld(db, orgId, period.to)).map((h) => h.service);
    const t = servicesMessages(locale);
    const columns = exportColumns(crossSellColumns(t, settings.currency, services), searchParams.get("cols"));
    const rows = streamTableRows(db, crossSellSource(orgId, period.to, services), parseTableQuery(crossSellSpec(services), params));
    return csvDownload(t.crossSell.exportName, columns, rows);
  });
}
