// GET /scorecards/me — a member linked to a technician: their own card and nobody else's (no team
// medians; the peer review only as their own mean from three reviews), and their peer reviews to give.
import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PeriodPageFrame, type PageSearchParams, type PeriodView } from "@/app/period-page-frame";
import { getPayPlan } from "@/db/queries/pay-plans";
import { listTechnicianCapacities } from "@/db/queries/org-settings";
import { memberTechnicianId, ownPeerReviewMean, reviewedBy } from "@/db/queries/peer-reviews";
import { ownScorecardCard } from "@/db/queries/scorecard-cards";
import { getLocale } from "@/lib/format/server-locale";
import { localDate } from "@/lib/kpi/instant";
import { quarterOf, quartersOverlapping } from "@/lib/scorecards/quarters";
import { scorecardsMessages } from "../messages";
import { PeerReviewForm } from "../peer-review-form";
import { ScorecardCardView } from "../scorecard-card";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: scorecardsMessages(await getLocale()).ownTitle };
}

const ownText = (locale: Parameters<typeof scorecardsMessages>[0]) => {
  const t = scorecardsMessages(locale);
  return { title: t.ownTitle, subtitle: t.ownSubtitle, loading: t.loading };
};

export default function OwnScorecardPage({ searchParams }: { searchParams: PageSearchParams }) {
  return (
    <PeriodPageFrame searchParams={searchParams} text={ownText} skeletonRows={6}>
      {(view) => <OwnScorecard {...view} />}
    </PeriodPageFrame>
  );
}

async function OwnScorecard({ ctx, period, settings, locale }: PeriodView) {
  const t = scorecardsMessages(locale);
  const technicianId = await memberTechnicianId(ctx.db, ctx.orgId, ctx.userId);
  if (technicianId === null) return <EmptyState title={t.notLinkedTitle} text={t.notLinkedText} />;
  const quarter = quarterOf(localDate(new Date(), settings.timeZone));
  const [card, stored, reviews, technicians, reviewed] = await Promise.all([
    ownScorecardCard(ctx.db, ctx.orgId, ctx.userId, period, settings),
    getPayPlan(ctx.db, ctx.orgId),
    ownPeerReviewMean(ctx.db, ctx.orgId, technicianId, quartersOverlapping(period)),
    listTechnicianCapacities(ctx.db, ctx.orgId),
    reviewedBy(ctx.db, ctx.orgId, technicianId, quarter),
  ]);
  const colleagues = technicians.filter((c) => c.id !== technicianId).map((c) => ({ id: c.id, name: c.name, reviewed: reviewed.includes(c.id) }));
  const peerReviewNote = reviews.mean === null ? t.ownPeerReviewHidden(reviews.reviews) : undefined;
  return (
    <div className="flex flex-col gap-6">
      {card ? (
        <ScorecardCardView card={card} plan={stored?.plan ?? null} currency={settings.currency} locale={locale} peerReviewNote={peerReviewNote} />
      ) : (
        <p className="text-sm text-gray-600">{t.noOwnCard}</p>
      )}
      <PeerReviewForm quarter={quarter} colleagues={colleagues} />
    </div>
  );
}
