// GET /clients — the clients with their revenue, service and device figures for the period in the
// URL, one page of them, sorted, searched and filtered by the database as the URL says.
import type { Metadata } from "next";
import { Link } from "@/components/link";
import { EmptyState } from "@/components/empty-state";
import { PeriodPageFrame, type PageSearchParams, type PeriodView } from "@/app/period-page-frame";
import { componentMessages } from "@/components/messages";
import { listGoals } from "@/db/goals/goals";
import { clientListSource } from "@/db/queries/client-list";
import { hasContracts } from "@/db/queries/clients";
import { computeKpiSectionsSql, ensureKpiRollups } from "@/db/queries/kpi";
import { queryTablePage } from "@/db/tables/sql-table";
import { getLocale } from "@/lib/format/server-locale";
import { subjectGoals } from "@/lib/goals/summary";
import { sectionsForRole } from "@/lib/kpi/served-report";
import { isFiltered } from "@/lib/tables/table-query";
import { parseTableQuery } from "@/lib/tables/table-query-schema";
import { ClientsTable } from "./clients-table";
import { clientsMessages } from "./messages";
import { CLIENTS_TABLE } from "./table-spec";

// Reads the database on every request: never prerendered.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: clientsMessages(await getLocale()).title };
}

export default function ClientsPage({ searchParams }: { searchParams: PageSearchParams }) {
  return (
    <PeriodPageFrame searchParams={searchParams} text={clientsMessages} skeletonRows={10}>
      {(view) => <ClientsFigures {...view} />}
    </PeriodPageFrame>
  );
}

async function ClientsFigures({ ctx, period, settings: stored, periodQuery, locale, params }: PeriodView) {
  const t = clientsMessages(locale);
  const { db, orgId } = ctx;
  const settings = await ensureKpiRollups(db, orgId, stored);
  const query = parseTableQuery(CLIENTS_TABLE, params);
  const [listed, goals] = await Promise.all([queryTablePage(db, clientListSource(orgId, period), query), listGoals(db, orgId)]);
  if (listed.total === 0 && !isFiltered(query)) {
    return <EmptyState title={t.emptyTitle} text={t.emptyText} action={{ href: "/imports", label: t.goToImports }} />;
  }
  // Client goals (their own, or one for every client) summed up per row, worst status first. A
  // viewer's statuses must not tell cost figures (a client's gross margin) either.
  const hasClientGoals = goals.some((g) => g.scope === "client");
  const figures = hasClientGoals ? sectionsForRole(await computeKpiSectionsSql(db, orgId, period, settings), ctx.role) : null;
  const words = componentMessages(locale).goal;
  const page = {
    ...listed,
    rows: listed.rows.map((r) => {
      if (!figures) return { ...r, goalStatus: null, goalText: null };
      const summary = subjectGoals(goals, "client", r.name, figures);
      return { ...r, goalStatus: summary.worst, goalText: summary.counts.map((c) => `${words.status[c.status]}: ${c.count}`).join(" · ") || null };
    }),
  };
  // A client with an active service means contracts exist; only otherwise are they looked for.
  const noContracts = !page.rows.some((r) => r.services.length > 0) && !(await hasContracts(db, orgId));
  return (
    <div className="flex flex-col gap-4">
      {noContracts ? (
        <p role="note" className="rounded-tremor-default border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          {t.noContracts}{" "}
          <Link href="/imports" className="font-medium underline">
            {t.importsPage}
          </Link>
          .
        </p>
      ) : null}
      <ClientsTable page={page} currency={settings.currency} periodQuery={periodQuery} showGoals={hasClientGoals} period={period} />
    </div>
  );
}
