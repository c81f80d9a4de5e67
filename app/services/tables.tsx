"use client";

import { useMemo } from "react";
import { DataTable } from "@/components/data-table";
import { useLocale } from "@/components/locale-provider";
import { ServerDataTable } from "@/components/server-data-table";
import type { CrossSellRow, ServiceRow } from "@/db/queries/services";
import type { Period } from "@/lib/kpi/period";
import type { TablePage, TableSpec } from "@/lib/tables/table-query";
import { crossSellColumns, serviceColumns } from "./columns";
import { servicesMessages } from "./messages";

export function ServicesTable({ rows, currency, period }: { rows: ServiceRow[]; currency: string; period: Period }) {
  const t = servicesMessages(useLocale());
  const columns = useMemo(() => serviceColumns(t, currency, period), [t, currency, period]);
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

export function CrossSellTable({ page, services, currency, spec }: { page: TablePage<CrossSellRow>; services: string[]; currency: string; spec: TableSpec }) {
  const t = servicesMessages(useLocale());
  const columns = useMemo(() => crossSellColumns(t, currency, services), [t, currency, services]);
  return (
    <ServerDataTable
      columns={columns}
      spec={spec}
      page={page}
      csvPath="/services/cross-sell"
      caption={t.crossSell.caption}
      emptyMessage={t.crossSell.none}
      getRowId={(r) => String(r.clientId)}
    />
  );
}
