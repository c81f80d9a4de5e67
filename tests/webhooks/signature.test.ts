import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { hmacHex, signatureHeaders, validSecrets, verifyBearer, verifyHmac } from "@/lib/webhooks";

const SECRET = "whsec_test_current";
const OLD = "whsec_test_previous";
const NOW = new Date("2025-03-04T10:00:00Z");
const TS = String(NOW.getTime() / 1000);
const BODY = '{"event_id":"e1","type":"ping","occurred_at":"2025-03-04T10:00:00Z"}';
const sig = (secret = SECRET, ts = TS, body = BODY) => `sha256=${hmacHex(secret, ts, body)}`;
const check = (input: Partial<{ timestamp: string | null; signature: string | null; body: string }>, secrets = [SECRET]) =>
  verifyHmac(secrets, { timestamp: TS, signature: sig(), body: BODY, ...input }, NOW);

describe("HMAC signatures", () => {
  it("accepts a valid signature (hex in either case)", () => {
    expect(check({})).toEqual({ ok: true });
    expect(check({ signature: sig().toUpperCase().replace("SHA256=", "sha256=") })).toEqual({ ok: true });
  });

  it("refuses a forged signature, a changed body, and another secret", () => {
    expect(check({ signature: `sha256=${"ab".repeat(32)}` })).toMatchObject({ ok: false, reason: "signature mismatch" });
    expect(check({ body: BODY.replace("ping", "pong") })).toMatchObject({ ok: false });
    expect(check({ signature: sig("whsec_other") })).toMatchObject({ ok: false });
  });

  it("refuses stale and future timestamps beyond 5 minutes, accepts within", () => {
    const at = (offsetS: number) => String(Number(TS) + offsetS);
    expect(check({ timestamp: at(-301), signature: sig(SECRET, at(-301)) })).toMatchObject({ ok: false, reason: /window/ });
    expect(check({ timestamp: at(301), signature: sig(SECRET, at(301)) })).toMatchObject({ ok: false, reason: /window/ });
    expect(check({ timestamp: at(-299), signature: sig(SECRET, at(-299)) })).toEqual({ ok: true });
    expect(check({ timestamp: at(299), signature: sig(SECRET, at(299)) })).toEqual({ ok: true });
  });

  it("refuses missing headers and malformed values", () => {
    expect(check({ signature: null })).toMatchObject({ ok: false, reason: /missing/ });
    expect(check({ timestamp: null })).toMatchObject({ ok: false, reason: /missing/ });
    expect(check({ timestamp: "2025-03-04T10:00:00Z" })).toMatchObject({ ok: false, reason: /timestamp/ });
    expect(check({ signature: hmacHex(SECRET, TS, BODY) })).toMatchObject({ ok: false, reason: /malformed/ });
    expect(check({ signature: "sha256=zz" })).toMatchObject({ ok: false });
  });

  it("refuses a signature of the wrong length without throwing", () => {
    expect(check({ signature: sig().slice(0, -2) })).toMatchObject({ ok: false, reason: "signature mismatch" });
    expect(check({ signature: `${sig()}00` })).toMatchObject({ ok: false, reason: "signature mismatch" });
    expect(check({ signature: "sha256=" })).toMatchObject({ ok: false });
  });

  it("accepts the previous secret only during its grace period", () => {
    const rotating = { secret: SECRET, previousSecret: OLD, previousSecretExpiresAt: new Date(NOW.getTime() + 1000) };
    expect(validSecrets(rotating, NOW)).toEqual([SECRET, OLD]);
    expect(check({ signature: sig(OLD) }, validSecrets(rotating, NOW))).toEqual({ ok: true });
    const expired = { ...rotating, previousSecretExpiresAt: new Date(NOW.getTime() - 1) };
    expect(validSecrets(expired, NOW)).toEqual([SECRET]);
    expect(check({ signature: sig(OLD) }, validSecrets(expired, NOW))).toMatchObject({ ok: false });
  });

  it("signatureHeaders produces what verifyHmac accepts", () => {
    const h = signatureHeaders(SECRET, BODY, NOW);
    expect(verifyHmac([SECRET], { timestamp: h["X-MSP-KPI-Timestamp"]!, signature: h["X-MSP-KPI-Signature"]!, body: BODY }, NOW)).toEqual({ ok: true });
  });

  it("matches the openssl command shown in the set-up text", () => {
    const out = execFileSync("sh", ["-c", `printf '%s.%s' "$TS" "$BODY" | openssl dgst -sha256 -hmac "$SECRET" | sed 's/^.* //'`], {
      env: { ...process.env, TS, BODY, SECRET },
      encoding: "utf8",
    });
    expect(`sha256=${out.trim()}`).toBe(sig());
  });
});

describe("Bearer tokens", () => {
  it("accepts the secret, the previous one when passed, and refuses anything else", () => {
    expect(verifyBearer([SECRET], `Bearer ${SECRET}`)).toEqual({ ok: true });
    expect(verifyBearer([SECRET], `bearer ${SECRET}`)).toEqual({ ok: true });
    expect(verifyBearer([SECRET, OLD], `Bearer ${OLD}`)).toEqual({ ok: true });
    expect(verifyBearer([SECRET], `Bearer ${OLD}`)).toMatchObject({ ok: false });
    expect(verifyBearer([SECRET], `Bearer ${SECRET}x`)).toMatchObject({ ok: false });
    expect(verifyBearer([SECRET], SECRET)).toMatchObject({ ok: false, reason: /missing/ });
    expect(verifyBearer([SECRET], null)).toMatchObject({ ok: false, reason: /missing/ });
  });
});
