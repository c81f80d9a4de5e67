import "server-only";
import { Suspense, type ReactNode } from "react";
import { pageContext, type RequestContext } from "@/server/request-context";
import { FiguresSkeleton } from "@/components/figures-skeleton";
import { PageHeader } from "@/components/page-header";
import { PeriodPicker } from "@/components/period-picker";
import { RecomputingNotice } from "@/components/recomputing-notice";
import { figureSettings } from "@/db/queries/kpi";
import type { Role } from "@/lib/auth/roles";
import type { Locale } from "@/lib/format/locale";
import { getLocale } from "@/lib/format/server-locale";
import type { Period } from "@/lib/kpi/period";
import { periodFromSearchParams, periodSearch } from "@/lib/kpi/url-period";
import type { KpiSettings } from "@/lib/records/settings";

export type PageSearchParams = Promise<Record<string, string | string[] | undefined>>;

/** What a period dashboard's figures are computed for: the request, its language and the URL's period. */
export interface PeriodView {
  ctx: RequestContext;
  locale: Locale;
  /** The org's settings, with the time zone and SLA targets the rollups were built with (figureSettings). */
  settings: KpiSettings;
  period: Period;
  /** The period as a query string (`period=last-month` or `from=…&to=…`), for links that keep it. */
  periodQuery: string;
  /** The URL's parameters, for the page's own state (a server-side table's sort, search, page). */
  params: Record<string, string | string[] | undefined>;
}

export interface PeriodPageFrameProps {
  searchParams: PageSearchParams;
  /** The page's messages in a language: its title, subtitle and loading text. */
  text: (locale: Locale) => { title: string; subtitle: string; loading: string };
  /** Rows of the placeholder table shown while the figures load. */
  skeletonRows: number;
  /** Who may open the page (default viewer); below it the page answers with /forbidden. */
  minRole?: Role;
  children: (view: PeriodView) => ReactNode;
}

/**
 * The frame of a dashboard page for one period: header with the period picker, then the figures,
 * streamed. A server component: reads the request's org, settings and language.
 */
export async function PeriodPageFrame({ searchParams, text, skeletonRows, minRole = "viewer", children }: PeriodPageFrameProps) {
  const [params, locale, ctx] = await Promise.all([searchParams, getLocale(), pageContext(minRole)]);
  const t = text(locale);
  // While a rebuild for changed settings is pending, the figures use the old ones, and say so.
  const { settings, recomputing } = await figureSettings(ctx.db, ctx.orgId);
  // "Today" in the org's time zone decides what "last month" means.
  const resolved = periodFromSearchParams(params, new Date(), settings.timeZone);
  const periodQuery = periodSearch(resolved);
  return (
    <>
      <PageHeader
        title={t.title}
        subtitle={t.subtitle}
        actions={<PeriodPicker preset={resolved.preset} from={resolved.period.from} to={resolved.period.to} />}
      />
      {recomputing ? <RecomputingNotice /> : null}
      {/* Keyed by the period, so a new period shows the skeleton instead of stale figures. */}
      <Suspense key={periodQuery} fallback={<FiguresSkeleton label={t.loading} rows={skeletonRows} />}>
        {children({ ctx, locale, settings, period: resolved.period, periodQuery, params })}
      </Suspense>
    </>
  );
}
