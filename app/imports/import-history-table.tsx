"use client";

import { useMemo } from "react";
import { useLocale } from "@/components/locale-provider";
import { ServerDataTable } from "@/components/server-data-table";
import type { TablePage } from "@/lib/tables/table-query";
import { importRunColumns } from "./columns";
import { IMPORT_HISTORY_TABLE } from "./history-spec";
import { importsMessages } from "./messages";
import type { ImportRunView } from "./types";

export function ImportHistoryTable({ page, timeZone }: { page: TablePage<ImportRunView>; timeZone: string }) {
  const t = importsMessages(useLocale());
  const columns = useMemo(() => importRunColumns(t, timeZone), [t, timeZone]);
  return (
    <ServerDataTable
      columns={columns}
      spec={IMPORT_HISTORY_TABLE}
      page={page}
      csvPath="/imports/history"
      caption={t.history.caption}
      getRowId={(r) => String(r.id)}
    />
  );
}
