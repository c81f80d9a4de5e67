import type { Database } from "@/db/client";
import { clientListSource } from "@/db/queries/client-list";
import type { ClientRow } from "@/db/queries/clients";
import { queryTablePage } from "@/db/tables/sql-table";
import type { Period } from "@/lib/kpi/period";
import { parseTableQuery } from "@/lib/tables/table-query-schema";
import { CLIENTS_TABLE } from "@/app/clients/table-spec";

/** Every row of the clients list (up to 100), by name, as the /clients page reads them. */
export async function allClientRows(db: Database, orgId: number, period: Period): Promise<ClientRow[]> {
  const query = parseTableQuery(CLIENTS_TABLE, { sort: "name", dir: "asc", size: "100" });
  return (await queryTablePage(db, clientListSource(orgId, period), query)).rows;
}
