import "server-only";
import { cookies } from "next/headers";
import { redeemToken } from "@/db/auth/redeem-token";
import type { Database } from "@/db/client";
import { WALLBOARD_COOKIE, WallboardToken } from "@/lib/sharing/tokens";
import { getDb } from "../database";
import { currentViewer, pageContext } from "../request-context";

/** `member`: a signed-in member, who may open the figures' explanations; a TV's token opens nothing else. */
export type WallboardAccess = { ok: true; db: Database; orgId: number; member: boolean } | { ok: false };

/**
 * Who may see the wallboard: any signed-in member (their org), else a TV holding a live wallboard
 * token in its cookie (the token's org, read-only). Neither → the sign-in page; a token that is
 * malformed, unknown or revoked, or whose creator has left → refused.
 */
export async function wallboardAccess(): Promise<WallboardAccess> {
  const db = await getDb();
  const viewer = await currentViewer();
  if (viewer) return { ok: true, db, orgId: viewer.orgId, member: true };
  const token = WallboardToken.safeParse((await cookies()).get(WALLBOARD_COOKIE)?.value);
  if (!token.success) {
    // No session and no usable token: pageContext sends the visitor to sign in (or to set-up).
    await pageContext("viewer");
    return { ok: false };
  }
  const redeemed = await redeemToken(db, "wallboard", token.data);
  return redeemed ? { ok: true, db, orgId: redeemed.orgId, member: false } : { ok: false };
}
