"use client";

import { useLocale } from "@/components/locale-provider";
import { ServerDataTable } from "@/components/server-data-table";
import type { AuditLine } from "@/db/auth/audit";
import type { TableQuery } from "@/lib/tables/table-query";
import { auditColumns } from "./audit-columns";
import { AUDIT_TABLE } from "./audit-spec";
import { accessMessages } from "./messages";

export interface AuditTableProps {
  rows: AuditLine[];
  timeZone: string;
  query: TableQuery;
  total: number;
  options: Record<string, string[]>;
}

export function AuditTable({ rows, timeZone, query, total, options }: AuditTableProps) {
  const locale = useLocale();
  const m = accessMessages(locale).audit;
  return (
    <ServerDataTable
      columns={auditColumns(m, locale, timeZone)}
      data={rows}
      spec={AUDIT_TABLE}
      query={query}
      total={total}
      options={options}
      csvPath="/settings/access/audit"
      caption={m.caption}
      emptyMessage={m.empty}
      getRowId={(r) => String(r.id)}
    />
  );
}
