// GET /settings/access/audit?sort=…&dir=…&q=…&f-…=…&cols=… — every audit entry matching the log's
// search and filters, in its order, as CSV streamed from the database (owner only, like the page).
import { auditSource } from "@/db/auth/audit";
import { getOrgTimeZone } from "@/db/queries/org-settings";
import { streamTableRows } from "@/db/tables/sql-table";
import { parseTableQuery } from "@/lib/tables/table-query-schema";
import { tableCsvRoute } from "@/server/tables/csv-response";
import { auditColumns } from "../audit-columns";
import { AUDIT_TABLE } from "../audit-spec";
import { accessMessages } from "../messages";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = tableCsvRoute("owner", async ({ db, orgId, locale, params }) => ({
  fileName: "audit-log.csv",
  columns: auditColumns(accessMessages(locale).audit, locale, await getOrgTimeZone(db, orgId)),
  rows: streamTableRows(db, auditSource(orgId), parseTableQuery(AUDIT_TABLE, params)),
}));
