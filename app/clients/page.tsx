// GET /clients — every client with its revenue, service and device figures for the period in the URL.
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { PeriodPageFrame, type PageSearchParams, type PeriodView } from "@/app/period-page-frame";
import { componentMessages } from "@/components/messages";
import { listGoals } from "@/db/goals/goals";
import { listClientRows, recordCounts } from "@/db/queries/clients";
import { computeKpiSectionsSql, ensureKpiRollups } from "@/db/queries/kpi";
import { getLocale } from "@/lib/format/server-locale";
import { subjectGoals } from "@/lib/goals/summary";
import { sectionsForRole } from "@/lib/kpi/served-report";
import { ClientsTable } from "./clients-table";
import { clientsMessages } from "./messages";

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

async function ClientsFigures({ ctx, period, settings: stored, periodQuery, locale }: PeriodView) {
  const t = clientsMessages(locale);
  const { db, orgId } = ctx;
  const settings = await ensureKpiRollups(db, orgId, stored);
  // The list shows P alone: one period's KPI sections (not the report with the previous period),
  // computed alongside the per-client queries.
  const sections = computeKpiSectionsSql(db, orgId, period, settings);
  const [clientRows, goals] = await Promise.all([listClientRows(db, orgId, period, settings, sections), listGoals(db, orgId)]);
  // Client goals (their own, or one for every client) summed up per row: worst status first.
  const words = componentMessages(locale).goal;
  const hasClientGoals = goals.some((g) => g.scope === "client");
  // A viewer's goal statuses must not tell cost figures (a client's gross margin) either.
  const figures = sectionsForRole(await sections, ctx.role);
  const rows = clientRows.map((r) => {
    const summary = subjectGoals(goals, "client", r.name, figures);
    return { ...r, goalStatus: summary.worst, goalText: summary.counts.map((c) => `${words.status[c.status]}: ${c.count}`).join(" · ") || null };
  });
  // A client with an active service means contracts exist; only otherwise are they counted.
  const noContracts = rows.every((r) => r.services.length === 0) && (await recordCounts(db, orgId)).contracts === 0;
  if (rows.length === 0) {
    return <EmptyState title={t.emptyTitle} text={t.emptyText} action={{ href: "/imports", label: t.goToImports }} />;
  }
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
      <ClientsTable rows={rows} currency={settings.currency} periodQuery={periodQuery} showGoals={hasClientGoals} />
    </div>
  );
}
