import { createHmac, timingSafeEqual } from "node:crypto";

// The digest's one-click unsubscribe link carries "<org id>.<user id>.<HMAC>": anyone holding the
// mail may unsubscribe that member from that org's digest, and nothing else.

export interface DigestRecipient {
  orgId: number;
  userId: string;
}

const mac = (secret: string, { orgId, userId }: DigestRecipient) =>
  createHmac("sha256", secret).update(`digest-unsubscribe:${orgId}:${userId}`).digest("base64url");

export function signUnsubscribeToken(secret: string, recipient: DigestRecipient): string {
  return `${recipient.orgId}.${recipient.userId}.${mac(secret, recipient)}`;
}

/** The recipient the token was signed for, or null when it is malformed or its signature does not match. */
export function verifyUnsubscribeToken(secret: string, token: string): DigestRecipient | null {
  const match = /^(\d{1,15})\.([A-Za-z0-9-]{1,64})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const recipient = { orgId: Number(match[1]), userId: match[2]! };
  const expected = Buffer.from(mac(secret, recipient));
  const given = Buffer.from(match[3]!);
  return given.length === expected.length && timingSafeEqual(given, expected) ? recipient : null;
}
