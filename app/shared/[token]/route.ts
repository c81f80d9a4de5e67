// GET /shared/<token> — a client's QBR for one period, for whoever holds the link: no account, no
// navigation into the app, no costs. Unknown, revoked or expired links answer 404; each link and
// each address may open a limited number of reports a minute (429). Never indexed.
import { noticePageHtml } from "@/lib/sharing/notice-page";
import { sharedReportHtml, takeSharedView } from "@/server/sharing/shared-report";
import { qbrRequestLocale } from "@/app/api/qbr/request";
import { sharedMessages } from "./messages";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const HEADERS = {
  "content-type": "text/html; charset=utf-8",
  "cache-control": "private, no-store",
  "x-robots-tag": "noindex, nofollow",
  // The token is in the URL: links out of the report (there are none) must not carry it along.
  "referrer-policy": "no-referrer",
};

/** The client's address as the server saw it (it replaces any X-Forwarded-For a client sends unless a trusted proxy writes it). */
function clientAddress(req: Request): string {
  return req.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}

export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  const locale = qbrRequestLocale(req);
  const m = sharedMessages(locale);
  const quota = takeSharedView(token, clientAddress(req));
  if (!quota.ok) {
    return new Response(noticePageHtml(locale, m.busyTitle, m.busyText), { status: 429, headers: { ...HEADERS, "retry-after": String(quota.retryAfterSeconds) } });
  }
  const document = await sharedReportHtml(token, locale);
  if (document === null) return new Response(noticePageHtml(locale, m.goneTitle, m.goneText), { status: 404, headers: HEADERS });
  return new Response(document, { headers: HEADERS });
}
