"use client";

import { useMemo } from "react";
import { useLocale } from "@/components/locale-provider";
import { ServerDataTable } from "@/components/server-data-table";
import type { ClientRow } from "@/db/queries/clients";
import type { TableQuery } from "@/lib/tables/table-query";
import { clientColumns } from "./columns";
import { clientsMessages } from "./messages";
import { CLIENTS_TABLE } from "./table-spec";

export interface ClientsTableProps {
  rows: ClientRow[];
  total: number;
  query: TableQuery;
  options: Record<string, string[]>;
  currency: string;
  periodQuery: string;
}

export function ClientsTable({ rows, total, query, options, currency, periodQuery }: ClientsTableProps) {
  const t = clientsMessages(useLocale());
  const columns = useMemo(() => clientColumns(t, currency, periodQuery), [t, currency, periodQuery]);
  return (
    <ServerDataTable
      columns={columns}
      data={rows}
      spec={CLIENTS_TABLE}
      query={query}
      total={total}
      options={options}
      csvPath="/clients/export"
      caption={t.tableCaption}
      emptyMessage={t.tableEmpty}
      getRowId={(r) => String(r.id)}
    />
  );
}
