// GET /scorecards/<name> — managers and owners: one person's card. Everyone else (a technician
// signed in for their own card included) is sent to /forbidden, whatever name they type.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PeriodPageFrame, type PageSearchParams, type PeriodView } from "@/app/period-page-frame";
import { getPayPlan } from "@/db/queries/pay-plans";
import { scorecardPage } from "@/db/queries/scorecard-cards";
import { getLocale } from "@/lib/format/server-locale";
import { scorecardsMessages } from "../messages";
import { ScorecardCardView } from "../scorecard-card";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: scorecardsMessages(await getLocale()).title };
}

export default async function PersonScorecardPage({ params, searchParams }: { params: Promise<{ person: string }>; searchParams: PageSearchParams }) {
  const name = decodeURIComponent((await params).person);
  return (
    <PeriodPageFrame searchParams={searchParams} text={scorecardsMessages} skeletonRows={6} minRole="manager">
      {(view) => <PersonScorecard name={name} {...view} />}
    </PeriodPageFrame>
  );
}

async function PersonScorecard({ name, ctx, period, settings, locale }: PeriodView & { name: string }) {
  const [{ cards }, stored] = await Promise.all([scorecardPage(ctx.db, ctx.orgId, period, settings), getPayPlan(ctx.db, ctx.orgId)]);
  const card = cards.find((c) => c.name === name);
  if (!card) notFound();
  return <ScorecardCardView card={card} plan={stored?.plan ?? null} currency={settings.currency} locale={locale} explainPeriod={period} />;
}
