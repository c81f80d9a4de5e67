// GET /setup — first run with an empty database: create the owner account.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getDb } from "@/server/database";
import { countUsers } from "@/db/auth/users";
import { getLocale } from "@/lib/format/server-locale";
import { AuthCard } from "../sign-in/auth-card";
import { setupMessages } from "./messages";
import { SetupForm } from "./setup-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: setupMessages(await getLocale()).title };
}

export default async function SetupPage() {
  if ((await countUsers(await getDb())) > 0) redirect("/sign-in");
  const m = setupMessages(await getLocale());
  return (
    <AuthCard title={m.title} subtitle={m.subtitle}>
      <SetupForm />
    </AuthCard>
  );
}
