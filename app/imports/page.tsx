import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { importRunsSource } from "@/db/imports/runs";
import { listColumnMappings } from "@/db/queries/column-mappings";
import { getOrgTimeZone } from "@/db/queries/org-settings";
import { queryTablePage } from "@/db/tables/sql-table";
import { getLocale } from "@/lib/format/server-locale";
import { isFiltered } from "@/lib/tables/table-query";
import { parseTableQuery } from "@/lib/tables/table-query-schema";
import { pageContext } from "@/server/request-context";
import { IMPORT_HISTORY_TABLE } from "./history-spec";
import { ImportHistoryTable } from "./import-history-table";
import { ImportWizard } from "./import-wizard";
import { importsMessages } from "./messages";
import { toMappingView, toRunView } from "./view-models";

// GET /imports — the import wizard, and the history of runs: one page of it, sorted, searched and
// filtered by the database as the URL says. Reads the database on every request.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: importsMessages(await getLocale()).title };
}

export default async function ImportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { db, orgId } = await pageContext("manager");
  const query = parseTableQuery(IMPORT_HISTORY_TABLE, await searchParams);
  const [locale, runs, mappings, timeZone] = await Promise.all([
    getLocale(),
    queryTablePage(db, importRunsSource(orgId), query),
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
        {runs.total === 0 && !isFiltered(query) ? (
          <EmptyState title={t.history.emptyTitle} text={t.history.emptyText} headingLevel={3} />
        ) : (
          <ImportHistoryTable page={{ ...runs, rows: runs.rows.map(toRunView) }} timeZone={timeZone} />
        )}
      </section>
    </>
  );
}
