"use client";

import { useActionState, useEffect, useMemo, useState } from "react";
import { DataTable, type DataTableColumn } from "@/components/data-table";
import { useLocale } from "@/components/locale-provider";
import type { EndpointRow } from "@/db/webhooks/endpoints";
import { formatDateTime } from "@/lib/format/date";
import { SOURCE_LABELS } from "@/lib/webhooks/sources-list";
import { rotateSecretAction, type RotatedSecret, type RotateState } from "./actions";
import { CopyButton, CopyField } from "./copy-button";
import { DateTime } from "./date-time";
import { webhooksMessages } from "./messages";

export type EndpointTableRow = EndpointRow & { url: string };
type Rotated = RotatedSecret & { name: string };

function RotateButton({ row, onRotated }: { row: EndpointTableRow; onRotated: (r: Rotated) => void }) {
  const t = webhooksMessages(useLocale());
  const [state, action, pending] = useActionState<RotateState, FormData>(rotateSecretAction, null);
  useEffect(() => {
    if (state?.ok) onRotated({ secret: state.secret, until: state.until, headerLines: state.headerLines, name: row.name });
  }, [state, row.name, onRotated]);
  return (
    <form action={action}>
      <input type="hidden" name="endpointId" value={row.id} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`${t.rotate}: ${row.name}`}
        className="whitespace-nowrap rounded-tremor-small border border-gray-300 bg-white px-2.5 py-1 text-xs font-medium text-gray-800 shadow-tremor-input hover:bg-gray-50 disabled:opacity-60"
      >
        {pending ? t.rotating : t.rotate}
      </button>
      {state?.ok === false ? <span role="alert" className="ml-2 text-xs text-red-700">{t.failed}</span> : null}
    </form>
  );
}

export function EndpointsTable({ rows, timeZone }: { rows: EndpointTableRow[]; timeZone: string }) {
  const locale = useLocale();
  const t = webhooksMessages(locale);
  const [rotated, setRotated] = useState<Rotated | null>(null);
  const columns = useMemo<DataTableColumn<EndpointTableRow>[]>(
    () => [
      {
        id: "name",
        header: t.endpoint,
        value: (r) => r.name,
        cell: (r) => (
          <div className="min-w-[14rem] max-w-[20rem]">
            <div className="font-medium text-gray-900">{r.name}</div>
            <div className="text-xs text-gray-600">
              {SOURCE_LABELS[r.source]} · {t.authShort[r.authMode]}
            </div>
            <div className="mt-0.5 flex items-center gap-2">
              <code className="truncate font-mono text-xs text-gray-600" title={r.url}>{r.url}</code>
              <CopyButton text={r.url} label={`${t.url} ${r.name}`} />
            </div>
          </div>
        ),
      },
      { id: "source", header: t.source, value: (r) => SOURCE_LABELS[r.source], hidden: true },
      { id: "url", header: t.url, value: (r) => r.url, hidden: true },
      { id: "auth", header: t.authHeader, value: (r) => t.authShort[r.authMode], hidden: true },
      { id: "received", header: t.received, numeric: true, value: (r) => r.receivedCount },
      {
        id: "rejected",
        header: t.rejected,
        numeric: true,
        value: (r) => r.rejectedCount,
        cell: (r) => <span className={r.rejectedCount > 0 ? "font-medium text-red-700" : undefined}>{r.rejectedCount}</span>,
      },
      { id: "lastReceived", header: t.lastReceived, value: (r) => r.lastReceivedAt, cell: (r) => (r.lastReceivedAt ? <DateTime iso={r.lastReceivedAt} timeZone={timeZone} /> : t.never) },
      { id: "actions", header: t.actions, sortable: false, hideable: false, value: () => null, csv: () => null, cell: (r) => <RotateButton row={r} onRotated={setRotated} /> },
    ],
    [t, timeZone],
  );
  return (
    <div>
      <DataTable columns={columns} data={rows} caption={t.endpointsCaption} emptyMessage={t.noEndpoints} exportFileName="webhook-endpoints.csv" getRowId={(r) => String(r.id)} pageSize={10} />
      {rotated?.secret ? (
        <div role="status" className="mt-4 rounded-tremor-default border border-amber-200 bg-amber-50 p-4">
          <p className="text-sm font-medium text-amber-900">
            {rotated.name}: {t.rotated(formatDateTime(rotated.until, locale, timeZone, { date: "medium", time: "long" }))}
          </p>
          <div className="mt-3 grid gap-3">
            <CopyField label={t.secret} value={rotated.secret} testId="rotated-secret" />
            <CopyField label={t.headerToSend} value={rotated.headerLines?.[0] ?? ""} />
          </div>
        </div>
      ) : null}
    </div>
  );
}
