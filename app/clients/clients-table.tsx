"use client";

import { useMemo } from "react";
import { DataTable } from "@/components/data-table";
import { useLocale } from "@/components/locale-provider";
import type { ClientRow } from "@/db/queries/clients";
import { clientColumns } from "./columns";
import { clientsMessages } from "./messages";

export function ClientsTable({ rows, currency, periodQuery }: { rows: ClientRow[]; currency: string; periodQuery: string }) {
  const t = clientsMessages(useLocale());
  const columns = useMemo(() => clientColumns(t, currency, periodQuery), [t, currency, periodQuery]);
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
