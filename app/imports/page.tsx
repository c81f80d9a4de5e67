import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { listImportRuns } from "@/db/imports/runs";
import { listColumnMappings } from "@/db/queries/column-mappings";
import { getOrgTimeZone } from "@/db/queries/org-settings";
import { getLocale } from "@/lib/format/server-locale";
import { pageContext } from "@/server/request-context";
import { ImportHistoryTable } from "./import-history-table";
import { ImportWizard } from "./import-wizard";
import { importsMessages } from "./messages";
import { toMappingView, toRunView } from "./view-models";

// Reads the database on every request (history changes with each import).
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: importsMessages(await getLocale()).title };
}

export default async function ImportsPage() {
  const { db, orgId } = await pageContext("manager");
  const [locale, runs, mappings, timeZone] = await Promise.all([
    getLocale(),
    listImportRuns(db, orgId),
    listColumnMappings(db, orgId),
    getOrgTimeZone(db, orgId),
  ]);
  const t = importsMessages(locale);
  return (
    <>
      <PageHeader title={t.title} subtitle={t.subtitle} />
      <ImportWizard savedMappings={mappings.map(toMappingView)} />
      <section aria-labelledby="import-history-heading" className="mt-10">
        <h2 id="import-history-heading" className="mb-3 text-lg font-semibold text-gray-900">
          {t.history.heading}
        </h2>
        {runs.length === 0 ? (
          <EmptyState title={t.history.emptyTitle} text={t.history.emptyText} headingLevel={3} />
        ) : (
          <ImportHistoryTable runs={runs.map(toRunView)} timeZone={timeZone} />
        )}
      </section>
    </>
  );
}
