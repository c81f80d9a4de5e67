// GET /reports/outbox — managers: scheduled client reports held for review (edit the notes, then
// approve or skip), and the log of every report with its delivery, failures retryable.
import type { Metadata } from "next";
import { Link } from "@/components/link";
import { PageHeader } from "@/components/page-header";
import { listOutbox, type OutboxRow } from "@/db/client-reports/outbox";
import { getKpiSettings } from "@/db/queries/org-settings";
import { getLocale } from "@/lib/format/server-locale";
import { pageContext } from "@/server/request-context";
import { outboxMessages } from "./messages";
import { OutboxTable, type OutboxView } from "./outbox-table";
import { HeldReports } from "./report-actions";

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
        <HeldReports reports={reports.filter((r) => r.status === "held")} />
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
