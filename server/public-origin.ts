import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { publicBaseUrl, requestOrigin } from "@/lib/webhooks/public-url";

/** Where people outside reach this app (links handed out): MSP_KPI_PUBLIC_URL, else the current request's origin. */
export async function appBaseUrl(): Promise<string> {
  return publicBaseUrl(requestOrigin(await headers(), `http://localhost:${env.PORT}`));
}
