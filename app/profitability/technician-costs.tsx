"use client";

import { useMemo } from "react";
import { DataTable, type DataTableColumn } from "@/components/data-table";
import { useLocale } from "@/components/locale-provider";
import { formatMoney } from "@/lib/format/number";
import { profitabilityMessages, type ProfitabilityMessages } from "./messages";

export interface TechnicianCostRow {
  name: string;
  costRate: number | null;
  labourCost: number | null;
}

function columns(t: ProfitabilityMessages, currency: string): DataTableColumn<TechnicianCostRow>[] {
  const c = t.technicians;
  const money = (v: number | null, l: Parameters<typeof formatMoney>[2]) => (v === null ? c.noRate : formatMoney(v, currency, l));
  return [
    { id: "name", header: c.technician, value: (r) => r.name, hideable: false },
    { id: "costRate", header: c.costRate, numeric: true, value: (r) => r.costRate, cell: (r, l) => money(r.costRate, l) },
    { id: "labourCost", header: c.labourCost, numeric: true, value: (r) => r.labourCost, cell: (r, l) => money(r.labourCost, l) },
  ];
}

/** Labour cost per technician: owners only (the page leaves it out for managers). */
export function TechnicianCosts({ rows, currency }: { rows: TechnicianCostRow[]; currency: string }) {
  const t = profitabilityMessages(useLocale());
  const cols = useMemo(() => columns(t, currency), [t, currency]);
  return (
    <section aria-labelledby="labour-heading" className="flex flex-col gap-3">
      <div>
        <h2 id="labour-heading" className="text-base font-semibold text-gray-900">
          {t.technicians.heading}
        </h2>
        <p className="mt-1 text-sm text-gray-600">{t.technicians.hint}</p>
      </div>
      <DataTable columns={cols} data={rows} caption={t.technicians.caption} exportFileName={t.technicians.exportName} initialSort={{ id: "labourCost", desc: true }} getRowId={(r) => r.name} />
    </section>
  );
}
