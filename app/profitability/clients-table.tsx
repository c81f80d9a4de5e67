"use client";

import { useMemo } from "react";
import { DataTable } from "@/components/data-table";
import { useLocale } from "@/components/locale-provider";
import { profitabilityColumns } from "./columns";
import { profitabilityMessages } from "./messages";
import type { ProfitabilityRow } from "./rows";

export function ProfitabilityTable({ rows, currency, periodQuery }: { rows: ProfitabilityRow[]; currency: string; periodQuery: string }) {
  const t = profitabilityMessages(useLocale());
  const columns = useMemo(() => profitabilityColumns(t, currency, periodQuery), [t, currency, periodQuery]);
  return (
    <DataTable
      columns={columns}
      data={rows}
      caption={t.table.caption}
      exportFileName={t.table.exportName}
      // Losers first: the clients to act on lead.
      initialSort={{ id: "grossProfit", desc: false }}
      getRowId={(r) => r.name}
    />
  );
}
