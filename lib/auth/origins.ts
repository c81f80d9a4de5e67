import { env } from "@/lib/env";

/** The app's configured address: MSP_KPI_PUBLIC_URL, else http://localhost:$PORT (what `npm start` serves). */
export function configuredPublicUrl(): string {
  return (env.MSP_KPI_PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
}

const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The origins of the host a request was sent to, trusted for sign-in besides the configured address,
 * so the app works at 127.0.0.1 or a LAN address too. The browser writes Host itself and a page on
 * another site cannot make its Origin match it, so this refuses cross-site requests as proxy.ts does.
 * Both schemes, since Host carries none and a proxy in front may end TLS.
 */
export function sameHostOrigins(headers: Headers, trustProxy: boolean): string[] {
  const forwarded = trustProxy ? headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  const host = forwarded || headers.get("host");
  if (!host || !HOST.test(host)) return [];
  return [`http://${host}`, `https://${host}`];
}
