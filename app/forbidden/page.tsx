// GET /forbidden — where pages send a signed-in user whose role is too low.
import type { Metadata } from "next";
import { Link } from "@/components/link";
import { redirect } from "next/navigation";
import { shellMessages } from "@/components/shell-messages";
import { getLocale } from "@/lib/format/server-locale";
import { currentViewer } from "@/server/request-context";
import { forbiddenMessages } from "./messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: forbiddenMessages(await getLocale()).title };
}

export default async function ForbiddenPage() {
  const [viewer, locale] = await Promise.all([currentViewer(), getLocale()]);
  if (!viewer) redirect("/sign-in");
  const m = forbiddenMessages(locale);
  return (
    <div className="mx-auto max-w-xl py-10">
      <h1 className="text-2xl font-semibold tracking-tight text-gray-900">{m.title}</h1>
      <p className="mt-2 text-gray-700">{m.text(shellMessages(locale).roles[viewer.role])}</p>
      <Link href="/" className="mt-6 inline-block text-sm font-medium text-blue-800 underline-offset-2 hover:underline">
        {m.back}
      </Link>
    </div>
  );
}
