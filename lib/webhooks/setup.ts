import type { AuthMode } from "./sources-list";

/** The header(s) the tool must send, with the secret filled in. */
export function authHeaderLines(authMode: AuthMode, secret: string): string[] {
  return authMode === "bearer"
    ? [`Authorization: Bearer ${secret}`]
    : ["X-MSP-KPI-Timestamp: <unix seconds>", `X-MSP-KPI-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" with ${secret}>`];
}
