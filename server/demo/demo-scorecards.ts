import "server-only";
import type { SqlRunner } from "@/db/client";
import { savePayPlan } from "@/db/queries/pay-plans";
import { submitPeerReview } from "@/db/queries/peer-reviews";
import { DEMO_PAY_PLAN, demoPeerReviews } from "@/fixtures/demo/scorecards";
import { PayPlan } from "@/lib/scorecards/pay-plan";
import { quarterOf } from "@/lib/scorecards/quarters";

/** The demo's peer reviews (for today's quarter) and pay plan, through the same queries the app uses. */
export async function loadDemoScorecards(db: SqlRunner, orgId: number, today: string): Promise<void> {
  const rows = await db.query<{ id: string; name: string }>("select id, name from technicians where org_id = $1", [orgId]);
  const ids = new Map(rows.map((r) => [r.name, Number(r.id)]));
  const quarter = quarterOf(today);
  for (const review of demoPeerReviews()) {
    const [reviewerId, revieweeId] = [ids.get(review.reviewer), ids.get(review.reviewee)];
    if (reviewerId === undefined || revieweeId === undefined) continue;
    await submitPeerReview(db, orgId, reviewerId, { quarter, revieweeId, score: review.score, comment: review.comment });
  }
  await savePayPlan(db, orgId, PayPlan.parse(DEMO_PAY_PLAN), "demo");
}
