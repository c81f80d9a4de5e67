import "server-only";
import type { Database } from "@/db/client";
import { getDigestSubscription, unsubscribeFromDigest } from "@/db/digest/subscriptions";
import { verifyUnsubscribeToken } from "@/lib/digest/unsubscribe-token";
import { appSecret } from "../auth/app-secret";
import { dropDigestJob } from "./job";

/**
 * The one-click unsubscribe of a digest link: no sign-in, the signature is the credential.
 * False for a tampered or unknown token; unsubscribing again is a no-op that still answers true.
 */
export async function unsubscribeWithToken(db: Database, token: string): Promise<boolean> {
  const recipient = verifyUnsubscribeToken(await appSecret(db), token);
  if (!recipient || !(await getDigestSubscription(db, recipient.orgId, recipient.userId))) return false;
  await unsubscribeFromDigest(db, recipient.orgId, recipient.userId);
  await dropDigestJob(db, recipient.orgId, recipient.userId);
  return true;
}
