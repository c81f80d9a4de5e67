"use client";

import { useLocale } from "@/components/locale-provider";
import { ServerDataTable } from "@/components/server-data-table";
import type { AuditLine } from "@/db/auth/audit";
import type { TablePage } from "@/lib/tables/table-query";
import { auditColumns } from "./audit-columns";
import { AUDIT_TABLE } from "./audit-spec";
import { accessMessages } from "./messages";

export function AuditTable({ page, timeZone }: { page: TablePage<AuditLine>; timeZone: string }) {
  const locale = useLocale();
  const m = accessMessages(locale).audit;
  return (
    <ServerDataTable
      columns={auditColumns(m, locale, timeZone)}
      spec={AUDIT_TABLE}
      page={page}
      csvPath="/settings/access/audit"
      caption={m.caption}
      emptyMessage={m.empty}
      getRowId={(r) => String(r.id)}
    />
  );
}
