"use client";

import { Link } from "@/components/link";
import { useMemo } from "react";
import { DataTable, type DataTableColumn } from "@/components/data-table";
import { explainedCell } from "@/components/explain-link";
import { useLocale } from "@/components/locale-provider";
import { formatPercent } from "@/lib/format/number";
import type { Period } from "@/lib/kpi/period";
import type { PatchStatusRow } from "@/lib/patch-report";
import { patchMessages, type PatchMessages } from "./messages";

function columns(t: PatchMessages, period: Period): DataTableColumn<PatchStatusRow>[] {
  const share = explainedCell("client.patched", period, t.col.share, (r: PatchStatusRow) => r.client, (r, l) => formatPercent(r.upToDateShare, l, { digits: 1 }));
  return [
    {
      id: "client",
      header: t.col.client,
      value: (r) => r.client,
      filter: "text",
      hideable: false,
      cell: (r) => <Link href={`/clients/${r.clientId}/qbr`} className="font-medium text-blue-800 hover:underline">{r.client}</Link>,
    },
    { id: "managed", header: t.col.managed, numeric: true, value: (r) => r.managed },
    { id: "upToDate", header: t.col.upToDate, numeric: true, value: (r) => r.upToDate },
    { id: "share", header: t.col.share, numeric: true, value: (r) => r.upToDateShare, cell: (r, l) => (r.upToDateShare === null ? formatPercent(null, l) : share(r, l)) },
    { id: "notUpToDate", header: t.col.notUpToDate, numeric: true, value: (r) => r.notUpToDate },
    { id: "patchesMissing", header: t.col.patchesMissing, numeric: true, value: (r) => r.patchesMissing },
    { id: "noStatus", header: t.col.noStatus, numeric: true, value: (r) => r.noStatus, hidden: true },
    { id: "notSeen", header: t.col.notSeen, numeric: true, value: (r) => r.notSeen },
  ];
}

export function PatchTable({ rows, period }: { rows: PatchStatusRow[]; period: Period }) {
  const t = patchMessages(useLocale());
  const cols = useMemo(() => columns(t, period), [t, period]);
  return (
    <DataTable
      columns={cols}
      data={rows}
      caption={t.tableCaption}
      emptyMessage={t.tableEmpty}
      exportFileName={t.exportName}
      initialSort={{ id: "share" }}
      getRowId={(r) => String(r.clientId)}
    />
  );
}
