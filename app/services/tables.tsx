"use client";

import { useMemo } from "react";
import { DataTable } from "@/components/data-table";
import { useLocale } from "@/components/locale-provider";
import type { CrossSellRow, ServiceRow } from "@/db/queries/services";
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

export function CrossSellTable({ rows, services, currency }: { rows: CrossSellRow[]; services: string[]; currency: string }) {
  const t = servicesMessages(useLocale());
  const columns = useMemo(() => crossSellColumns(t, currency, services), [t, currency, services]);
  return (
    <DataTable
      columns={columns}
      data={rows}
      caption={t.crossSell.caption}
      emptyMessage={t.crossSell.none}
      exportFileName={t.crossSell.exportName}
      initialSort={{ id: "missingCount", desc: true }}
      getRowId={(r) => String(r.clientId)}
    />
  );
}
