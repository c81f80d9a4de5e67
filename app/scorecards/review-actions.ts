"use server";

import { revalidatePath } from "next/cache";
import { getKpiSettings } from "@/db/queries/org-settings";
import { memberTechnicianId, submitPeerReview } from "@/db/queries/peer-reviews";
import type { ActionState } from "@/lib/forms/action-result";
import { localDate } from "@/lib/kpi/instant";
import { PeerReviewFields } from "@/lib/scorecards/peer-review";
import { quarterOf } from "@/lib/scorecards/quarters";
import { requestContext } from "@/server/request-context";

// A signed-in technician reviews a colleague for the current quarter (in the org's time zone).
export type PeerReviewState = ActionState<{ at: number }, "not-linked" | "self-review" | "already-reviewed" | "unknown-technician" | "invalid">;

export async function submitPeerReviewAction(_previous: PeerReviewState, formData: FormData): Promise<PeerReviewState> {
  const ctx = await requestContext("viewer");
  const reviewerId = await memberTechnicianId(ctx.db, ctx.orgId, ctx.userId);
  if (reviewerId === null) return { ok: false, error: "not-linked" };
  const { timeZone } = await getKpiSettings(ctx.db, ctx.orgId);
  const parsed = PeerReviewFields.safeParse({ ...Object.fromEntries(formData), quarter: quarterOf(localDate(new Date(), timeZone)) });
  if (!parsed.success) return { ok: false, error: "invalid" };
  const result = await submitPeerReview(ctx.db, ctx.orgId, reviewerId, parsed.data);
  if (!result.ok) return { ok: false, error: result.reason };
  revalidatePath("/scorecards/me");
  return { ok: true, at: Date.now() };
}
