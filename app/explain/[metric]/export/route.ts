// GET /explain/<metric>/export?from=…&to=…&subject=…&rows=…&sort=…&dir=…&q=…&f-term=…&cols=… — the
// drill-down's records of one set (counted by default), every row matching the table's search and
// filter, in its order, as CSV: streamed from the database a chunk at a time.
import { explainSource } from "@/db/queries/explain/explain";
import { ensureKpiRollups } from "@/db/queries/kpi";
import { getKpiSettings } from "@/db/queries/org-settings";
import { streamTableRows } from "@/db/tables/sql-table";
import { roleAtLeast } from "@/lib/auth/roles";
import { explainedFigure, metricFromPath, recordSetOf, reportParts } from "@/lib/explain/figures";
import { costFigureRole } from "@/lib/explain/figures-profit";
import { AppError } from "@/lib/errors";
import { partsServed } from "@/lib/kpi/served-report";
import { periodFromSearchParams } from "@/lib/kpi/url-period";
import { parseTableQuery } from "@/lib/tables/table-query-schema";
import { tableCsvRoute } from "@/server/tables/csv-response";
import { explainMessages } from "../../messages";
import { explainColumns } from "../columns";
import { EXPLAIN_TABLE } from "../table-spec";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ metric: string }> }): Promise<Response> {
  const metric = metricFromPath((await params).metric);
  return tableCsvRoute("viewer", async ({ db, orgId, role, locale, params: query }) => {
    const costRole = costFigureRole(metric);
    if (costRole && !roleAtLeast(role, costRole)) throw new AppError("forbidden", costRole === "owner" ? explainMessages(locale).ownerCosts : explainMessages(locale).viewerCosts);
    const figure = explainedFigure(metric);
    if (!partsServed(reportParts(metric), role)) throw new AppError("forbidden", `${metric} is for managers and owners.`);
    const subject = query.subject || null;
    if (!figure) throw new AppError("not_found", `The records behind ${metric} are not listed.`);
    if (figure.subject && !subject) throw new AppError("bad_request", "subject: this figure is per client or technician; name one.");
    const settings = await ensureKpiRollups(db, orgId, await getKpiSettings(db, orgId));
    const { period } = periodFromSearchParams(query, new Date(), settings.timeZone);
    const set = recordSetOf(figure, query.rows);
    const source = explainSource({ orgId, figure, period, settings, subject: figure.subject ? subject : null }, set);
    return {
      fileName: explainMessages(locale).exportName(metric),
      columns: explainColumns(explainMessages(locale), { figure, set, currency: settings.currency }),
      rows: streamTableRows(db, source, parseTableQuery(EXPLAIN_TABLE, query)),
    };
  })(req);
}
