"use client";

import { useMemo } from "react";
import { DataTable, type DataTableColumn } from "@/components/data-table";
import { GoalStatusBadge } from "@/components/goal-badge";
import { useLocale } from "@/components/locale-provider";
import { formatDate } from "@/lib/format/date";
import { GoalActions } from "./goal-actions";
import { goalsMessages, type GoalsMessages } from "./messages";
import type { GoalRow } from "./rows";

function goalColumns(t: GoalsMessages, canManage: boolean): DataTableColumn<GoalRow>[] {
  const c = t.col;
  const columns: DataTableColumn<GoalRow>[] = [
    {
      id: "figure",
      header: c.figure,
      value: (r) => r.figure,
      hideable: false,
      // The source under the figure, so the table stays narrow enough to show the projection.
      cell: (r) => (
        <span className="block min-w-48 max-w-xs">
          <span className="font-medium text-gray-900">{r.figure}</span>
          {r.source ? <span data-source className="mt-0.5 block text-xs text-gray-600">{r.source}</span> : null}
        </span>
      ),
    },
    { id: "who", header: c.who, value: (r) => r.who, filter: "select" },
    { id: "target", header: c.target, value: (r) => r.target, cell: (r) => <span className="whitespace-nowrap tabular-nums">{r.target}</span> },
    { id: "current", header: c.current, value: (r) => r.current, cell: (r) => <span className="tabular-nums">{r.current}</span> },
    { id: "status", header: c.status, value: (r) => r.statusLabel, filter: "select", cell: (r) => <GoalStatusBadge status={r.status} /> },
    { id: "dueDate", header: c.dueDate, value: (r) => r.dueDate, cell: (r, l) => (r.dueDate ? <span className="whitespace-nowrap">{formatDate(r.dueDate, l)}</span> : null) },
    {
      id: "projection",
      header: c.projection,
      value: (r) => r.projection,
      cell: (r) =>
        r.projection ? (
          <span data-projection className="block min-w-56">
            <span className="font-medium text-gray-900">{r.projection}</span>
            <span className="mt-0.5 block text-xs text-gray-600">{t.projection.method}</span>
          </span>
        ) : null,
    },
    { id: "source", header: c.source, value: (r) => r.source, hidden: true },
  ];
  if (!canManage) return columns;
  return [
    ...columns,
    { id: "actions", header: c.actions, value: () => null, sortable: false, hideable: false, csv: () => null, cell: (r) => <GoalActions goalRef={r.ref} figure={`${r.figure} · ${r.who}`} /> },
  ];
}

export function GoalsTable({ rows, canManage }: { rows: GoalRow[]; canManage: boolean }) {
  const t = goalsMessages(useLocale());
  const columns = useMemo(() => goalColumns(t, canManage), [t, canManage]);
  return <DataTable columns={columns} data={rows} caption={t.caption} exportFileName={t.exportName} getRowId={(r) => r.ref} />;
}
