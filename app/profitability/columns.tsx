import Link from "next/link";
import type { DataTableColumn } from "@/components/data-table";
import { formatHours, formatMoney, formatNumber, formatPercent } from "@/lib/format/number";
import { MarginBadge } from "./band-badge";
import type { ProfitabilityMessages } from "./messages";
import type { ProfitabilityRow } from "./rows";

// Columns of the clients' profitability table: raw values for sorting, filtering and CSV; cells
// formatted for the locale.

export function profitabilityColumns(t: ProfitabilityMessages, currency: string, periodQuery: string): DataTableColumn<ProfitabilityRow>[] {
  const c = t.table;
  const money = (pick: (r: ProfitabilityRow) => number | null) => (r: ProfitabilityRow, l: Parameters<typeof formatMoney>[2]) => formatMoney(pick(r), currency, l);
  return [
    {
      id: "name",
      header: c.client,
      value: (r) => r.name,
      hideable: false,
      cell: (r) =>
        r.id === null ? (
          <span className="whitespace-nowrap font-medium text-gray-900">{r.name}</span>
        ) : (
          <Link href={`/clients/${r.id}?${periodQuery}`} className="whitespace-nowrap font-medium text-blue-800 hover:underline">
            {r.name}
          </Link>
        ),
    },
    { id: "band", header: c.band, value: (r) => t.bands[r.band ?? "none"], filter: "select", cell: (r) => <MarginBadge band={r.band} t={t} /> },
    { id: "mrr", header: c.mrr, numeric: true, value: (r) => r.mrr, cell: money((r) => r.mrr) },
    { id: "revenue", header: c.revenue, numeric: true, value: (r) => r.revenue_earned, cell: money((r) => r.revenue_earned) },
    { id: "hardCost", header: c.hardCost, numeric: true, value: (r) => r.hard_cost, cell: money((r) => r.hard_cost) },
    { id: "labourCost", header: c.labourCost, numeric: true, value: (r) => r.labour_cost, cell: money((r) => r.labour_cost) },
    { id: "grossProfit", header: c.grossProfit, numeric: true, value: (r) => r.gross_profit, cell: money((r) => r.gross_profit) },
    { id: "grossMargin", header: c.grossMargin, numeric: true, value: (r) => r.gross_margin, cell: (r, l) => formatPercent(r.gross_margin, l) },
    { id: "effectiveRate", header: c.effectiveRate, numeric: true, value: (r) => r.effective_hourly_rate, cell: money((r) => r.effective_hourly_rate) },
    { id: "loggedHours", header: c.loggedHours, numeric: true, value: (r) => r.logged_hours, cell: (r, l) => formatHours(r.logged_hours, l) },
    { id: "reactiveHours", header: c.reactiveHours, numeric: true, value: (r) => r.reactive_hours, cell: (r, l) => formatHours(r.reactive_hours, l), hidden: true },
    {
      id: "reactivePerEndpoint",
      header: c.reactivePerEndpoint,
      numeric: true,
      value: (r) => r.reactive_hours_per_endpoint,
      cell: (r, l) => formatNumber(r.reactive_hours_per_endpoint, l, { digits: 2 }),
    },
    { id: "costedShare", header: c.costedShare, numeric: true, value: (r) => r.costed_hours_share, cell: (r, l) => formatPercent(r.costed_hours_share, l), hidden: true },
  ];
}
