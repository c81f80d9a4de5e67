const PROBE_ORIGIN = "http://same-site.invalid";

/**
 * The path to go to after signing in, only if it stays on this site. Resolving it as a browser
 * would catches `//evil.example`, `/\evil.example` and tab or newline tricks alike; anything that
 * leaves the site, or is not a path, becomes "/".
 */
export function safeNextPath(next: string | string[] | undefined): string {
  if (typeof next !== "string" || !next.startsWith("/")) return "/";
  let url: URL;
  try {
    url = new URL(next, PROBE_ORIGIN);
  } catch {
    return "/";
  }
  return url.origin === PROBE_ORIGIN ? `${url.pathname}${url.search}${url.hash}` : "/";
}
