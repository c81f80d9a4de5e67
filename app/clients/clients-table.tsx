"use client";

import { useMemo } from "react";
import { useLocale } from "@/components/locale-provider";
import { ServerDataTable } from "@/components/server-data-table";
import type { Period } from "@/lib/kpi/period";
import type { TablePage } from "@/lib/tables/table-query";
import { clientColumns, type ClientTableRow } from "./columns";
import { clientsMessages } from "./messages";
import { CLIENTS_TABLE } from "./table-spec";

interface Props {
  page: TablePage<ClientTableRow>;
  currency: string;
  periodQuery: string;
  /** The goals column starts shown when some goal is set on client figures. */
  showGoals: boolean;
  period: Period;
}

export function ClientsTable({ page, currency, periodQuery, showGoals, period }: Props) {
  const t = clientsMessages(useLocale());
  const columns = useMemo(() => clientColumns(t, currency, periodQuery, showGoals, period), [t, currency, periodQuery, showGoals, period]);
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
