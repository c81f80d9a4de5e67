// GET /explain/<metric>?from=…&to=…&subject=… — how one figure is worked out: its definition, its
// formula with the period's numbers put in (the result is the card's, from the KPI engine), and
// its last 12 periods with the goal line (trend-section.tsx), and the records behind it
// (?rows=counted, left-out or capacity), paged, sorted and exported by the database. Viewers read it with the figures they are served (no cost figures).
import type { Metadata } from "next";
import { Link } from "@/components/link";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { PeriodPageFrame, type PageSearchParams, type PeriodView } from "@/app/period-page-frame";
import type { Database } from "@/db/client";
import { explainSource, explainTotals, knownCounts, type ExplainScope, type ExplainTotals } from "@/db/queries/explain/explain";
import { ensureKpiRollups } from "@/db/queries/kpi";
import { computeKpiPartsSql } from "@/db/queries/kpi/report";
import { queryTablePage } from "@/db/tables/sql-table";
import { roleAtLeast } from "@/lib/auth/roles";
import { explainedFigure, figureValue, isFigure, metricFromPath, recordSetOf, reportParts, type ExplainedFigure, type RecordSet } from "@/lib/explain/figures";
import { costFigureRole } from "@/lib/explain/figures-profit";
import { assembleFormula, recompute } from "@/lib/explain/formula";
import type { Locale } from "@/lib/format/locale";
import { getLocale } from "@/lib/format/server-locale";
import { formatNumber } from "@/lib/format/number";
import type { Period } from "@/lib/kpi/period";
import type { KpiSections } from "@/lib/kpi/report-schema";
import { partsServed, sectionsForRole } from "@/lib/kpi/served-report";
import { parseTableQuery } from "@/lib/tables/table-query-schema";
import { explainMessages, figureLabel } from "../messages";
import { FormulaLine } from "./formula-line";
import { RecordsTable } from "./records-table";
import { FiguresSkeleton } from "@/components/figures-skeleton";
import { trendMessages } from "../trend-messages";
import { EXPLAIN_TABLE } from "./table-spec";
import { TrendSection } from "./trend-section";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ metric: string }>; searchParams: PageSearchParams };

const subjectOf = (params: Record<string, string | string[] | undefined>) => {
  const value = Array.isArray(params.subject) ? params.subject[0] : params.subject;
  return value ? value : null;
};

async function figureName(params: Props["params"]) {
  const metric = metricFromPath((await params).metric);
  if (!isFigure(metric)) notFound();
  return { metric, name: figureLabel(await getLocale(), metric) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await figureName(params)).name };
}

export default async function ExplainPage({ params, searchParams }: Props) {
  const { metric } = await figureName(params);
  const subject = subjectOf(await searchParams);
  return (
    <PeriodPageFrame
      searchParams={searchParams}
      text={(locale) => {
        const t = explainMessages(locale);
        return { title: t.title(figureLabel(locale, metric), subject), subtitle: t.subtitle, loading: t.loading };
      }}
      skeletonRows={10}
    >
      {(view) => <Explanation metric={metric} subject={subject} {...view} />}
    </PeriodPageFrame>
  );
}

/** The trend computes twelve periods: it streams in after the formula and the records. */
function Trend({ locale, ...props }: Parameters<typeof TrendSection>[0] & { locale: PeriodView["locale"] }) {
  return (
    <Suspense fallback={<FiguresSkeleton label={trendMessages(locale).loading} rows={4} />}>
      <TrendSection {...props} />
    </Suspense>
  );
}

const card = "rounded-tremor-default border border-gray-200 bg-white p-5 shadow-tremor-card";
const heading = "text-sm font-semibold uppercase tracking-wide text-gray-600";

/**
 * The definition and formula, the trend and the records render side by side (each awaits only its
 * own data), so the page takes as long as the slowest of them, not their sum.
 */
