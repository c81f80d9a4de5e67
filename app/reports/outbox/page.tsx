// GET /reports/outbox — managers: scheduled client reports held for review (edit the notes, then
// approve or skip), and the log of every report with its delivery, failures retryable.
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { listOutbox, type OutboxRow } from "@/db/client-reports/outbox";
import { getKpiSettings } from "@/db/queries/org-settings";
import { getLocale } from "@/lib/format/server-locale";
import { pageContext } from "@/server/request-context";
import { NotesForm } from "../../clients/[id]/qbr/notes-form";
import { outboxMessages } from "./messages";
import { OutboxTable, periodRange, type OutboxView } from "./outbox-table";
import { HeldReportActions } from "./report-actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Outbox" };

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

function view({ period, nextAttemptAt, deliveredAt, decidedAt, createdAt, ...row }: OutboxRow): OutboxView {
  return { ...row, ...period, nextAttemptAt: iso(nextAttemptAt), deliveredAt: iso(deliveredAt), decidedAt: iso(decidedAt), createdAt: iso(createdAt)! };
}

export default async function OutboxPage() {
  const [locale, { db, orgId }] = await Promise.all([getLocale(), pageContext("manager")]);
  const m = outboxMessages(locale);
  const [settings, rows] = await Promise.all([getKpiSettings(db, orgId), listOutbox(db, orgId)]);
  const reports = rows.map(view);
  const held = reports.filter((r) => r.status === "held");
  return (
    <>
      <nav aria-label={m.breadcrumb} className="mb-2 text-sm">
        <Link href="/reports" className="font-medium text-blue-800 hover:underline">
          ← {m.back}
        </Link>
      </nav>
      <PageHeader title={m.title} subtitle={m.subtitle} />
      <section aria-labelledby="held-heading" className="flex flex-col gap-4">
        <h2 id="held-heading" className="text-lg font-semibold text-gray-900">
          {m.heldHeading}
        </h2>
        {held.length === 0 ? <p className="text-sm text-gray-600">{m.heldNone}</p> : <p className="text-sm text-gray-600">{m.heldHint}</p>}
        {held.map((r) => (
          <article key={r.id} data-held-report={r.id} aria-labelledby={`held-${r.id}`} className="flex flex-col gap-3 rounded-tremor-default border border-amber-200 bg-amber-50/40 p-4">
            <div>
              <h3 id={`held-${r.id}`} className="text-base font-semibold text-gray-900">
                <Link href={`/clients/${r.clientId}`} className="hover:underline">
                  {r.clientName}
                </Link>
              </h3>
              <p className="text-sm text-gray-700">{m.period(periodRange(r, locale))}</p>
              <p className="break-words text-sm text-gray-700">{m.to(r.recipients)}</p>
            </div>
            <NotesForm clientId={r.clientId} from={r.from} to={r.to} notes={r.notes} editable />
            <HeldReportActions id={r.id} label={`${r.clientName}, ${periodRange(r, locale)}`} />
          </article>
        ))}
      </section>
      <section aria-labelledby="log-heading" className="mt-8">
        <h2 id="log-heading" className="mb-3 text-lg font-semibold text-gray-900">
          {m.logHeading}
        </h2>
        <OutboxTable rows={reports} timeZone={settings.timeZone} />
      </section>
    </>
  );
}
