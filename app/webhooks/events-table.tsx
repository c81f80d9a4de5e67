"use client";

import Link from "next/link";
import { useMemo } from "react";
import { DataTable, type DataTableColumn } from "@/components/data-table";
import { useLocale } from "@/components/locale-provider";
import type { EventRow } from "@/db/webhooks/inbox";
import type { EventStatus } from "@/lib/webhooks/sources-list";
import { EventActions } from "./event-actions";
import { DateTime } from "./date-time";
import { webhooksMessages } from "./messages";

const BADGE: Record<EventStatus, string> = {
  received: "bg-blue-50 text-blue-800 ring-blue-200",
  processing: "bg-blue-50 text-blue-800 ring-blue-200",
  retrying: "bg-amber-50 text-amber-900 ring-amber-200",
  processed: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  failed: "bg-red-50 text-red-800 ring-red-200",
  discarded: "bg-gray-100 text-gray-700 ring-gray-200",
};

export function StatusBadge({ status }: { status: EventStatus }) {
  const t = webhooksMessages(useLocale());
  return (
    <span data-status={status} className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${BADGE[status]}`}>
      {t.statuses[status]}
    </span>
  );
}

export function EventsTable({ rows, timeZone }: { rows: EventRow[]; timeZone: string }) {
  const locale = useLocale();
  const t = webhooksMessages(locale);
  const columns = useMemo<DataTableColumn<EventRow>[]>(
    () => [
      { id: "receivedAt", header: t.receivedAt, value: (r) => r.receivedAt, cell: (r) => <DateTime iso={r.receivedAt} timeZone={timeZone} /> },
      { id: "endpoint", header: t.endpoint, value: (r) => r.endpointName, filter: "select" },
      { id: "key", header: t.key, value: (r) => r.eventKey, cell: (r) => <code className="block max-w-[8rem] truncate font-mono text-xs" title={r.eventKey}>{r.eventKey}</code> },
      { id: "status", header: t.status, value: (r) => r.status, filter: "select", cell: (r) => <StatusBadge status={r.status} /> },
      { id: "attempts", header: t.attempts, numeric: true, value: (r) => r.attempts },
      { id: "lastError", header: t.lastError, value: (r) => r.lastError, cell: (r) => (r.lastError ? <span className="line-clamp-3 block min-w-[9rem] max-w-[14rem] text-xs text-red-800" title={r.lastError}>{r.lastError}</span> : "—") },
      {
        id: "actions",
        header: t.actions,
        sortable: false,
        hideable: false,
        value: () => null,
        csv: () => null,
        cell: (r) => (
          <div className="flex max-w-[7.5rem] flex-col items-start gap-1.5">
            <Link href={`/webhooks/events/${r.id}`} className="whitespace-nowrap text-xs font-medium text-blue-700 hover:underline">
              {t.viewBody}
            </Link>
            <EventActions id={r.id} status={r.status} />
          </div>
        ),
      },
    ],
    [t, timeZone],
  );
  return (
    <DataTable
      columns={columns}
      data={rows}
      caption={t.eventsCaption}
      emptyMessage={t.noEvents}
      exportFileName={t.exportName}
      initialSort={{ id: "receivedAt", desc: true }}
      getRowId={(r) => String(r.id)}
    />
  );
}
