// GET /scorecards — managers and owners: one card per technician and salesperson for the period in
// the URL, with the previous period, the team median and the pay plan's result; CSV for payroll.
import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PeriodPageFrame, type PageSearchParams, type PeriodView } from "@/app/period-page-frame";
import { getPayPlan } from "@/db/queries/pay-plans";
import { listPeerReviews } from "@/db/queries/peer-reviews";
import { roleAtLeast } from "@/lib/auth/roles";
import { rewardsOnlyVolume } from "@/lib/scorecards/pay-plan";
import { quartersOverlapping } from "@/lib/scorecards/quarters";
import { scorecardPage } from "@/db/queries/scorecard-cards";
import { getLocale } from "@/lib/format/server-locale";
import { scorecardsMessages } from "./messages";
import { PayPlanSection, VolumeWarning } from "./pay-plan-section";
import { PeerReviewTable } from "./peer-review-table";
import { ScorecardCardView } from "./scorecard-card";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: scorecardsMessages(await getLocale()).title };
}

export default function ScorecardsPage({ searchParams }: { searchParams: PageSearchParams }) {
  return (
    <PeriodPageFrame searchParams={searchParams} text={scorecardsMessages} skeletonRows={8} minRole="manager">
      {(view) => <ScorecardsFigures {...view} />}
    </PeriodPageFrame>
  );
}

async function ScorecardsFigures({ ctx, period, settings, locale }: PeriodView) {
  const t = scorecardsMessages(locale);
  const isOwner = roleAtLeast(ctx.role, "owner");
  const quarters = new Set(quartersOverlapping(period));
  const [{ cards }, stored, reviews] = await Promise.all([
    scorecardPage(ctx.db, ctx.orgId, period, settings),
    getPayPlan(ctx.db, ctx.orgId),
    isOwner ? listPeerReviews(ctx.db, ctx.orgId) : [],
  ]);
  const plan = stored?.plan ?? null;
  return (
    <div className="flex flex-col gap-6">
      {plan && rewardsOnlyVolume(plan) ? <VolumeWarning t={t} /> : null}
      {cards.length === 0 ? (
        <EmptyState title={t.emptyTitle} text={t.emptyText} action={{ href: "/imports", label: t.goToImports }} />
      ) : (
        <>
          <div>
            <a
              href={`/api/scorecards/csv?from=${period.from}&to=${period.to}`}
              download
              className="inline-flex rounded-tremor-default border border-gray-300 bg-white px-3 py-2 text-sm font-medium text-gray-900 hover:bg-gray-50"
            >
              {t.downloadCsv}
            </a>
          </div>
          <div className="grid gap-4 lg:grid-cols-2">
            {cards.map((card) => (
              <ScorecardCardView key={card.name} card={card} plan={plan} currency={settings.currency} locale={locale} explainPeriod={period} />
            ))}
          </div>
        </>
      )}
      <PayPlanSection plan={plan} canEdit={isOwner} t={t} />
      {isOwner ? <PeerReviewTable rows={reviews.filter((r) => quarters.has(r.quarter))} t={t} /> : null}
    </div>
  );
}
