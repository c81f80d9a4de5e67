"use client";

import { useMemo } from "react";
import { useLocale } from "@/components/locale-provider";
import { ServerDataTable } from "@/components/server-data-table";
import type { ExplainRow } from "@/db/queries/explain/explain";
import type { TablePage } from "@/lib/tables/table-query";
import { explainMessages } from "../messages";
import { explainColumns, type ExplainTableSpec } from "./columns";
import { EXPLAIN_TABLE } from "./table-spec";

interface Props extends ExplainTableSpec {
  page: TablePage<ExplainRow>;
  caption: string;
}

export function RecordsTable({ page, caption, figure, set, currency }: Props) {
  const t = explainMessages(useLocale());
  const columns = useMemo(() => explainColumns(t, { figure, set, currency }), [t, figure, set, currency]);
  return (
    <ServerDataTable
      columns={columns}
      spec={EXPLAIN_TABLE}
      page={page}
      csvPath={`/explain/${encodeURIComponent(figure.metric)}/export`}
      caption={caption}
      emptyMessage={t.tableEmpty}
      getRowId={(r) => r.id}
      compact
    />
  );
}
