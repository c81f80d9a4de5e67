import { createHash, randomBytes } from "node:crypto";

// Secret tokens (API, share links, wallboards) are "<prefix><43 url-safe chars>"; only their
// SHA-256 is stored. A fast hash is right here: the token is 256 random bits, so there is nothing
// to brute-force.
const PREFIX = "mkpi_";

/** A fresh secret with the given prefix, its hash, and its first characters to recognise it in lists. */
export function generateSecretToken(prefix: string): { token: string; hash: string; prefix: string } {
  const token = prefix + randomBytes(32).toString("base64url");
  return { token, hash: hashApiToken(token), prefix: token.slice(0, prefix.length + 6) };
}

export function generateApiToken(): { token: string; hash: string; prefix: string } {
  return generateSecretToken(PREFIX);
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The token from an `Authorization: Bearer …` header, or null when the header is absent or not ours. */
export function bearerApiToken(authorization: string | null): string | null {
  const match = /^Bearer\s+(mkpi_[A-Za-z0-9_-]{20,100})\s*$/.exec(authorization ?? "");
  return match?.[1] ?? null;
}
