import "server-only";
import type { Database } from "@/db/client";
import { getDigestSubscription, unsubscribeFromDigest, type DigestSubscription } from "@/db/digest/subscriptions";
import { verifyUnsubscribeToken } from "@/lib/digest/unsubscribe-token";
import { appSecret } from "../auth/app-secret";
import { dropDigestJob } from "./job";

/** The member an unsubscribe token was signed for, or null for a tampered token or a member who left. */
export async function digestMemberOfToken(db: Database, token: string): Promise<DigestSubscription | null> {
  const recipient = verifyUnsubscribeToken(await appSecret(db), token);
  return recipient ? getDigestSubscription(db, recipient.orgId, recipient.userId) : null;
}

/**
 * The unsubscribe of a digest link: no sign-in, the signature is the credential.
 * False for a tampered or unknown token; unsubscribing again is a no-op that still answers true.
 */
export async function unsubscribeWithToken(db: Database, token: string): Promise<boolean> {
  const member = await digestMemberOfToken(db, token);
  if (!member) return false;
  await unsubscribeFromDigest(db, member.orgId, member.userId);
  await dropDigestJob(db, member.orgId, member.userId);
  return true;
}
