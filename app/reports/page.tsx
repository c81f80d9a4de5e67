// GET /reports — client-ready reports: the patch status report, one client's QBR, every client's
// QBR for a quarter as a zip of PDFs with a progress bar, and (managers) the scheduled reports' outbox.
import type { Metadata } from "next";
import { Link } from "@/components/link";
import { PageHeader } from "@/components/page-header";
import { countHeldClientReports } from "@/db/client-reports/outbox";
import { listQbrClients } from "@/db/qbr/load-report";
import { getKpiSettings } from "@/db/queries/org-settings";
import { roleAtLeast } from "@/lib/auth/roles";
import { formatDate } from "@/lib/format/date";
import { getLocale } from "@/lib/format/server-locale";
import { localDate } from "@/lib/kpi/period";
import { recentQuarters } from "@/lib/qbr/quarters";
import { pageContext } from "@/server/request-context";
import { BulkExport } from "./bulk-export";
import { reportsMessages } from "./messages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Reports" };

const card = "flex flex-col gap-3 rounded-tremor-default border border-gray-200 bg-white p-5 shadow-tremor-card";

export default async function ReportsPage() {
  const [locale, { db, orgId, role }] = await Promise.all([getLocale(), pageContext("viewer")]);
  const t = reportsMessages(locale);
  const manager = roleAtLeast(role, "manager");
  const [settings, clients, held] = await Promise.all([getKpiSettings(db, orgId), listQbrClients(db, orgId), manager ? countHeldClientReports(db, orgId) : null]);
  const quarters = recentQuarters(localDate(new Date(), settings.timeZone), 8);
  const labels = Object.fromEntries(quarters.map((q) => [q.key, `${q.key.slice(5)} ${q.key.slice(0, 4)} (${formatDate(q.from, locale)} – ${formatDate(q.to, locale)})`]));
  return (
    <>
      <PageHeader title={t.title} subtitle={t.subtitle} />
      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="bulk-heading" className={`${card} lg:col-span-2`}>
          <h2 id="bulk-heading" className="text-base font-semibold text-gray-900">{t.qbrCard}</h2>
          <p className="text-sm text-gray-600">{t.qbrCardText}</p>
          {clients.length === 0 ? <p className="text-sm text-gray-700">{t.noClients}</p> : <BulkExport quarters={quarters} labels={labels} />}
        </section>
        <section aria-labelledby="single-heading" className={card}>
          <h2 id="single-heading" className="text-base font-semibold text-gray-900">{t.clientsHeading}</h2>
          <p className="text-sm text-gray-600">{t.clientsText}</p>
          {clients.length === 0 ? null : (
            <form action="/reports/qbr" method="get" className="flex flex-wrap items-end gap-3">
              <div className="flex flex-col gap-1">
                <label htmlFor="qbr-client" className="text-sm font-medium text-gray-800">{t.client}</label>
                <select id="qbr-client" name="client" className="rounded-tremor-default border border-gray-300 bg-white py-2 pl-3 pr-8 text-sm text-gray-900 focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600">
                  {clients.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
                </select>
              </div>
              <button type="submit" className="rounded-tremor-default border border-gray-300 bg-white px-4 py-2 text-sm font-medium text-gray-800 shadow-sm hover:bg-gray-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600">
                {t.openQbr}
              </button>
            </form>
          )}
        </section>
        <section aria-labelledby="patch-heading" className={card}>
          <h2 id="patch-heading" className="text-base font-semibold text-gray-900">{t.patchCard}</h2>
          <p className="text-sm text-gray-600">{t.patchCardText}</p>
          <p>
            <Link href="/reports/patch-status" className="text-sm font-medium text-blue-800 hover:underline">{t.open} →</Link>
          </p>
        </section>
        {held === null ? null : (
          <section aria-labelledby="outbox-heading" className={card}>
            <h2 id="outbox-heading" className="text-base font-semibold text-gray-900">{t.outboxCard}</h2>
            <p className="text-sm text-gray-600">{t.outboxCardText}</p>
            {held > 0 ? <p className="text-sm font-medium text-gray-900">{t.outboxHeld(held)}</p> : null}
            <p>
              <Link href="/reports/outbox" className="text-sm font-medium text-blue-800 hover:underline">{t.openOutbox} →</Link>
            </p>
          </section>
        )}
      </div>
    </>
  );
}
