import { Link } from "@/components/link";
import type { DataTableColumn } from "@/components/data-table";
import { explainedCell } from "@/components/explain-link";
import { GoalStatusBadge } from "@/components/goal-badge";
import type { ClientRow } from "@/db/queries/clients";
import type { GoalStatus } from "@/lib/goals/status";
import type { Period } from "@/lib/kpi/period";
import { formatHours, formatMoney, formatNumber, formatPercent } from "@/lib/format/number";
import type { ClientsMessages } from "./messages";

// Columns of the clients table. Values stay raw (sorting, filtering, CSV); cells are formatted
// for the locale. Device health is the share of the client's managed devices on the period's end.

/** A client's row: its figures, and its goals summed up (worst status, and how many have each; the CSV export has none). */
export interface ClientTableRow extends ClientRow {
  goalStatus?: GoalStatus | null;
  goalText?: string | null;
}

export function clientColumns(t: ClientsMessages, currency: string, periodQuery: string, showGoals: boolean, period: Period): DataTableColumn<ClientTableRow>[] {
  const share = (pick: (h: NonNullable<ClientRow["health"]>) => number) => (r: ClientRow) => (r.health ? pick(r.health) : null);
  const percent = (value: (r: ClientRow) => number | null, digits = 0) => (r: ClientRow, locale: Parameters<typeof formatPercent>[1]) =>
    formatPercent(value(r), locale, { digits });
  const patched = share((h) => h.patched);
  const avOk = share((h) => h.av_ok);
  const backupOk = share((h) => h.backup_ok);
  const seen = share((h) => h.seen);
  // Each client's figure links to its explanation for the period (/explain/…).
  const explained = (metric: string, header: string, text: (r: ClientRow, locale: Parameters<typeof formatPercent>[1]) => string) =>
    explainedCell<ClientRow>(metric, period, header, (r) => r.name, text);
  // A figure with no data ("—") stays plain text.
  const explainedIfAny = (metric: string, header: string, value: (r: ClientRow) => number | null, text: (r: ClientRow, locale: Parameters<typeof formatPercent>[1]) => string) => {
    const linked = explained(metric, header, text);
    return (r: ClientRow, locale: Parameters<typeof formatPercent>[1]) => (value(r) === null ? text(r, locale) : linked(r, locale));
  };
  const healthCell = (metric: string, header: string, value: (r: ClientRow) => number | null) => explainedIfAny(metric, header, value, percent(value));
  const slaMet = (r: ClientRow) => r.slaMet;
  const csat = (r: ClientRow) => r.csat;
  return [
    {
      id: "name",
      header: t.col.client,
      value: (r) => r.name,
      hideable: false,
      cell: (r) => (
        <Link href={`/clients/${r.id}${periodQuery ? `?${periodQuery}` : ""}`} className="whitespace-nowrap font-medium text-blue-800 hover:underline">
          {r.name}
        </Link>
      ),
    },
    { id: "segment", header: t.col.segment, value: (r) => r.segment, filter: "select" },
    { id: "mrr", header: t.col.mrr, numeric: true, value: (r) => r.mrr, cell: explained("client.mrr", t.col.mrr, (r, locale) => formatMoney(r.mrr, currency, locale)) },
    {
      id: "services",
      header: t.col.services,
      numeric: true,
      value: (r) => r.services.length,
      cell: (r) => <span title={r.services.join(", ")}>{r.services.length}</span>,
    },
    {
      id: "serviceNames",
      header: t.col.serviceNames,
      value: (r) => r.services.join(", "),
      filter: "text",
      // Off by default to keep the figures in view; the count's tooltip lists the names too.
      hidden: true,
      // One line, cut off with "…": the full list is in the tooltip, the search, the filter and the CSV.
      cell: (r) => (
        <span className="block max-w-[14rem] truncate text-xs text-gray-700" title={r.services.join(", ")}>
          {r.services.join(", ") || "—"}
        </span>
      ),
    },
    { id: "tickets", header: t.col.tickets, numeric: true, value: (r) => r.tickets, cell: explained("client.tickets_created", t.col.tickets, (r, l) => formatNumber(r.tickets, l)) },
    {
      id: "ticketsPerDevice",
      header: t.col.ticketsPerDevice,
      numeric: true,
      value: (r) => r.ticketsPerDevice,
      cell: (r, locale) => formatNumber(r.ticketsPerDevice, locale, { digits: 2 }),
    },
    {
      id: "billedHours", header: t.col.billedHours, numeric: true, value: (r) => r.billedHours,
      cell: explained("client.billed_hours", t.col.billedHours, (r, locale) => formatHours(r.billedHours, locale)),
    },
    { id: "slaMet", header: t.col.slaMet, numeric: true, value: slaMet, cell: explainedIfAny("client.sla_met", t.col.slaMet, slaMet, percent(slaMet, 1)) },
    {
      id: "csat", header: t.col.csat, numeric: true, value: csat,
      cell: explainedIfAny("client.csat", t.col.csat, csat, (r, locale) => formatNumber(r.csat, locale, { digits: 2 })),
    },
    { id: "devices", header: t.col.devices, numeric: true, value: (r) => r.managedDevices, hidden: true },
    { id: "patched", header: t.col.patched, numeric: true, value: patched, cell: healthCell("client.patched", t.col.patched, patched) },
    { id: "avOk", header: t.col.avOk, numeric: true, value: avOk, cell: healthCell("client.av_ok", t.col.avOk, avOk) },
    { id: "backupOk", header: t.col.backupOk, numeric: true, value: backupOk, cell: healthCell("client.backup_ok", t.col.backupOk, backupOk) },
    { id: "seen", header: t.col.seen, numeric: true, value: seen, cell: healthCell("client.seen", t.col.seen, seen), hidden: true },
    {
      id: "goals",
      header: t.col.goals,
      value: (r) => r.goalText ?? null,
      hidden: !showGoals,
      cell: (r) =>
        r.goalStatus ? (
          <span className="inline-flex items-center gap-2 whitespace-nowrap">
            <GoalStatusBadge status={r.goalStatus} />
            <span className="text-xs text-gray-700">{r.goalText}</span>
          </span>
        ) : null,
    },
  ];
}
