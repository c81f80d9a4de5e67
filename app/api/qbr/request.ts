import { z } from "zod";
import { KpiPeriodQuery } from "@/db/queries/kpi/period-query";
import { getKpiSettings } from "@/db/queries/org-settings";
import { resolveLocale, type Locale } from "@/lib/format/locale";
import { resolvePeriodPreset } from "@/lib/kpi/presets";
import type { Period } from "@/lib/kpi/period";
import type { SqlRunner } from "@/db/client";

// What the QBR download routes read from a request: the period (?from&to together, checked — a
// ZodError answers 400 — or neither for the last full quarter) and the language (?locale=, else
// the locale cookie, else Accept-Language).

export const ClientIdParam = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export async function qbrRequestPeriod(db: SqlRunner, orgId: number, search: URLSearchParams): Promise<Period> {
  const from = search.get("from");
  const to = search.get("to");
  if (from === null && to === null) return resolvePeriodPreset("last-quarter", new Date(), (await getKpiSettings(db, orgId)).timeZone);
  return KpiPeriodQuery.parse({ from: from ?? undefined, to: to ?? undefined });
}

export function qbrRequestLocale(req: Request): Locale {
  const cookie = /(?:^|;\s*)locale=([^;]+)/.exec(req.headers.get("cookie") ?? "")?.[1];
  return resolveLocale(new URL(req.url).searchParams.get("locale") ?? cookie, req.headers.get("accept-language"));
}

/** Content-Disposition for a download, with an ASCII fallback and the UTF-8 name (RFC 6266). */
export function attachment(fileName: string): string {
  return `attachment; filename="${fileName.replace(/[^\x20-\x7e]|"/g, "_")}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
