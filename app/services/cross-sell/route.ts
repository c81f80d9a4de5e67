// GET /services/cross-sell?period=…&sort=…&dir=…&q=…&f-segment=…&cols=… — every row of the
// cross-sell matrix matching its search and filter, in its order, as CSV streamed from the database.
import { getKpiSettings } from "@/db/queries/org-settings";
import { crossSellSource, servicesHeld } from "@/db/queries/services";
import { streamTableRows } from "@/db/tables/sql-table";
import { periodFromSearchParams } from "@/lib/kpi/url-period";
import { parseTableQuery } from "@/lib/tables/table-query-schema";
import { tableCsvRoute } from "@/server/tables/csv-response";
import { crossSellColumns } from "../columns";
import { crossSellSpec } from "../cross-sell-spec";
import { servicesMessages } from "../messages";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = tableCsvRoute("viewer", async ({ db, orgId, locale, params }) => {
  const settings = await getKpiSettings(db, orgId);
  const { period } = periodFromSearchParams(params, new Date(), settings.timeZone);
  const services = (await servicesHeld(db, orgId, period.to)).map((h) => h.service);
  const t = servicesMessages(locale);
  return {
    fileName: t.crossSell.exportName,
    columns: crossSellColumns(t, settings.currency, services),
    rows: streamTableRows(db, crossSellSource(orgId, period.to, services), parseTableQuery(crossSellSpec(services), params)),
  };
});
