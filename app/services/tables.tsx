"use client";

import { useMemo } from "react";
import { DataTable } from "@/components/data-table";
import { useLocale } from "@/components/locale-provider";
import { ServerDataTable } from "@/components/server-data-table";
import type { CrossSellRow, ServiceRow } from "@/db/queries/services";
import type { TableQuery, TableSpec } from "@/lib/tables/table-query";
import { crossSellColumns, serviceColumns } from "./columns";
import { servicesMessages } from "./messages";

export function ServicesTable({ rows, currency }: { rows: ServiceRow[]; currency: string }) {
  const t = servicesMessages(useLocale());
  const columns = useMemo(() => serviceColumns(t, currency), [t, currency]);
  return (
    <DataTable
      columns={columns}
      data={rows}
      caption={t.services.caption}
      exportFileName={t.services.exportName}
      initialSort={{ id: "mrr", desc: true }}
      getRowId={(r) => r.service}
    />
  );
}

export interface CrossSellTableProps {
  rows: CrossSellRow[];
  services: string[];
  currency: string;
  spec: TableSpec;
  query: TableQuery;
  total: number;
  options: Record<string, string[]>;
}

export function CrossSellTable({ rows, services, currency, spec, query, total, options }: CrossSellTableProps) {
  const t = servicesMessages(useLocale());
  const columns = useMemo(() => crossSellColumns(t, currency, services), [t, currency, services]);
  return (
    <ServerDataTable
      columns={columns}
      data={rows}
      spec={spec}
      query={query}
      total={total}
      options={options}
      csvPath="/services/cross-sell"
      caption={t.crossSell.caption}
      emptyMessage={t.crossSell.none}
      getRowId={(r) => String(r.clientId)}
    />
  );
}
