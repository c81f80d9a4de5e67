"use client";

import { useMemo } from "react";
import { DataTable } from "@/components/data-table";
import { useLocale } from "@/components/locale-provider";
import { importRunColumns } from "./columns";
import { importsMessages } from "./messages";
import type { ImportRunView } from "./types";

export function ImportHistoryTable({ runs, timeZone }: { runs: ImportRunView[]; timeZone: string }) {
  const t = importsMessages(useLocale());
  const columns = useMemo(() => importRunColumns(t, timeZone), [t, timeZone]);
  return (
    <DataTable
      columns={columns}
      data={runs}
      caption={t.history.caption}
      exportFileName="import-history.csv"
      initialSort={{ id: "when", desc: true }}
      pageSize={10}
      getRowId={(r) => String(r.id)}
    />
  );
}
