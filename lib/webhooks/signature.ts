import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

// Request authentication for webhook endpoints. Two modes:
//  hmac   — X-MSP-KPI-Timestamp: <unix seconds>
//           X-MSP-KPI-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>">
//           within ±5 minutes of now, so a captured request cannot be replayed later.
//  bearer — Authorization: Bearer <secret>, for tools that can only send a static header.
// During a rotation both the current and the previous secret are accepted until the previous expires.

export const TIMESTAMP_HEADER = "x-msp-kpi-timestamp";
export const SIGNATURE_HEADER = "x-msp-kpi-signature";
const TOLERANCE_SECONDS = 5 * 60;

export interface EndpointSecrets {
  secret: string;
  previousSecret: string | null;
  previousSecretExpiresAt: Date | null;
}

export type VerifyResult = { ok: true } | { ok: false; reason: string };

/** The secrets valid at `now`: the current one, plus the previous one during its grace period. */
export function validSecrets(s: EndpointSecrets, now: Date): string[] {
  const previousValid = s.previousSecret && s.previousSecretExpiresAt && s.previousSecretExpiresAt.getTime() > now.getTime();
  return previousValid ? [s.secret, s.previousSecret!] : [s.secret];
}

export function hmacHex(secret: string, timestamp: string, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

/** The two headers a sender adds (used by tests, the bench and the set-up example). */
export function signatureHeaders(secret: string, body: string, now = new Date()): Record<string, string> {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  return { "X-MSP-KPI-Timestamp": timestamp, "X-MSP-KPI-Signature": `sha256=${hmacHex(secret, timestamp, body)}` };
}

export function verifyHmac(
  secrets: string[],
  input: { timestamp: string | null; signature: string | null; body: string },
  now: Date,
): VerifyResult {
  const { timestamp, signature, body } = input;
  if (!timestamp || !signature) return { ok: false, reason: "missing signature headers" };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: "malformed timestamp" };
  const skew = Math.abs(now.getTime() / 1000 - Number(timestamp));
  if (skew > TOLERANCE_SECONDS) return { ok: false, reason: "timestamp outside the 5-minute window" };
  const match = /^sha256=([0-9a-fA-F]+)$/.exec(signature.trim());
  if (!match) return { ok: false, reason: "malformed signature" };
  const given = Buffer.from(match[1]!, "hex");
  for (const secret of secrets) {
    const expected = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest();
    // timingSafeEqual throws on different lengths: a wrong-length signature is simply wrong.
    if (given.length === expected.length && timingSafeEqual(given, expected)) return { ok: true };
  }
  return { ok: false, reason: "signature mismatch" };
}

const sha256 = (s: string) => createHash("sha256").update(s).digest();

export function verifyBearer(secrets: string[], authorization: string | null): VerifyResult {
  const match = authorization ? /^Bearer\s+(\S+)\s*$/i.exec(authorization) : null;
  if (!match) return { ok: false, reason: "missing bearer token" };
  // Comparing digests keeps the comparison constant-time without revealing the secret's length.
  const given = sha256(match[1]!);
  for (const secret of secrets) {
    if (timingSafeEqual(given, sha256(secret))) return { ok: true };
  }
  return { ok: false, reason: "bearer token mismatch" };
}

/** ≥128 bits, URL-safe: the endpoint's public id (last URL segment). */
export function newPublicId(): string {
  return randomBytes(18).toString("base64url");
}

export function newSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
