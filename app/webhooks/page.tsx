import type { Metadata } from "next";
import { headers } from "next/headers";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { getOrgTimeZone } from "@/db/queries/org-settings";
import { listEndpoints } from "@/db/webhooks/endpoints";
import { queryTablePage } from "@/db/tables/sql-table";
import { countEventsByStatus, eventsSource } from "@/db/webhooks/inbox";
import { env } from "@/lib/env";
import { getLocale } from "@/lib/format/server-locale";
import { parseTableQuery } from "@/lib/tables/table-query-schema";
import { webhookUrl } from "@/lib/webhooks/sources-list";
import { publicBaseUrl, requestOrigin } from "@/lib/webhooks/public-url";
import { pageContext } from "@/server/request-context";
import { EndpointsTable } from "./endpoints-table";
import { EVENTS_TABLE } from "./events-spec";
import { EventsTable } from "./events-table";
import { webhooksMessages } from "./messages";
import { NewEndpointForm } from "./new-endpoint-form";

// GET /webhooks — endpoint set-up and the event inbox (one page of it, sorted, searched and filtered
// by the database as the URL says). Creating endpoints, rotating secrets and reprocessing or
// discarding events act for the whole org: owner-only once roles exist (see ./actions.ts).
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Webhooks" };

const card = "rounded-tremor-default border border-gray-200 bg-white p-5 shadow-tremor-card";

export default async function WebhooksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { db, orgId } = await pageContext("owner");
  const query = parseTableQuery(EVENTS_TABLE, await searchParams);
  const locale = await getLocale();
  const t = webhooksMessages(locale);
  const [endpoints, events, counts, timeZone] = await Promise.all([
    listEndpoints(db, orgId),
    queryTablePage(db, eventsSource(orgId), query),
    countEventsByStatus(db, orgId),
    getOrgTimeZone(db, orgId),
  ]);
  const base = publicBaseUrl(requestOrigin(await headers(), `http://localhost:${env.PORT}`));
  const rows = endpoints.map((e) => ({ ...e, url: webhookUrl(base, e.source, e.publicId) }));
  const waiting = (counts.received ?? 0) + (counts.processing ?? 0) + (counts.retrying ?? 0);

  return (
    <>
      <PageHeader title={t.title} subtitle={t.subtitle} />
      <section aria-labelledby="endpoints-heading" className="space-y-3">
        <h2 id="endpoints-heading" className="text-lg font-semibold text-gray-900">{t.endpoints}</h2>
        {rows.length > 0 ? (
          <EndpointsTable rows={rows} timeZone={timeZone} />
        ) : (
          <EmptyState title={t.noEndpoints} text={t.noEndpointsText} headingLevel={3} />
        )}
      </section>

      <section aria-labelledby="new-endpoint-heading" className={`mt-8 ${card}`}>
        <h2 id="new-endpoint-heading" className="text-lg font-semibold text-gray-900">{t.newEndpoint}</h2>
        <p className="mb-4 mt-1 text-sm text-gray-600">{t.newEndpointText}</p>
        <NewEndpointForm />
      </section>

      <section aria-labelledby="events-heading" className="mt-8 space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="events-heading" className="text-lg font-semibold text-gray-900">{t.events}</h2>
          <p className="text-sm text-gray-600" data-testid="event-counts">
            {t.eventCounts(counts.processed ?? 0, waiting, counts.failed ?? 0)} · {t.timesIn(timeZone)}
          </p>
        </div>
        <EventsTable page={events} timeZone={timeZone} />
      </section>
    </>
  );
}
