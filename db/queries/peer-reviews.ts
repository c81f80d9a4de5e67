import "server-only";
import { OWN_MEAN_MIN_REVIEWS, type PeerReviewInput } from "@/lib/scorecards/peer-review";
import type { Quarter } from "@/lib/scorecards/quarters";
import type { z } from "zod";
import type { SqlRunner } from "../client";
import { FIGURE_DP, num, roundDiv } from "./kpi/sql";

// Peer reviews (issue #19): a member linked to a technician (memberships.technician_id) scores each
// colleague once a quarter. Owners read every score and comment; a technician reads only their own
// mean, and only once OWN_MEAN_MIN_REVIEWS reviews exist, so no single score can be traced.

export type PeerReview = z.output<typeof PeerReviewInput>;
export type SubmitResult = { ok: true; id: number } | { ok: false; reason: "self-review" | "already-reviewed" | "unknown-technician" };

/** The technician a member of the org is linked to, or null. */
export async function memberTechnicianId(db: SqlRunner, orgId: number, userId: string): Promise<number | null> {
  const [row] = await db.query<{ id: string | null }>("select technician_id as id from memberships where org_id = $1 and user_id = $2", [orgId, userId]);
  return row?.id == null ? null : Number(row.id);
}

/** Links a member to a technician of the same org (null unlinks); false when the member is not in the org. */
export async function linkMemberTechnician(db: SqlRunner, orgId: number, userId: string, technicianId: number | null): Promise<boolean> {
  const rows = await db.query("update memberships set technician_id = $3 where org_id = $1 and user_id = $2 returning 1", [orgId, userId, technicianId]);
  return rows.length > 0;
}

export async function submitPeerReview(db: SqlRunner, orgId: number, reviewerId: number, review: PeerReview): Promise<SubmitResult> {
  if (reviewerId === review.revieweeId) return { ok: false, reason: "self-review" };
  const [known] = await db.query<{ n: number }>("select count(*)::int as n from technicians where org_id = $1 and id in ($2, $3)", [orgId, reviewerId, review.revieweeId]);
  if (known?.n !== 2) return { ok: false, reason: "unknown-technician" };
  const [row] = await db.query<{ id: string }>(
    `insert into peer_reviews (org_id, quarter, reviewer_id, reviewee_id, score, comment) values ($1, $2, $3, $4, $5, $6)
     on conflict (org_id, quarter, reviewer_id, reviewee_id) do nothing returning id`,
    [orgId, review.quarter, reviewerId, review.revieweeId, review.score, review.comment],
  );
  return row ? { ok: true, id: Number(row.id) } : { ok: false, reason: "already-reviewed" };
}

export interface PeerReviewRow {
  quarter: Quarter;
  reviewer: string;
  reviewee: string;
  score: number;
  comment: string | null;
  createdAt: Date;
}

/** Every review of the org (of one quarter when given), newest quarter first: for owners only. */
export async function listPeerReviews(db: SqlRunner, orgId: number, quarter: Quarter | null = null): Promise<PeerReviewRow[]> {
  return db.query<PeerReviewRow>(
    `select r.quarter, a.name as reviewer, b.name as reviewee, r.score, r.comment, r.created_at as "createdAt"
     from peer_reviews r join technicians a on a.org_id = r.org_id and a.id = r.reviewer_id
       join technicians b on b.org_id = r.org_id and b.id = r.reviewee_id
     where r.org_id = $1 and ($2::text is null or r.quarter = $2)
     order by r.quarter desc, b.name, a.name`,
    [orgId, quarter],
  );
}

/** The colleagues a technician has already reviewed in a quarter (ids), so a form can leave them out. */
export async function reviewedBy(db: SqlRunner, orgId: number, reviewerId: number, quarter: Quarter): Promise<number[]> {
  const rows = await db.query<{ id: string }>("select reviewee_id as id from peer_reviews where org_id = $1 and reviewer_id = $2 and quarter = $3", [orgId, reviewerId, quarter]);
  return rows.map((r) => Number(r.id));
}

/**
 * What a technician may see of their own reviews in the given quarters: how many there are, and
 * their mean (rounded like peer_review) only when there are at least OWN_MEAN_MIN_REVIEWS.
 */
export async function ownPeerReviewMean(db: SqlRunner, orgId: number, technicianId: number, quarters: readonly Quarter[]): Promise<{ reviews: number; mean: number | null }> {
  const [row] = await db.query<{ n: number; mean: string | null }>(
    `select count(*)::int as n, case when count(*) >= $4 then ${roundDiv("sum(score)", "count(*)", FIGURE_DP)} end as mean
     from peer_reviews where org_id = $1 and reviewee_id = $2 and quarter = any(string_to_array($3::text, ','))`,
    [orgId, technicianId, quarters.join(","), OWN_MEAN_MIN_REVIEWS],
  );
  return { reviews: row?.n ?? 0, mean: num(row?.mean) };
}
