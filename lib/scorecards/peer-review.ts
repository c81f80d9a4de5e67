import { z } from "zod";
import { Quarter } from "./quarters";

// Each quarter a technician may score each colleague 1–5 on teamwork, once, with an optional comment.

export const PeerScore = z.object({
  quarter: Quarter,
  reviewer: z.string().min(1),
  reviewee: z.string().min(1),
  score: z.number().int().min(1).max(5),
});
export type PeerScore = z.infer<typeof PeerScore>;

/** A review as a signed-in technician submits it: whom, for which quarter, the score and a comment. */
export const PeerReviewInput = z.object({
  quarter: Quarter,
  revieweeId: z.number().int().positive(),
  score: z.number().int().min(1).max(5),
  comment: z.string().trim().max(2000).transform((c) => (c === "" ? null : c)).nullable().default(null),
});
export type PeerReviewInput = z.input<typeof PeerReviewInput>;

/** The same review as the page's form sends it (numbers as text). */
export const PeerReviewFields = PeerReviewInput.extend({
  revieweeId: z.coerce.number().int().positive(),
  score: z.coerce.number().int().min(1).max(5),
});

/** Below this many reviews a technician is not shown their own mean, so no single score can be traced. */
export const OWN_MEAN_MIN_REVIEWS = 3;
