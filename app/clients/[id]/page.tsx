// GET /clients/[id] — one client: KPI cards, tickets and hours per week, contracts, services and
// cross-sell, and device health against the previous period.
import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { z } from "zod";
import { FiguresSkeleton } from "@/components/figures-skeleton";
import { PageHeader } from "@/components/page-header";
import { PeriodPicker } from "@/components/period-picker";
import { RecomputingNotice } from "@/components/recomputing-notice";
import { getClientReportSchedule } from "@/db/client-reports/schedules";
import { getClientHeader } from "@/db/queries/clients";
import { listShareLinks } from "@/db/sharing/share-links";
import { roleAtLeast } from "@/lib/auth/roles";
import { nextReportDue } from "@/lib/client-reports/schedule";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/format/locale";
import { figureSettings } from "@/db/queries/kpi";
import { getLocale } from "@/lib/format/server-locale";
import { periodFromSearchParams, periodSearch } from "@/lib/kpi/url-period";
import { qbrPeriodFromSearchParams } from "@/lib/qbr/period";
import { pageContext } from "@/server/request-context";
import { clientsMessages } from "../messages";
import { ClientFigures } from "./client-figures";
import { ClientReportSection, type ScheduleView } from "./client-report/client-report-section";
import { qbrPageMessages } from "./qbr/messages";
import { ShareLinksSection, type ShareLinkView } from "./share-links/share-links-section";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const ClientId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = ClientId.safeParse((await params).id);
  if (!id.success) return {};
  const { db, orgId } = await pageContext("viewer");
  const client = await getClientHeader(db, orgId, id.data);
  return client ? { title: client.name } : {};
}

export default async function ClientPage({ params, searchParams }: Props) {
  const id = ClientId.safeParse((await params).id);
  if (!id.success) notFound();
  const [locale, ctx] = await Promise.all([getLocale(), pageContext("viewer")]);
  // Checked before anything streams, so an unknown client answers with a real 404.
  const client = await getClientHeader(ctx.db, ctx.orgId, id.data);
  if (!client) notFound();
  const t = clientsMessages(locale);
  // While a rebuild for changed settings is pending, the figures use the old ones, and say so.
  const { settings, recomputing } = await figureSettings(ctx.db, ctx.orgId);
  const resolved = periodFromSearchParams(await searchParams, new Date(), settings.timeZone);
  const query = periodSearch(resolved);
  const manager = roleAtLeast(ctx.role, "manager");
  const shareLinks = manager ? await shareLinkViews(ctx, id.data) : null;
  const reportSchedule = manager ? await scheduleView(ctx, id.data, locale, settings.timeZone) : null;
  return (
    <>
      <nav aria-label={t.breadcrumb} className="mb-2 text-sm">
        <Link href={`/clients?${query}`} className="font-medium text-blue-800 hover:underline">
          ← {t.back}
        </Link>
      </nav>
      <PageHeader
        title={client.name}
        subtitle={t.detailSubtitle(client.segment)}
        actions={
          <>
            <Link href={`/clients/${id.data}/qbr`} className="rounded-tremor-default border border-gray-300 bg-white px-3 py-2 text-sm font-medium text-gray-800 shadow-sm hover:bg-gray-50">
              {qbrPageMessages(locale).openReport}
            </Link>
            <PeriodPicker preset={resolved.preset} from={resolved.period.from} to={resolved.period.to} />
          </>
        }
      />
      {recomputing ? <RecomputingNotice /> : null}
      <Suspense key={query} fallback={<FiguresSkeleton label={t.loading} cards={6} rows={6} />}>
        <ClientFigures ctx={ctx} clientId={id.data} period={resolved.period} settings={settings} locale={locale} />
      </Suspense>
      {shareLinks ? (
        // A QBR looks back on a quarter: the last full one is offered, as on the QBR page.
        <ShareLinksSection clientId={id.data} period={qbrPeriodFromSearchParams({}, new Date(), settings.timeZone).period} links={shareLinks} timeZone={settings.timeZone} />
      ) : null}
      {reportSchedule ? (
        <ClientReportSection clientId={id.data} {...reportSchedule} smtpConfigured={Boolean(env.SMTP_URL)} timeZone={settings.timeZone} />
      ) : null}
    </>
  );
}

/** The client's report schedule as its form shows it (a client without one: the form's defaults). */
async function scheduleView(
  ctx: { db: Parameters<typeof getClientReportSchedule>[0]; orgId: number },
  clientId: number,
  locale: Locale,
  timeZone: string,
): Promise<{ schedule: ScheduleView; nextDue: string | null }> {
  const saved = await getClientReportSchedule(ctx.db, ctx.orgId, clientId);
  if (!saved) return { schedule: { enabled: false, recipients: "", cadence: "quarterly", daysAfter: 5, holdForReview: true, locale }, nextDue: null };
  const { recipients, cadence, daysAfter, holdForReview } = saved;
  return {
    schedule: { enabled: true, recipients: recipients.join(", "), cadence, daysAfter, holdForReview, locale: saved.locale },
    nextDue: nextReportDue(new Date(), saved, timeZone).toISOString(),
  };
}

async function shareLinkViews(ctx: { db: Parameters<typeof listShareLinks>[0]; orgId: number }, clientId: number): Promise<ShareLinkView[]> {
  const now = Date.now();
  return (await listShareLinks(ctx.db, ctx.orgId, clientId)).map((link) => ({
    id: link.id,
    prefix: link.prefix,
    from: link.period.from,
    to: link.period.to,
    createdByName: link.createdByName,
    createdAt: link.createdAt.toISOString(),
    expiresAt: link.expiresAt.toISOString(),
    status: link.revokedAt ? "revoked" : link.expiresAt.getTime() <= now ? "expired" : "active",
  }));
}
