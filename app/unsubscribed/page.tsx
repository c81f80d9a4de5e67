// GET /unsubscribed?token=… asks to confirm the digest's unsubscribe link (a GET changes nothing:
// mail scanners open links); its button posts to /api/digest/unsubscribe, which comes back to
// GET /unsubscribed, the confirmation. Public: the signed token is the credential.
import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getLocale } from "@/lib/format/server-locale";
import { getDb } from "@/server/database";
import { digestMemberOfToken } from "@/server/digest/unsubscribe";
import { AuthCard, buttonClass } from "../sign-in/auth-card";
import { unsubscribedMessages } from "./messages";

export const dynamic = "force-dynamic";

const Query = z.object({ token: z.string().optional().catch(undefined) });
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const m = unsubscribedMessages(await getLocale());
  return { title: Query.parse(await searchParams).token === undefined ? m.title : m.confirm.title };
}

export default async function UnsubscribedPage({ searchParams }: Props) {
  const m = unsubscribedMessages(await getLocale());
  const { token } = Query.parse(await searchParams);
  if (token !== undefined) {
    const member = await digestMemberOfToken(await getDb(), token);
    if (!member) notFound();
    return (
      <AuthCard title={m.confirm.title} subtitle={m.confirm.body(member.email)}>
        <form method="post" action={`/api/digest/unsubscribe?token=${encodeURIComponent(token)}`}>
          <input type="hidden" name="confirm" value="yes" />
          <button type="submit" className={buttonClass}>
            {m.confirm.button}
          </button>
        </form>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={m.title} subtitle={m.body}>
      <Link href="/settings/digest" className="text-sm font-medium text-blue-700 underline">
        {m.settings}
      </Link>
    </AuthCard>
  );
}
