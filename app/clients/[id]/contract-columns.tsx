import type { DataTableColumn } from "@/components/data-table";
import type { ContractRow } from "@/db/queries/services";
import { formatDate } from "@/lib/format/date";
import { formatMoney, formatNumber } from "@/lib/format/number";
import type { ClientsMessages } from "../messages";

const STATUS_TONE: Record<ContractRow["status"], string> = {
  active: "bg-emerald-50 text-emerald-800 ring-emerald-600/30",
  ended: "bg-gray-100 text-gray-700 ring-gray-500/30",
  future: "bg-blue-50 text-blue-800 ring-blue-600/30",
};

export function contractColumns(t: ClientsMessages, currency: string): DataTableColumn<ContractRow>[] {
  return [
    { id: "service", header: t.contractCol.service, value: (r) => r.service, hideable: false },
    { id: "tier", header: t.contractCol.tier, value: (r) => r.tier },
    { id: "units", header: t.contractCol.units, numeric: true, value: (r) => (r.units === null ? null : Number(r.units)), cell: (r, l) => formatNumber(r.units, l) },
    {
      id: "monthlyValue",
      header: t.contractCol.monthlyValue,
      numeric: true,
      value: (r) => Number(r.monthlyValue),
      csv: (r) => r.monthlyValue,
      cell: (r, l) => formatMoney(r.monthlyValue, currency, l),
    },
    { id: "start", header: t.contractCol.start, value: (r) => r.startDate, cell: (r, l) => <span className="whitespace-nowrap">{formatDate(r.startDate, l)}</span> },
    { id: "end", header: t.contractCol.end, value: (r) => r.endDate, cell: (r, l) => <span className="whitespace-nowrap">{formatDate(r.endDate, l)}</span> },
    { id: "salesperson", header: t.contractCol.salesperson, value: (r) => r.salesperson },
    {
      id: "status",
      header: t.contractCol.status,
      value: (r) => t.status[r.status],
      filter: "select",
      cell: (r) => (
        <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STATUS_TONE[r.status]}`}>{t.status[r.status]}</span>
      ),
    },
  ];
}
