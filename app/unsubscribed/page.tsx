// GET /unsubscribed — where the digest's unsubscribe link ends (public: the link needs no sign-in).
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale } from "@/lib/format/server-locale";
import { AuthCard } from "../sign-in/auth-card";
import { unsubscribedMessages } from "./messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: unsubscribedMessages(await getLocale()).title };
}

export default async function UnsubscribedPage() {
  const m = unsubscribedMessages(await getLocale());
  return (
    <AuthCard title={m.title} subtitle={m.body}>
      <Link href="/settings/digest" className="text-sm font-medium text-blue-700 underline">
        {m.settings}
      </Link>
    </AuthCard>
  );
}
