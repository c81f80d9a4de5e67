"use client";

import { useMemo } from "react";
import { useLocale } from "@/components/locale-provider";
import { ServerDataTable } from "@/components/server-data-table";
import type { ClientRow } from "@/db/queries/clients";
import type { TablePage } from "@/lib/tables/table-query";
import { clientColumns } from "./columns";
import { clientsMessages } from "./messages";
import { CLIENTS_TABLE } from "./table-spec";

export function ClientsTable({ page, currency, periodQuery }: { page: TablePage<ClientRow>; currency: string; periodQuery: string }) {
  const t = clientsMessages(useLocale());
  const columns = useMemo(() => clientColumns(t, currency, periodQuery), [t, currency, periodQuery]);
  return (
    <ServerDataTable
      columns={columns}
      spec={CLIENTS_TABLE}
      page={page}
      csvPath="/clients/export"
      caption={t.tableCaption}
      emptyMessage={t.tableEmpty}
      getRowId={(r) => String(r.id)}
    />
  );
}
