"use client";

import { useMemo } from "react";
import { DataTable } from "@/components/data-table";
import { useLocale } from "@/components/locale-provider";
import { rejectedRowColumns } from "./columns";
import { importsMessages } from "./messages";
import type { RowError } from "./types";

export function RejectedRowsTable({ errors, runId }: { errors: RowError[]; runId: number }) {
  const t = importsMessages(useLocale());
  const columns = useMemo(() => rejectedRowColumns(t), [t]);
  return (
    <DataTable
      columns={columns}
      data={errors}
      caption={t.rejected.caption}
      emptyMessage={t.result.rejectedNone}
      exportFileName={`rejected-rows-${runId}.csv`}
      initialSort={{ id: "line" }}
      pageSize={10}
    />
  );
}
