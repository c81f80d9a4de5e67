"use client";

import { useMemo } from "react";
import { DataTable } from "@/components/data-table";
import { useLocale } from "@/components/locale-provider";
import { clientColumns, type ClientTableRow } from "./columns";
import { clientsMessages } from "./messages";

interface Props {
  rows: ClientTableRow[];
  currency: string;
  periodQuery: string;
  /** The goals column starts shown when some goal is set on client figures. */
  showGoals: boolean;
}

export function ClientsTable({ rows, currency, periodQuery, showGoals }: Props) {
  const t = clientsMessages(useLocale());
  const columns = useMemo(() => clientColumns(t, currency, periodQuery, showGoals), [t, currency, periodQuery, showGoals]);
  return (
    <DataTable
      columns={columns}
      data={rows}
      caption={t.tableCaption}
      emptyMessage={t.tableEmpty}
      exportFileName={t.exportName}
      initialSort={{ id: "mrr", desc: true }}
      getRowId={(r) => String(r.id)}
    />
  );
}
