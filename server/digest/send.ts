import "server-only";
import type { Database } from "@/db/client";
import { recordDigestSend, type DigestSubscription } from "@/db/digest/subscriptions";
import { sendMail } from "../mail/send-mail";
import { buildDigest, type BuiltDigest } from "./build";

async function mailDigest(member: DigestSubscription, digest: BuiltDigest, smtpUrl: string | undefined): Promise<void> {
  await sendMail(
    {
      to: member.email,
      ...digest.mail,
      // RFC 8058: mail clients show their own unsubscribe button, which POSTs to the link.
      headers: { "List-Unsubscribe": `<${digest.unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    },
    smtpUrl,
  );
}

/**
 * Sends the member the digest of the last full week, unless they already got that week's: the
 * digest_sends row is written in the transaction that sends, so a failed send leaves no row (and
 * is retried) and a second instance finds the row (and sends nothing).
 */
export async function sendDigest(
  db: Database,
  member: DigestSubscription,
  options: { now: Date; lateSince: Date | null; smtpUrl?: string },
): Promise<boolean> {
  const digest = await buildDigest(db, member, options);
  return db.transaction(async (tx) => {
    if (!(await recordDigestSend(tx, member, digest.week, options.now, options.lateSince !== null))) return false;
    await mailDigest(member, digest, options.smtpUrl);
    return true;
  });
}

/** "Send me a test": the digest as it would go out now, sent at once and not recorded. */
export async function sendTestDigest(db: Database, member: DigestSubscription, options: { now?: Date; smtpUrl?: string } = {}): Promise<void> {
  await mailDigest(member, await buildDigest(db, member, { now: options.now ?? new Date() }), options.smtpUrl);
}
