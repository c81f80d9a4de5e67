"use client";

import { useMemo } from "react";
import { useLocale } from "@/components/locale-provider";
import { ServerDataTable } from "@/components/server-data-table";
import type { EventRow } from "@/db/webhooks/inbox";
import type { TableQuery } from "@/lib/tables/table-query";
import { eventColumns } from "./event-columns";
import { EVENTS_TABLE } from "./events-spec";
import { webhooksMessages } from "./messages";

export interface EventsTableProps {
  rows: EventRow[];
  timeZone: string;
  query: TableQuery;
  total: number;
  options: Record<string, string[]>;
}

export function EventsTable({ rows, timeZone, query, total, options }: EventsTableProps) {
  const t = webhooksMessages(useLocale());
  const columns = useMemo(() => eventColumns(t, timeZone), [t, timeZone]);
  return (
    <ServerDataTable
      columns={columns}
      data={rows}
      spec={EVENTS_TABLE}
      query={query}
      total={total}
      options={options}
      csvPath="/webhooks/events/export"
      caption={t.eventsCaption}
      emptyMessage={t.noEvents}
      getRowId={(r) => String(r.id)}
    />
  );
}
