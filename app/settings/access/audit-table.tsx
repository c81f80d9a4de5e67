"use client";

import { DataTable, type DataTableColumn } from "@/components/data-table";
import { useLocale } from "@/components/locale-provider";
import { formatDateTime } from "@/lib/format/date";
import { accessMessages } from "./messages";

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  subject: string | null;
  details: string | null;
}

export function AuditTable({ rows, timeZone }: { rows: AuditRow[]; timeZone: string }) {
  const locale = useLocale();
  const m = accessMessages(locale).audit;
  const columns: DataTableColumn<AuditRow>[] = [
    { id: "at", header: m.at, value: (r) => r.at, cell: (r) => formatDateTime(r.at, locale, timeZone) },
    { id: "actor", header: m.actor, value: (r) => r.actor, filter: "select" },
    { id: "action", header: m.action, value: (r) => r.action, filter: "select" },
    { id: "subject", header: m.subject, value: (r) => r.subject },
    { id: "details", header: m.details, value: (r) => r.details, sortable: false },
  ];
  return <DataTable columns={columns} data={rows} caption={m.caption} emptyMessage={m.empty} exportFileName="audit-log.csv" getRowId={(r) => String(r.id)} />;
}
