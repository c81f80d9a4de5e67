"use client";

import { useMemo } from "react";
import { DataTable } from "@/components/data-table";
import { useLocale } from "@/components/locale-provider";
import type { Period } from "@/lib/kpi/period";
import { technicianColumns } from "./columns";
import { techniciansMessages } from "./messages";
import type { TechnicianTableRow } from "./rows";

export function TechniciansTable({ rows, currency, period }: { rows: TechnicianTableRow[]; currency: string; period: Period }) {
  const t = techniciansMessages(useLocale());
  const columns = useMemo(() => technicianColumns(t, currency, period), [t, currency, period]);
  return (
    <DataTable
      columns={columns}
      data={rows}
      caption={t.table.caption}
      exportFileName={t.table.exportName}
      initialSort={{ id: "loggedUtilization", desc: true }}
      getRowId={(r) => String(r.id)}
    />
  );
}
