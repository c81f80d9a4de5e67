import "server-only";
import { loadQbrContext, loadQbrReport } from "@/db/qbr/load-report";
import { resolveShareLink } from "@/db/sharing/share-links";
import type { Locale } from "@/lib/format/locale";
import { localDate } from "@/lib/kpi/period";
import { qbrDocumentHtml } from "@/lib/qbr/document";
import { TokenBuckets, type TakeResult } from "@/lib/webhooks/rate-limit";
import { ShareToken } from "@/lib/sharing/tokens";
import { getDb } from "../database";

// What a share link shows: the client's QBR as its printable document (no navigation, no costs,
// no scripts), for the link's org, client and period only.

/** Views a minute per link and per client address. In process memory: each app instance counts its own. */
export const SHARED_VIEWS_PER_MINUTE = { link: 20, address: 60 };

const buckets = new TokenBuckets();

/** Takes one view from the link's and the address's budgets; both must have one left. */
export function takeSharedView(token: string, address: string, nowMs = Date.now()): TakeResult {
  const byAddress = buckets.take(`address:${address}`, SHARED_VIEWS_PER_MINUTE.address, nowMs);
  if (!byAddress.ok) return byAddress;
  return buckets.take(`link:${token}`, SHARED_VIEWS_PER_MINUTE.link, nowMs);
}

/** The shared report as a document, or null when the link is malformed, unknown, revoked or expired. */
export async function sharedReportHtml(token: string, locale: Locale): Promise<string | null> {
  if (!ShareToken.safeParse(token).success) return null;
  const db = await getDb();
  const shared = await resolveShareLink(db, token);
  if (!shared) return null;
  const context = await loadQbrContext(db, shared.orgId, shared.period);
  const report = await loadQbrReport(db, shared.orgId, shared.clientId, shared.period, context);
  if (!report) return null;
  return qbrDocumentHtml(report, locale, localDate(new Date(), context.settings.timeZone), { shared: true });
}
