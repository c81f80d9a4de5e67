"use client";

import { useMemo } from "react";
import { DataTable } from "@/components/data-table";
import { useLocale } from "@/components/locale-provider";
import type { Period } from "@/lib/kpi/period";
import { profitabilityColumns } from "./columns";
import { profitabilityMessages } from "./messages";
import type { ProfitabilityRow } from "./rows";

interface Props {
  rows: ProfitabilityRow[];
  currency: string;
  periodQuery: string;
  period: Period;
}

export function ProfitabilityTable({ rows, currency, periodQuery, period }: Props) {
  const t = profitabilityMessages(useLocale());
  const columns = useMemo(() => profitabilityColumns(t, currency, periodQuery, period), [t, currency, periodQuery, period]);
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
