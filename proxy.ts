import { NextResponse, type NextRequest } from "next/server";
import { bearerApiToken } from "@/lib/auth/api-token";
import { BARE_PAGE_HEADER, contentSecurityPolicy, isCrossSiteMutation, isPublicPath, STATIC_SECURITY_HEADERS, WALLBOARD_PATH } from "@/lib/http/security-headers";
import { WALLBOARD_COOKIE } from "@/lib/sharing/tokens";

// Runs before every page and API route: security headers with a fresh CSP nonce, CSRF refusal of
// cross-site API changes, and a cheap early answer for requests with no credential at all. The
// real session and role checks happen on the server in server/request-context.ts.
const SESSION_COOKIES = ["better-auth.session_token", "__Secure-better-auth.session_token"];

function withHeaders(response: NextResponse, csp: string): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

// A TV opens /wallboard?token=…: the token moves into a cookie only /wallboard receives, and out
// of the address bar. Whether it is valid is for the page to decide (server/wallboard/access.ts).
function keepWallboardToken(request: NextRequest, token: string, csp: string): NextResponse {
  const clean = new URL(request.url);
  clean.searchParams.delete("token");
  const response = NextResponse.redirect(clean);
  response.cookies.set(WALLBOARD_COOKIE, token, {
    httpOnly: true, sameSite: "lax", path: WALLBOARD_PATH, maxAge: 400 * 24 * 3600, secure: request.nextUrl.protocol === "https:",
  });
  return withHeaders(response, csp);
}

function refuse(status: 401 | 403, code: string, message: string, csp: string): NextResponse {
  return withHeaders(NextResponse.json({ error: { code, message, details: null } }, { status }), csp);
}

export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const { pathname, search } = request.nextUrl;
  const isApi = pathname.startsWith("/api/");
  const hasBearer = bearerApiToken(request.headers.get("authorization")) !== null;
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  const isWallboard = pathname === WALLBOARD_PATH;
  const wallboardToken = isWallboard ? request.nextUrl.searchParams.get("token") : null;
  if (wallboardToken) return keepWallboardToken(request, wallboardToken, csp);
  const hasWallboardCookie = isWallboard && request.cookies.has(WALLBOARD_COOKIE);

  if (!isPublicPath(pathname)) {
    if (!hasBearer && !hasSession && !hasWallboardCookie) {
      if (isApi) return refuse(401, "unauthorized", "Sign in first, or send an API token as Authorization: Bearer.", csp);
      const signIn = new URL("/sign-in", request.url);
      if (pathname !== "/") signIn.searchParams.set("next", pathname + search);
      return withHeaders(NextResponse.redirect(signIn), csp);
    }
    const crossSite = isCrossSiteMutation({
      method: request.method,
      origin: request.headers.get("origin"),
      host: request.headers.get("host"),
      fetchSite: request.headers.get("sec-fetch-site"),
    });
    if (isApi && !hasBearer && crossSite) return refuse(403, "forbidden", "Cross-site request refused.", csp);
  }

  const forwarded = new Headers(request.headers);
  forwarded.set("x-nonce", nonce);
  forwarded.set("Content-Security-Policy", csp);
  // Lets requestContext() tell reads from changes when auditing API-token use.
  forwarded.set("x-msp-kpi-method", request.method);
  if (isWallboard) forwarded.set(BARE_PAGE_HEADER, "1");
  else forwarded.delete(BARE_PAGE_HEADER);
  return withHeaders(NextResponse.next({ request: { headers: forwarded } }), csp);
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
