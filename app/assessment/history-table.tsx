"use client";

import { DataTable, type DataTableColumn } from "@/components/data-table";
import { useLocale } from "@/components/locale-provider";
import { SECTION_IDS } from "@/lib/assessment/statements";
import { formatNumber } from "@/lib/format/number";
import type { HistoryPoint } from "./history-types";
import { assessmentMessages } from "./messages";
import { StageBadge } from "./stage-badge";
import { assessmentWording } from "./wording";

/** Every saved assessment, newest first, with its section and overall averages and stage. */
export function HistoryTable({ points }: { points: HistoryPoint[] }) {
  const locale = useLocale();
  const t = assessmentMessages(locale);
  const wording = assessmentWording(locale);
  const columns: DataTableColumn<HistoryPoint>[] = [
    { id: "takenAt", header: t.col.takenAt, value: (r) => r.takenAt, cell: (r) => r.label, hideable: false },
    ...SECTION_IDS.map(
      (s): DataTableColumn<HistoryPoint> => ({
        id: s,
        header: t.sectionShort[s],
        numeric: true,
        value: (r) => r.sections[s],
        cell: (r, l) => formatNumber(r.sections[s], l, { digits: 1 }),
      }),
    ),
    { id: "overall", header: t.col.overall, numeric: true, value: (r) => r.overall, cell: (r, l) => formatNumber(r.overall, l, { digits: 2 }) },
    {
      id: "stage",
      header: t.col.stage,
      value: (r) => wording.stages[r.stage].name,
      cell: (r) => <StageBadge stage={r.stage} label={wording.stages[r.stage].name} />,
    },
    { id: "takenBy", header: t.col.takenBy, value: (r) => r.takenBy, hidden: true },
  ];
  return (
    <DataTable
      columns={columns}
      data={points}
      caption={t.historyCaption}
      exportFileName={t.exportName}
      initialSort={{ id: "takenAt", desc: true }}
      pageSize={10}
      getRowId={(r) => String(r.id)}
    />
  );
}