function Explanation({ metric, subject, ctx, period, settings: stored, locale, params }: PeriodView & { metric: string; subject: string | null }) {
  const t = explainMessages(locale);
  const figure = explainedFigure(metric);
  const { db, orgId } = ctx;
  const costRole = costFigureRole(metric);
  if (costRole && !roleAtLeast(ctx.role, costRole)) return <p role="note" className={card}>{costRole === "owner" ? t.ownerCosts : t.viewerCosts}</p>;
  if (!partsServed(reportParts(metric), ctx.role)) return <p role="note" className={card}>{t.notServed}</p>;
  const definition = t.definitions[metric];
  if (!figure) {
    return (
      <div className="flex flex-col gap-6">
        <p role="note" className={card}>
          {definition ? <span className="mb-2 block text-gray-800">{definition}</span> : null}
          {t.notListedBecause[metric] ?? t.notListed}
        </p>
        <Trend metric={metric} subject={subject} period={period} locale={locale} />
      </div>
    );
  }
  if (figure.subject && !subject) return <p role="note" className={card}>{t.subjectNeeded}</p>;
  const settings = ensureKpiRollups(db, orgId, stored);
  const scope = settings.then((s): ExplainScope => ({ orgId, figure, period, settings: s, subject: figure.subject ? subject : null }));
  const totals = scope.then((sc) => explainTotals(db, sc));
  // Only the parts of the report the figure is read from (tests/kpi/figure-parts.test.ts), as the
  // trend does; a figure the report does not hold is its formula over the records.
  const value = figure.ownValue
    ? totals.then((counted) => recompute(figure, counted))
    : settings
      .then((s) => computeKpiPartsSql(db, orgId, period, s, reportParts(metric)))
      .then((parts) => figureValue(sectionsForRole(parts as KpiSections, ctx.role), metric, subject));
  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="definition-heading" className={card}>
        <h2 id="definition-heading" className={heading}>{t.definitionHeading}</h2>
        <p className="mt-2 text-gray-800">{definition}</p>
      </section>
      <section aria-labelledby="formula-heading" className={card}>
        <h2 id="formula-heading" className={heading}>{t.formulaHeading}</h2>
        <Formula figure={figure} totals={totals} value={value} currency={stored.currency} locale={locale} />
      </section>
      <Trend metric={metric} subject={figure.subject ? subject : null} period={period} locale={locale} />
      <Records db={db} metric={metric} figure={figure} scope={scope} totals={totals} period={period} locale={locale} currency={stored.currency} params={params} />
    </div>
  );
}

async function Formula({ figure, totals, value, currency, locale }: { figure: ExplainedFigure; totals: Promise<ExplainTotals>; value: Promise<number | null>; currency: string; locale: Locale }) {
  const [counted, result] = await Promise.all([totals, value]);
  const formula = assembleFormula(figure, counted, result);
  return <FormulaLine formula={formula} valueUnit={figure.valueUnit} currency={currency} locale={locale} t={explainMessages(locale)} />;
}

interface RecordsProps {
  db: Database;
  metric: string;
  figure: ExplainedFigure;
  scope: Promise<ExplainScope>;
  totals: Promise<ExplainTotals>;
  period: Period;
  locale: Locale;
  currency: string;
  params: PeriodView["params"];
}

async function Records({ db, metric, figure, scope: scoped, totals: counting, period, locale, currency, params }: RecordsProps) {
  const t = explainMessages(locale);
  const scope = await scoped;
  const set = recordSetOf(figure, params.rows);
  // The page's rows are read while the totals are counted; the totals then give its row count.
  const [totals, page] = await Promise.all([
    counting,
    queryTablePage(db, explainSource(scope, set), parseTableQuery(EXPLAIN_TABLE, params), counting.then((x) => knownCounts(x, set, figure))),
  ]);
  const counted = Object.values(totals.byTerm).reduce((n, term) => n + term.count, 0);
  const sets: [RecordSet, string][] = [
    ["counted", t.sets.counted(formatNumber(counted, locale))],
    ["left-out", t.sets["left-out"](formatNumber(totals.leftOut, locale))],
    ...(figure.second === "capacity" ? [["capacity", t.sets.capacity()] as [RecordSet, string]] : []),
  ];
  const href = (rows: RecordSet) => {
    const search = new URLSearchParams({ from: period.from, to: period.to, ...(scope.subject ? { subject: scope.subject } : {}), rows });
    return `/explain/${encodeURIComponent(metric)}?${search.toString()}`;
  };
  return (
    <section aria-labelledby="records-heading" className="flex flex-col gap-3">
      <h2 id="records-heading" className={heading}>{t.recordsHeading}</h2>
      <nav aria-label={t.recordsHeading} className="flex flex-wrap gap-2">
        {sets.map(([id, label]) => (
          <Link
            key={id}
            href={href(id)}
            aria-current={id === set ? "page" : undefined}
            className={`rounded-full border px-3 py-1 text-sm ${id === set ? "border-blue-700 bg-blue-50 font-medium text-blue-900" : "border-gray-300 text-gray-700 hover:bg-gray-50"}`}
          >
            {label}
          </Link>
        ))}
      </nav>
      <RecordsTable page={page} caption={t.tableCaption(sets.find(([id]) => id === set)?.[1] ?? "")} figure={figure} set={set} currency={currency} />
    </section>
  );
}
