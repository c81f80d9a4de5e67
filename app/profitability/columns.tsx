import { Link } from "@/components/link";
import type { DataTableColumn } from "@/components/data-table";
import { explainedCell } from "@/components/explain-link";
import type { Locale } from "@/lib/format/locale";
import type { Period } from "@/lib/kpi/period";
import type { ClientProfitability } from "@/lib/kpi/report-schema";
import { formatHours, formatMoney, formatNumber, formatPercent } from "@/lib/format/number";
import { MarginBadge } from "./band-badge";
import type { ProfitabilityMessages } from "./messages";
import type { ProfitabilityRow } from "./rows";

// Columns of the clients' profitability table: raw values for sorting, filtering and CSV; cells
// formatted for the locale; each figure links to its explanation for the row's client.

type Figure = keyof ClientProfitability;

export function profitabilityColumns(t: ProfitabilityMessages, currency: string, periodQuery: string, period: Period): DataTableColumn<ProfitabilityRow>[] {
  const c = t.table;
  const explained = (key: Figure, header: string, text: (value: number | null, l: Locale) => string) =>
    explainedCell<ProfitabilityRow>(`client.${key}`, period, header, (r) => r.name, (r, l) => text(r[key], l));
  const money = (key: Figure, header: string) => explained(key, header, (v, l) => formatMoney(v, currency, l));
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
    { id: "mrr", header: c.mrr, numeric: true, value: (r) => r.mrr, cell: (r, l) => formatMoney(r.mrr, currency, l) },
    { id: "revenue", header: c.revenue, numeric: true, value: (r) => r.revenue_earned, cell: money("revenue_earned", c.revenue) },
    { id: "hardCost", header: c.hardCost, numeric: true, value: (r) => r.hard_cost, cell: money("hard_cost", c.hardCost) },
    { id: "labourCost", header: c.labourCost, numeric: true, value: (r) => r.labour_cost, cell: money("labour_cost", c.labourCost) },
    { id: "grossProfit", header: c.grossProfit, numeric: true, value: (r) => r.gross_profit, cell: money("gross_profit", c.grossProfit) },
    { id: "grossMargin", header: c.grossMargin, numeric: true, value: (r) => r.gross_margin, cell: explained("gross_margin", c.grossMargin, (v, l) => formatPercent(v, l)) },
    { id: "effectiveRate", header: c.effectiveRate, numeric: true, value: (r) => r.effective_hourly_rate, cell: money("effective_hourly_rate", c.effectiveRate) },
    { id: "loggedHours", header: c.loggedHours, numeric: true, value: (r) => r.logged_hours, cell: explained("logged_hours", c.loggedHours, (v, l) => formatHours(v, l)) },
    { id: "reactiveHours", header: c.reactiveHours, numeric: true, value: (r) => r.reactive_hours, cell: explained("reactive_hours", c.reactiveHours, (v, l) => formatHours(v, l)), hidden: true },
    {
      id: "reactivePerEndpoint",
      header: c.reactivePerEndpoint,
      numeric: true,
      value: (r) => r.reactive_hours_per_endpoint,
      cell: explained("reactive_hours_per_endpoint", c.reactivePerEndpoint, (v, l) => formatNumber(v, l, { digits: 2 })),
    },
    {
      id: "costedShare",
      header: c.costedShare,
      numeric: true,
      value: (r) => r.costed_hours_share,
      cell: explained("costed_hours_share", c.costedShare, (v, l) => formatPercent(v, l)),
      hidden: true,
    },
  ];
}
