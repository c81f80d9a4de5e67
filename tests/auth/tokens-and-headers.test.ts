import { describe, expect, it } from "vitest";
import { bearerApiToken, generateApiToken, hashApiToken } from "@/lib/auth/api-token";
import { roleAtLeast } from "@/lib/auth/roles";
import { contentSecurityPolicy, isCrossSiteMutation, isPublicPath } from "@/lib/http/security-headers";

describe("API tokens", () => {
  it("are random, prefixed, and stored only as their SHA-256", () => {
    const a = generateApiToken();
    const b = generateApiToken();
    expect(a.token).toMatch(/^mkpi_[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toBe(hashApiToken(a.token));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.token.startsWith(a.prefix)).toBe(true);
    expect(a.prefix).toHaveLength(11);
  });

  it("are read only from a well-formed Bearer header", () => {
    const { token } = generateApiToken();
    expect(bearerApiToken(`Bearer ${token}`)).toBe(token);
    expect(bearerApiToken(`bearer ${token}`)).toBeNull();
    expect(bearerApiToken(`Basic ${token}`)).toBeNull();
    expect(bearerApiToken("Bearer whsec_abcdefghijklmnopqrstuvwxyz")).toBeNull();
    expect(bearerApiToken(null)).toBeNull();
  });
});

describe("roles", () => {
  it("rank viewer < manager < owner", () => {
    expect(roleAtLeast("owner", "manager")).toBe(true);
    expect(roleAtLeast("manager", "manager")).toBe(true);
    expect(roleAtLeast("viewer", "manager")).toBe(false);
    expect(roleAtLeast("manager", "owner")).toBe(false);
  });
});

describe("security headers", () => {
  it("allow scripts only with the request's nonce and forbid framing", () => {
    const csp = contentSecurityPolicy("abc123", false);
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it("keep only sign-in, recovery, auth API, webhooks, health and the digest unsubscribe link public", () => {
    for (const path of ["/sign-in", "/setup", "/forgot-password", "/reset-password", "/api/auth/sign-in/email", "/api/webhooks/generic/abc", "/api/health", "/api/digest/unsubscribe", "/unsubscribed"]) {
      expect(isPublicPath(path), path).toBe(true);
    }
    for (const path of ["/", "/clients", "/api/kpis", "/api/webhooks-admin/endpoints", "/api/imports", "/sign-in/x", "/api/authx", "/settings/digest", "/api/digest/unsubscribe/x"]) {
      expect(isPublicPath(path), path).toBe(false);
    }
  });

  it("treat changes from another origin as cross-site, reads and same-origin changes not", () => {
    const base = { host: "kpi.example.com", fetchSite: null };
    expect(isCrossSiteMutation({ ...base, method: "POST", origin: "https://evil.example" })).toBe(true);
    expect(isCrossSiteMutation({ ...base, method: "DELETE", origin: "null" })).toBe(true);
    expect(isCrossSiteMutation({ ...base, method: "POST", origin: "https://kpi.example.com" })).toBe(false);
    expect(isCrossSiteMutation({ ...base, method: "GET", origin: "https://evil.example" })).toBe(false);
    expect(isCrossSiteMutation({ ...base, method: "POST", origin: null, fetchSite: "cross-site" })).toBe(true);
    expect(isCrossSiteMutation({ ...base, method: "POST", origin: null, fetchSite: "same-origin" })).toBe(false);
  });
});
