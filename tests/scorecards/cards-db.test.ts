import { expect, it } from "vitest";
import { createMember } from "@/db/auth/users";
import { getPayPlan, savePayPlan } from "@/db/queries/pay-plans";
import { linkMemberTechnician, submitPeerReview } from "@/db/queries/peer-reviews";
import { ownScorecardCard, scorecardPage } from "@/db/queries/scorecard-cards";
import { DEFAULT_KPI_SETTINGS } from "@/lib/records/settings";
import { PayPlan, payResult } from "@/lib/scorecards/pay-plan";
import { PeerReviewInput } from "@/lib/scorecards/peer-review";
import { auditEntries, createTestOrg, describeEachDatabase } from "../support/db";
import { MARCH, scorecardData } from "../kpi/scorecard-dataset";
import { insertDataset } from "../kpi-sql/insert-dataset";

// The data the Scorecards page reads, on the hand-worked set of tests/kpi/scorecard-dataset.ts.
describeEachDatabase("scorecard cards and pay plans", (db) => {
  it("one card per person with P, the previous period and the team median; Ann sells and fixes on one card", async () => {
    const orgId = await createTestOrg(db());
    await insertDataset(db(), orgId, scorecardData);
    const page = await scorecardPage(db(), orgId, MARCH, DEFAULT_KPI_SETTINGS);
    expect(page.previous).toEqual({ from: "2026-01-29", to: "2026-02-28" });
    expect(page.cards.map((c) => [c.name, c.technician !== null, c.salesperson !== null])).toEqual([
      ["Ann", true, true], ["Bo", true, false], ["Cy", true, false], ["Ghost", true, false], ["Sam", false, true], ["Uli", false, true],
    ]);
    const ann = page.cards[0]!;
    // CSAT: Ann 4, Bo 2 (Cy and Ghost have none) → median 3; first response: Ann 40, Ghost 5 → 22.5; February: Ann 20
    expect(ann.technician?.csat).toEqual({ value: 4, previous: null, teamMedian: 3 });
    expect(ann.technician?.first_response_minutes).toEqual({ value: 40, previous: 20, teamMedian: 22.5 });
    // new-service MRR: Ann 500, Sam 250, Uli 0 → 250
    expect(ann.salesperson?.booked_new_service_mrr).toEqual({ value: 500, previous: null, teamMedian: 250 });
    expect(ann.figures).toMatchObject({ csat: 4, booked_new_service_mrr: 500, new_service_share: 1 });
  });

  it("a technician's own card: theirs only, no team medians, their peer review only from three reviews", async () => {
    const orgId = await createTestOrg(db());
    await insertDataset(db(), orgId, scorecardData);
    const userId = await createMember(db(), orgId, { name: "Ann", email: `ann-${orgId}@example.com`, password: "ann-secret-pass", role: "viewer" });
    expect(await ownScorecardCard(db(), orgId, userId, MARCH, DEFAULT_KPI_SETTINGS)).toBeNull(); // not linked yet
    const ids = Object.fromEntries((await db().query<{ name: string; id: string }>("select name, id from technicians where org_id = $1", [orgId])).map((r) => [r.name, Number(r.id)]));
    await linkMemberTechnician(db(), orgId, userId, ids.Ann!);
    const own = await ownScorecardCard(db(), orgId, userId, MARCH, DEFAULT_KPI_SETTINGS);
    expect(own?.name).toBe("Ann");
    expect(own?.technician?.csat).toEqual({ value: 4, previous: null, teamMedian: null });
    expect(own?.salesperson?.booked_new_service_mrr.teamMedian).toBeNull();
    expect(own?.technician?.peer_review).toEqual({ value: null, previous: null, teamMedian: null }); // two reviews in Q1
    await submitPeerReview(db(), orgId, ids.Ghost!, PeerReviewInput.parse({ quarter: "2026-Q1", revieweeId: ids.Ann, score: 3 }));
    const after = await ownScorecardCard(db(), orgId, userId, MARCH, DEFAULT_KPI_SETTINGS);
    expect(after?.technician?.peer_review.value).toBe(4); // (4 + 5 + 3) / 3
    expect(after?.figures.peer_review).toBe(4);
  });

  it("saves the pay plan per org with the audit log, reads it back through its schema, and pays the cards by it", async () => {
    const [orgId, other] = [await createTestOrg(db()), await createTestOrg(db())];
    await insertDataset(db(), orgId, scorecardData);
    expect(await getPayPlan(db(), orgId)).toBeNull();
    const plan = PayPlan.parse({ weights: { tickets_resolved: 2 }, bonuses: [{ figure: "csat", direction: "at-least", threshold: 4, reward: { kind: "fixed", amount: 150 } }] });
    await savePayPlan(db(), orgId, plan, "user:owner-1");
    await savePayPlan(db(), orgId, { ...plan, weights: { tickets_resolved: 3 } }, "user:owner-2");
    expect(await getPayPlan(db(), orgId)).toMatchObject({ plan: { ...plan, weights: { tickets_resolved: 3 } }, updatedBy: "user:owner-2" });
    expect(await getPayPlan(db(), other)).toBeNull();
    expect((await auditEntries(db(), orgId)).filter((e) => e.action === "pay_plan.changed").map((e) => e.actor)).toEqual(["user:owner-2", "user:owner-1"]);
    const { cards } = await scorecardPage(db(), orgId, MARCH, DEFAULT_KPI_SETTINGS);
    const stored = (await getPayPlan(db(), orgId))!.plan;
    // Ann: 3 resolved × 3 + CSAT 4 ≥ 4 → 159; Bo: 1 × 3, CSAT 2 → 3; Sam sells only: no lines
    expect(cards.map((c) => [c.name, payResult(stored, c.figures).total])).toEqual([["Ann", 159], ["Bo", 3], ["Cy", 0], ["Ghost", 0], ["Sam", 0], ["Uli", 0]]);
    expect(payResult(stored, cards.find((c) => c.name === "Sam")!.figures).lines).toEqual([]);
  });
});
