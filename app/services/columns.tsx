import type { DataTableColumn } from "@/components/data-table";
import { explainedCell } from "@/components/explain-link";
import { ProgressBar } from "@/components/progress-bar";
import type { CrossSellRow, ServiceRow } from "@/db/queries/services";
import { formatDelta, formatMoney, formatPercent } from "@/lib/format/number";
import type { Period } from "@/lib/kpi/period";
import type { ServicesMessages } from "./messages";

export function serviceColumns(t: ServicesMessages, currency: string, period: Period): DataTableColumn<ServiceRow>[] {
  const c = t.services;
  const service = (r: ServiceRow) => r.service;
  const coverage = explainedCell("service.coverage", period, c.coverage, service, (r, l) => formatPercent(r.coverage, l));
  return [
    {
      id: "service",
      header: c.service,
      value: (r) => r.service,
      hideable: false,
      cell: (r) => <span className="whitespace-nowrap font-medium text-gray-900">{r.service}</span>,
    },
    { id: "mrr", header: c.mrr, numeric: true, value: (r) => r.mrr, cell: explainedCell("service.mrr", period, c.mrr, service, (r, l) => formatMoney(r.mrr, currency, l)) },
    { id: "mrrStart", header: c.mrrStart, numeric: true, value: (r) => r.mrrStart, cell: (r, l) => formatMoney(r.mrrStart, currency, l), hidden: true },
    {
      id: "change",
      header: c.change,
      numeric: true,
      value: (r) => Math.round((r.mrr - r.mrrStart) * 100) / 100,
      cell: (r, l) => formatDelta(Math.round((r.mrr - r.mrrStart) * 100) / 100, l, { kind: "money", currency }),
    },
    { id: "clients", header: c.clients, numeric: true, value: (r) => r.clients },
    {
      id: "coverage",
      header: c.coverage,
      numeric: true,
      value: (r) => r.coverage,
      cell: (r, l) => (
        <div className="ml-auto flex w-44 items-center gap-3">
          <div className="flex-1">
            <ProgressBar ratio={r.coverage} label={c.coverageLabel(r.service)} valueText={formatPercent(r.coverage, l)} hideLabel />
          </div>
          <span className="w-14 text-right">{coverage(r, l)}</span>
        </div>
      ),
    },
    { id: "contracts", header: c.contracts, numeric: true, value: (r) => r.contracts },
  ];
}

/** One column per service: does the client have it? ("Has it"/"Missing" in sorting and the CSV; sort a service's column to bring its gaps together.) */
export function crossSellColumns(t: ServicesMessages, currency: string, services: string[]): DataTableColumn<CrossSellRow>[] {
  const c = t.crossSell;
  return [
    {
      id: "client",
      header: c.client,
      value: (r) => r.client,
      hideable: false,
      cell: (r) => <span className="whitespace-nowrap font-medium text-gray-900">{r.client}</span>,
    },
    { id: "segment", header: c.segment, value: (r) => r.segment, filter: "select" },
    { id: "mrr", header: c.mrr, numeric: true, value: (r) => r.mrr, cell: (r, l) => formatMoney(r.mrr, currency, l) },
    { id: "missingCount", header: c.missingCount, numeric: true, value: (r) => r.missing.length },
    ...services.map(
      (service): DataTableColumn<CrossSellRow> => ({
        id: `service:${service}`,
        header: service,
        value: (r) => (r.has.includes(service) ? c.has : c.lacks),
        cell: (r) =>
          r.has.includes(service) ? (
            // relative: the sr-only text (position: absolute) stays inside the table's scroll box.
            <span className="relative text-emerald-700">
              <span aria-hidden="true">✓</span>
              <span className="sr-only">{c.has}</span>
            </span>
          ) : (
            <span className="inline-flex rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900 ring-1 ring-inset ring-amber-600/30">
              {c.lacks}
            </span>
          ),
      }),
    ),
    { id: "missingList", header: c.missingList, value: (r) => r.missing.join(", "), hidden: true },
  ];
}
