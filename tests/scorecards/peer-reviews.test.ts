import { expect, it } from "vitest";
import { createMember } from "@/db/auth/users";
import { computeKpiReportSql } from "@/db/queries/kpi";
import {
  linkMemberTechnician, listPeerReviews, memberTechnicianId, ownPeerReviewMean, reviewedBy, submitPeerReview, type PeerReview,
} from "@/db/queries/peer-reviews";
import { DEFAULT_KPI_SETTINGS } from "@/lib/records/settings";
import { PeerReviewInput } from "@/lib/scorecards/peer-review";
import type { Database } from "@/db/client";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { dataset, technician } from "../kpi/factories";
import { insertDataset } from "../kpi-sql/insert-dataset";

/** An org with technicians Ann, Bo, Cy and Di; their ids by name. */
async function teamOrg(db: Database): Promise<{ orgId: number; id: Record<string, number> }> {
  const orgId = await createTestOrg(db);
  await insertDataset(db, orgId, dataset({ technicians: ["Ann", "Bo", "Cy", "Di"].map((t) => technician({ technician: t })) }));
  const rows = await db.query<{ name: string; id: string }>("select name, id from technicians where org_id = $1", [orgId]);
  return { orgId, id: Object.fromEntries(rows.map((r) => [r.name, Number(r.id)])) };
}

const review = (revieweeId: number, score: number, comment?: string): PeerReview =>
  PeerReviewInput.parse({ quarter: "2026-Q1", revieweeId, score, comment });

describeEachDatabase("peer reviews", (db) => {
  it("a technician scores each colleague once a quarter, never themself; an empty comment is none", async () => {
    const { orgId, id } = await teamOrg(db());
    expect(await submitPeerReview(db(), orgId, id.Ann!, review(id.Bo!, 4, "  "))).toMatchObject({ ok: true });
    expect(await submitPeerReview(db(), orgId, id.Ann!, review(id.Bo!, 5))).toEqual({ ok: false, reason: "already-reviewed" });
    expect(await submitPeerReview(db(), orgId, id.Ann!, review(id.Ann!, 5))).toEqual({ ok: false, reason: "self-review" });
    expect(await submitPeerReview(db(), orgId, id.Ann!, { ...review(id.Bo!, 5), quarter: "2026-Q2" })).toMatchObject({ ok: true });
    expect(await reviewedBy(db(), orgId, id.Ann!, "2026-Q1")).toEqual([id.Bo]);
    expect(await listPeerReviews(db(), orgId, "2026-Q1")).toEqual([expect.objectContaining({ reviewer: "Ann", reviewee: "Bo", score: 4, comment: null })]);
    // the database refuses them too, whoever writes
    await expect(db().query("insert into peer_reviews (org_id, quarter, reviewer_id, reviewee_id, score) values ($1, '2026-Q3', $2, $2, 3)", [orgId, id.Cy])).rejects.toThrow();
    await expect(db().query("insert into peer_reviews (org_id, quarter, reviewer_id, reviewee_id, score) values ($1, '2026-Q3', $2, $3, 6)", [orgId, id.Cy, id.Di])).rejects.toThrow();
    expect(() => PeerReviewInput.parse({ quarter: "2026-Q5", revieweeId: id.Bo, score: 3 })).toThrow();
    expect(() => PeerReviewInput.parse({ quarter: "2026-Q1", revieweeId: id.Bo, score: 0 })).toThrow();
  });

  it("a technician sees their own mean only once three reviews exist; owners see every score and comment", async () => {
    const { orgId, id } = await teamOrg(db());
    await submitPeerReview(db(), orgId, id.Bo!, review(id.Ann!, 5, "Always helps out"));
    await submitPeerReview(db(), orgId, id.Cy!, review(id.Ann!, 4));
    expect(await ownPeerReviewMean(db(), orgId, id.Ann!, ["2026-Q1"])).toEqual({ reviews: 2, mean: null });
    await submitPeerReview(db(), orgId, id.Di!, review(id.Ann!, 4));
    expect(await ownPeerReviewMean(db(), orgId, id.Ann!, ["2026-Q1"])).toEqual({ reviews: 3, mean: 4.3333 });
    expect(await ownPeerReviewMean(db(), orgId, id.Ann!, ["2026-Q2"])).toEqual({ reviews: 0, mean: null });
    const listed = await listPeerReviews(db(), orgId);
    expect(listed.map((r) => [r.reviewer, r.reviewee, r.score, r.comment])).toEqual([
      ["Bo", "Ann", 5, "Always helps out"], ["Cy", "Ann", 4, null], ["Di", "Ann", 4, null],
    ]);
    // the scorecards (managers and owners) carry the mean of any number of reviews
    const report = await computeKpiReportSql(db(), orgId, { from: "2026-03-01", to: "2026-03-31" }, DEFAULT_KPI_SETTINGS);
    expect(report.scorecards?.technicians.Ann?.peer_review).toBe(4.3333);
  });

  it("orgs are apart: no reviews of another org's technicians, no links to them, no reviews seen across", async () => {
    const [a, b] = [await teamOrg(db()), await teamOrg(db())];
    expect(await submitPeerReview(db(), a.orgId, a.id.Ann!, review(b.id.Bo!, 3))).toEqual({ ok: false, reason: "unknown-technician" });
    expect(await submitPeerReview(db(), a.orgId, b.id.Ann!, review(a.id.Bo!, 3))).toEqual({ ok: false, reason: "unknown-technician" });
    await submitPeerReview(db(), a.orgId, a.id.Ann!, review(a.id.Bo!, 2));
    expect(await listPeerReviews(db(), b.orgId)).toEqual([]);
    expect(await ownPeerReviewMean(db(), b.orgId, a.id.Bo!, ["2026-Q1"])).toEqual({ reviews: 0, mean: null });
    const userId = await createMember(db(), a.orgId, { name: "Ann", email: `ann-${a.orgId}@example.com`, password: "ann-secret-pass", role: "viewer" });
    expect(await memberTechnicianId(db(), a.orgId, userId)).toBeNull();
    expect(await linkMemberTechnician(db(), a.orgId, userId, a.id.Ann!)).toBe(true);
    expect(await memberTechnicianId(db(), a.orgId, userId)).toBe(a.id.Ann);
    await expect(linkMemberTechnician(db(), a.orgId, userId, b.id.Ann!)).rejects.toThrow();
    expect(await linkMemberTechnician(db(), b.orgId, userId, b.id.Ann!)).toBe(false);
  });
});
