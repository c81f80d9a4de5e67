import { Link } from "@/components/link";
import type { DataTableColumn } from "@/components/data-table";
import type { EventRow } from "@/db/webhooks/inbox";
import type { EventStatus } from "@/lib/webhooks/sources-list";
import { DateTime } from "./date-time";
import { EventActions } from "./event-actions";
import type { WebhooksMessages } from "./messages";
import { StatusBadge } from "./status-badge";

/** The event inbox's columns, for the table and its CSV export (which leaves the actions out). */
export function eventColumns(t: WebhooksMessages, timeZone: string): DataTableColumn<EventRow>[] {
  return [
    { id: "receivedAt", header: t.receivedAt, value: (r) => r.receivedAt, cell: (r) => <DateTime iso={r.receivedAt} timeZone={timeZone} /> },
    { id: "endpoint", header: t.endpoint, value: (r) => r.endpointName, filter: "select" },
    { id: "key", header: t.key, value: (r) => r.eventKey, cell: (r) => <code className="block max-w-[8rem] truncate font-mono text-xs" title={r.eventKey}>{r.eventKey}</code> },
    {
      id: "status",
      header: t.status,
      value: (r) => r.status,
      filter: "select",
      optionLabel: (status) => t.statuses[status as EventStatus] ?? status,
      cell: (r) => <StatusBadge status={r.status} />,
    },
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
  ];
}
