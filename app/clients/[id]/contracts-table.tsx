"use client";

import { useMemo } from "react";
import { DataTable } from "@/components/data-table";
import { useLocale } from "@/components/locale-provider";
import type { ContractRow } from "@/db/queries/services";
import { clientsMessages } from "../messages";
import { contractColumns } from "./contract-columns";

export function ContractsTable({ contracts, currency, fileName }: { contracts: ContractRow[]; currency: string; fileName: string }) {
  const t = clientsMessages(useLocale());
  const columns = useMemo(() => contractColumns(t, currency), [t, currency]);
  return (
    <DataTable
      columns={columns}
      data={contracts}
      caption={t.contractsCaption}
      emptyMessage={t.contractsEmpty}
      exportFileName={fileName}
      pageSize={10}
      getRowId={(r) => String(r.id)}
    />
  );
}
