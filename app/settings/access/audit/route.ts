// GET /settings/access/audit?sort=…&dir=…&q=…&f-…=…&cols=… — every audit entry matching the log's
// search and filters, in its order, as CSV streamed from the database (owner only, like the page).
import { auditSource } from "@/db/auth/audit";
import { getOrgTimeZone } from "@/db/queries/org-settings";
import { streamTableRows } from "@/db/tables/sql-table";
import { getLocale } from "@/lib/format/server-locale";
import { handle } from "@/lib/http/api-error";
import { parseTableQuery } from "@/lib/tables/table-query";
import { csvDownload, exportColumns } from "@/server/tables/csv-response";
import { requestContext } from "@/server/request-context";
import { auditColumns } from "../audit-columns";
import { AUDIT_TABLE } from "../audit-spec";
import { accessMessages } from "../messages";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(req: Request): Promise<Response> {
  return handle(async () => {
    const searchParams = new URL(req.url).searchParams;
    const [{ db, orgId }, locale] = await Promise.all([requestContext("owner"), getLocale()]);
    const columns = exportColumns(auditColumns(accessMessages(locale).audit, locale, await getOrgTimeZone(db, orgId)), searchParams.get("cols"));
    const rows = streamTableRows(db, auditSource(orgId), parseTableQuery(AUDIT_TABLE, Object.fromEntries(searchParams)));
    return csvDownload("audit-log.csv", columns, rows);
  });
}
