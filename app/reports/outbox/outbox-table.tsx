"use client";

import { Link } from "@/components/link";
import { useMemo } from "react";
import { DataTable, type DataTableColumn } from "@/components/data-table";
import { deliveryErrorWords } from "@/components/delivery-error";
import { useLocale } from "@/components/locale-provider";
import type { ClientReportStatus } from "@/lib/client-reports/status";
import { formatDate, formatDateTime } from "@/lib/format/date";
import type { Locale } from "@/lib/format/locale";
import { outboxMessages, type OutboxMessages } from "./messages";
import { RetryReportButton } from "./report-actions";

/** One client report as the outbox shows it (instants as ISO text, for the client component). */
export interface OutboxView {
  id: number;
  clientId: number;
  clientName: string;
  from: string;
  to: string;
  recipients: string;
  status: ClientReportStatus;
  late: boolean;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  deliveredAt: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  createdAt: string;
  notes: string;
}

export const periodRange = (r: Pick<OutboxView, "from" | "to">, locale: Locale) => `${formatDate(r.from, locale)} – ${formatDate(r.to, locale)}`;

function outboxColumns(m: OutboxMessages, locale: Locale, timeZone: string): DataTableColumn<OutboxView>[] {
  const when = (iso: string | null) => (iso ? formatDateTime(iso, locale, timeZone) : null);
  const c = m.col;
  return [
    { id: "client", header: c.client, value: (r) => r.clientName, filter: "text", hideable: false, cell: (r) => <Link href={`/clients/${r.clientId}`} className="font-medium text-blue-800 hover:underline">{r.clientName}</Link> },
    { id: "period", header: c.period, value: (r) => r.from, csv: (r) => `${r.from}..${r.to}`, cell: (r, l) => <span className="block whitespace-nowrap">{formatDate(r.from, l)} –<br />{formatDate(r.to, l)}</span> },
    { id: "recipients", header: c.recipients, value: (r) => r.recipients, cell: (r) => <span className="block max-w-40 break-words">{r.recipients}</span> },
    {
      id: "status",
      header: c.status,
      value: (r) => m.status[r.status],
      filter: "select",
      cell: (r) => (
        <span data-status={r.status} className="block min-w-36">
          <span className={r.status === "failed" ? "font-semibold text-red-700" : "font-medium text-gray-900"}>{m.status[r.status]}</span>
          {r.deliveredAt ? <span className="block text-xs text-gray-600">{when(r.deliveredAt)}</span> : null}
          {r.late ? <span className="block text-xs text-gray-600">{m.late}</span> : null}
          {r.attempts > 0 && r.status !== "delivered" ? <span className="block text-xs text-gray-600">{m.attemptsMade(r.attempts)}</span> : null}
          {r.nextAttemptAt && r.attempts > 0 ? <span className="block text-xs text-gray-600">{m.nextTry(when(r.nextAttemptAt)!)}</span> : null}
          {r.lastError ? <span className="block max-w-48 break-words text-xs text-red-700">{deliveryErrorWords(r.lastError, locale)}</span> : null}
        </span>
      ),
    },
    // Shown in the status cell, so the log fits beside the menu at 1280 px; in the CSV when switched on.
    { id: "attempts", header: c.attempts, value: (r) => r.attempts, numeric: true, hidden: true },
    {
      id: "decided",
      header: c.decided,
      value: (r) => r.decidedByName,
      cell: (r) => (r.decidedAt ? <span className="block min-w-32">{r.decidedByName ?? m.formerMember}<span className="block text-xs text-gray-600">{when(r.decidedAt)}</span></span> : null),
    },
    { id: "delivered", header: c.delivered, value: (r) => r.deliveredAt, cell: (r) => when(r.deliveredAt), hidden: true },
    { id: "created", header: c.created, value: (r) => r.createdAt, cell: (r) => when(r.createdAt), hidden: true },
    {
      id: "actions",
      header: c.actions,
      value: () => null,
      csv: () => null,
      sortable: false,
      hideable: false,
      cell: (r) => (r.status === "failed" || (r.status === "pending" && r.attempts > 0) ? <RetryReportButton id={r.id} label={`${r.clientName}, ${periodRange(r, locale)}`} /> : null),
    },
  ];
}

/** Every client report of the org with its delivery: status, attempts, last error, who decided. */
export function OutboxTable({ rows, timeZone }: { rows: OutboxView[]; timeZone: string }) {
  const locale = useLocale();
  const m = outboxMessages(locale);
  const columns = useMemo(() => outboxColumns(m, locale, timeZone), [m, locale, timeZone]);
  return <DataTable columns={columns} data={rows} caption={m.caption} emptyMessage={m.empty} exportFileName={m.exportName} getRowId={(r) => String(r.id)} />;
}
