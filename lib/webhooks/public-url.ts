import { env } from "@/lib/env";

/** Where RMM tools reach this app: MSP_KPI_PUBLIC_URL when set, else what the asking request used. */
export function publicBaseUrl(fallback: string): string {
  return (env.MSP_KPI_PUBLIC_URL ?? fallback).replace(/\/+$/, "");
}

/** The origin a request was made to, honouring a reverse proxy's X-Forwarded-* headers. */
export function requestOrigin(headers: Headers, fallback: string): string {
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!host) return fallback;
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? (/^(localhost|127\.|\[::1\])/.test(host) ? "http" : "https");
  return `${proto}://${host}`;
}
