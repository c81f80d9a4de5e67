import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { getOrgTimeZone } from "@/db/queries/org-settings";
import { getEvent } from "@/db/webhooks/inbox";
import { formatDateTime } from "@/lib/format/date";
import { getLocale } from "@/lib/format/server-locale";
import { pageContext } from "@/server/request-context";
import { EventActions } from "../../event-actions";
import { StatusBadge } from "../../status-badge";
import { webhooksMessages } from "../../messages";

// One stored event as it arrived (raw body and the headers kept), with reprocess and discard.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Webhook event" };

function pretty(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

export default async function WebhookEventPage({ params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  const { db, orgId } = await pageContext("owner");
  const [event, timeZone, locale] = await Promise.all([getEvent(db, orgId, id), getOrgTimeZone(db, orgId), getLocale()]);
  if (!event) notFound();
  const t = webhooksMessages(locale);
  const facts: [string, React.ReactNode][] = [
    [t.endpoint, `${event.endpointName} (${event.source})`],
    [t.key, <code key="k" className="break-all font-mono text-xs">{event.eventKey}</code>],
    [t.status, <StatusBadge key="s" status={event.status} />],
    [t.attempts, event.attempts],
    [t.receivedAt, formatDateTime(event.receivedAt, locale, timeZone, { date: "medium", time: "long" })],
    [t.processedAt, formatDateTime(event.processedAt, locale, timeZone, { date: "medium", time: "long" })],
  ];
  return (
    <>
      <Link href="/webhooks" className="text-sm font-medium text-blue-700 hover:underline">← {t.back}</Link>
      <div className="mt-3">
        <PageHeader title={t.event(event.id)} actions={<EventActions id={event.id} status={event.status} />} />
      </div>
      <dl className="grid gap-x-6 gap-y-3 rounded-tremor-default border border-gray-200 bg-white p-5 text-sm shadow-tremor-card sm:grid-cols-3">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs font-medium text-gray-600">{label}</dt>
            <dd className="mt-0.5 text-gray-900">{value}</dd>
          </div>
        ))}
        {event.lastError ? (
          <div className="sm:col-span-3">
            <dt className="text-xs font-medium text-gray-600">{t.lastError}</dt>
            <dd className="mt-0.5 text-red-800">{event.lastError}</dd>
          </div>
        ) : null}
      </dl>
      <h2 className="mt-6 text-lg font-semibold text-gray-900">{t.rawBody}</h2>
      <pre data-testid="raw-body" className="mt-2 max-h-[32rem] overflow-auto rounded-tremor-default bg-gray-900 p-4 font-mono text-xs leading-relaxed text-gray-100">
        {pretty(event.body)}
      </pre>
      <h2 className="mt-6 text-lg font-semibold text-gray-900">{t.storedHeaders}</h2>
      <pre className="mt-2 overflow-auto rounded-tremor-default bg-gray-50 p-4 font-mono text-xs text-gray-800 ring-1 ring-gray-200">
        {Object.entries(event.headers).map(([k, v]) => `${k}: ${v}`).join("\n") || "—"}
      </pre>
    </>
  );
}
