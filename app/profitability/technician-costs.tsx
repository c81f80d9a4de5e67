"use client";

import { useMemo } from "react";
import { DataTable, type DataTableColumn } from "@/components/data-table";
import { explainedCell } from "@/components/explain-link";
import { useLocale } from "@/components/locale-provider";
import type { Period } from "@/lib/kpi/period";
import { formatMoney } from "@/lib/format/number";
import { profitabilityMessages, type ProfitabilityMessages } from "./messages";

export interface TechnicianCostRow {
  name: string;
  costRate: number | null;
  labourCost: number | null;
}

function columns(t: ProfitabilityMessages, currency: string, period: Period): DataTableColumn<TechnicianCostRow>[] {
  const c = t.technicians;
  // Each figure links to its explanation for the row's technician.
  const money = (metric: string, header: string, pick: (r: TechnicianCostRow) => number | null) =>
    explainedCell<TechnicianCostRow>(metric, period, header, (r) => r.name, (r, l) => {
      const v = pick(r);
      return v === null ? c.noRate : formatMoney(v, currency, l);
    });
  return [
    { id: "name", header: c.technician, value: (r) => r.name, hideable: false },
    { id: "costRate", header: c.costRate, numeric: true, value: (r) => r.costRate, cell: money("technician.cost_rate", c.costRate, (r) => r.costRate) },
    { id: "labourCost", header: c.labourCost, numeric: true, value: (r) => r.labourCost, cell: money("technician.labour_cost", c.labourCost, (r) => r.labourCost) },
  ];
}

/** Labour cost per technician: owners only (the page leaves it out for managers). */
export function TechnicianCosts({ rows, currency, period }: { rows: TechnicianCostRow[]; currency: string; period: Period }) {
  const t = profitabilityMessages(useLocale());
  const cols = useMemo(() => columns(t, currency, period), [t, currency, period]);
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
