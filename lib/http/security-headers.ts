// The headers every response carries. Scripts need the per-request nonce (Next adds it to its own
// inline scripts); styles stay 'unsafe-inline' because the chart library sets style attributes.
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** Paths anyone may reach: sign-in and recovery pages, better-auth's own API, webhooks, share links, health, the digest's signed unsubscribe link. */
export function isPublicPath(pathname: string): boolean {
  return (
    ["/sign-in", "/setup", "/forgot-password", "/reset-password", "/api/digest/unsubscribe", "/unsubscribed"].includes(pathname) ||
    pathname.startsWith("/api/auth/") ||
    pathname.startsWith("/api/webhooks/") ||
    pathname.startsWith("/shared/") ||
    pathname === "/api/health"
  );
}

/**
 * CSRF for cookie-authenticated API changes: the browser's Origin (or, without it, Sec-Fetch-Site)
 * must say the request came from this site. Bearer-token calls carry no ambient credential.
 */
export function isCrossSiteMutation(req: { method: string; origin: string | null; host: string | null; fetchSite: string | null }): boolean {
  if (["GET", "HEAD", "OPTIONS"].includes(req.method)) return false;
  if (req.origin) {
    try {
      return new URL(req.origin).host !== req.host;
    } catch {
      return true;
    }
  }
  return req.fetchSite === "cross-site" || req.fetchSite === "same-site";
}

/** The wallboard: full screen without the app's navigation, and open to a TV's wallboard token. */
export const WALLBOARD_PATH = "/wallboard";

/** Set by the proxy on requests for pages drawn without the app's shell (the root layout reads it). */
export const BARE_PAGE_HEADER = "x-msp-kpi-bare-page";
