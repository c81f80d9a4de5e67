"use client";

import { useMemo } from "react";
import { useLocale } from "@/components/locale-provider";
import { ServerDataTable } from "@/components/server-data-table";
import type { TableQuery } from "@/lib/tables/table-query";
import { importRunColumns } from "./columns";
import { IMPORT_HISTORY_TABLE } from "./history-spec";
import { importsMessages } from "./messages";
import type { ImportRunView } from "./types";

export interface ImportHistoryTableProps {
  runs: ImportRunView[];
  timeZone: string;
  query: TableQuery;
  total: number;
  options: Record<string, string[]>;
}

export function ImportHistoryTable({ runs, timeZone, query, total, options }: ImportHistoryTableProps) {
  const t = importsMessages(useLocale());
  const columns = useMemo(() => importRunColumns(t, timeZone), [t, timeZone]);
  return (
    <ServerDataTable
      columns={columns}
      data={runs}
      spec={IMPORT_HISTORY_TABLE}
      query={query}
      total={total}
      options={options}
      csvPath="/imports/history"
      caption={t.history.caption}
      getRowId={(r) => String(r.id)}
    />
  );
}
