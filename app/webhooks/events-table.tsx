"use client";

import { useMemo } from "react";
import { useLocale } from "@/components/locale-provider";
import { ServerDataTable } from "@/components/server-data-table";
import type { EventRow } from "@/db/webhooks/inbox";
import type { TablePage } from "@/lib/tables/table-query";
import { eventColumns } from "./event-columns";
import { EVENTS_TABLE } from "./events-spec";
import { webhooksMessages } from "./messages";

export function EventsTable({ page, timeZone }: { page: TablePage<EventRow>; timeZone: string }) {
  const t = webhooksMessages(useLocale());
  const columns = useMemo(() => eventColumns(t, timeZone), [t, timeZone]);
  return (
    <ServerDataTable
      columns={columns}
      spec={EVENTS_TABLE}
      page={page}
      csvPath="/webhooks/events/export"
      caption={t.eventsCaption}
      emptyMessage={t.noEvents}
      getRowId={(r) => String(r.id)}
    />
  );
}
