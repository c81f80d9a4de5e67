import type { DataTableColumn } from "@/components/data-table";
import type { AuditLine } from "@/db/auth/audit";
import { formatDateTime } from "@/lib/format/date";
import type { Locale } from "@/lib/format/locale";
import type { AccessMessages } from "./messages";

/** The audit log's columns, for the table and its CSV export. */
export function auditColumns(m: AccessMessages["audit"], locale: Locale, timeZone: string): DataTableColumn<AuditLine>[] {
  return [
    { id: "at", header: m.at, value: (r) => r.at, cell: (r) => formatDateTime(r.at, locale, timeZone) },
    { id: "actor", header: m.actor, value: (r) => r.actor, filter: "select" },
    { id: "action", header: m.action, value: (r) => r.action, filter: "select" },
    { id: "subject", header: m.subject, value: (r) => r.subject },
    { id: "details", header: m.details, value: (r) => r.details, sortable: false },
  ];
}
