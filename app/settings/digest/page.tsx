// GET /settings/digest — the member's own weekly digest: subscription, day and hour, a preview of
// exactly what would be sent now (rendered by the function that renders the mail), a test send.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { getDigestSubscription } from "@/db/digest/subscriptions";
import { nextDigestDue } from "@/lib/digest/schedule";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/format/date";
import { intlTag, type Locale } from "@/lib/format/locale";
import { getLocale } from "@/lib/format/server-locale";
import { buildDigest } from "@/server/digest/build";
import { pageContext } from "@/server/request-context";
import { DigestForm } from "./digest-form";
import { digestSettingsMessages } from "./messages";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: digestSettingsMessages(await getLocale()).title };
}

/** Monday … Sunday in the page's language (9 March 2026 was a Monday). */
function weekdayNames(locale: Locale): string[] {
  const format = new Intl.DateTimeFormat(intlTag(locale), { weekday: "long", timeZone: "UTC" });
  return Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2026, 2, 9 + i))));
}

export default async function DigestSettingsPage() {
  const [locale, ctx] = await Promise.all([getLocale(), pageContext("viewer")]);
  const m = digestSettingsMessages(locale);
  const member = await getDigestSubscription(ctx.db, ctx.orgId, ctx.userId);
  if (!member) notFound();
  const now = new Date();
  const digest = await buildDigest(ctx.db, member, { now });
  const notes = [
    member.subscribed ? m.next(formatDateTime(nextDigestDue(now, member, member.timeZone), locale, member.timeZone)) : m.notSubscribed,
    ...(env.SMTP_URL ? [] : [m.noSmtp]),
  ];
  return (
    <>
      <PageHeader title={m.title} subtitle={m.subtitle} />
      <div className="flex flex-col gap-6">
        <div className="flex flex-col gap-1">
          {notes.map((note) => (
            <p key={note} className="text-sm text-gray-700">
              {note}
            </p>
          ))}
        </div>
        <DigestForm
          initial={{ subscribed: member.subscribed, weekday: member.weekday, hour: member.hour, locale: member.locale }}
          weekdays={weekdayNames(locale)}
          timeZone={member.timeZone}
          email={member.email}
        />
        <section aria-labelledby="preview-title" className="rounded-tremor-default border border-gray-200 bg-white p-5 shadow-tremor-card">
          <h2 id="preview-title" className="text-base font-semibold text-gray-900">
            {m.preview.title}
          </h2>
          <p className="mt-1 text-sm text-gray-600">{m.preview.hint}</p>
          <p className="mt-3 text-sm font-medium text-gray-900" data-testid="digest-subject">
            {digest.mail.subject}
          </p>
          {/* Sandboxed: the mail's HTML runs no script and its links open nothing from here. */}
          <iframe title={m.preview.frame} sandbox="" srcDoc={digest.mail.html} className="mt-3 h-[1300px] w-full rounded-tremor-small border border-gray-200" />
          <details className="mt-3">
            <summary className="cursor-pointer text-sm font-medium text-blue-800">{m.preview.text}</summary>
            <pre className="mt-2 overflow-x-auto whitespace-pre-wrap rounded-tremor-small bg-gray-50 p-3 text-xs text-gray-800">{digest.mail.text}</pre>
          </details>
        </section>
      </div>
    </>
  );
}
