// GET /sign-in — e-mail and password; pre-filled with the demo owner when the demo data is loaded.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getDb } from "@/server/database";
import { countUsers, userExists } from "@/db/auth/users";
import { DEMO_OWNER } from "@/server/demo/demo-owner";
import { configuredPublicUrl } from "@/lib/auth/origins";
import { safeNextPath } from "@/lib/auth/safe-next";
import { getLocale } from "@/lib/format/server-locale";
import { currentViewer } from "@/server/request-context";
import { AuthCard } from "./auth-card";
import { signInMessages } from "./messages";
import { SignInForm } from "./sign-in-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: signInMessages(await getLocale()).title };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [params, locale, db] = await Promise.all([searchParams, getLocale(), getDb()]);
  const next = safeNextPath(params.next);
  if (await currentViewer()) redirect(next);
  if ((await countUsers(db)) === 0) redirect("/setup");
  const m = signInMessages(locale);
  const demo = await userExists(db, DEMO_OWNER.email);
  return (
    <AuthCard title={m.title} subtitle={m.subtitle}>
      <SignInForm next={next} initialEmail={typeof params.email === "string" ? params.email : demo ? DEMO_OWNER.email : ""} demoPassword={demo ? DEMO_OWNER.password : ""} publicUrl={configuredPublicUrl()} />
    </AuthCard>
  );
}
