// GET /reset-password?token=… — where the e-mailed link lands (via better-auth's token check).
import type { Metadata } from "next";
import { getLocale } from "@/lib/format/server-locale";
import { AuthCard, FormMessage } from "../sign-in/auth-card";
import { resetPasswordMessages } from "./messages";
import { ResetPasswordForm } from "./reset-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: resetPasswordMessages(await getLocale()).title };
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [params, locale] = await Promise.all([searchParams, getLocale()]);
  const m = resetPasswordMessages(locale);
  const token = typeof params.token === "string" ? params.token : null;
  return (
    <AuthCard title={m.title}>
      {params.error ? <FormMessage tone="error">{m.invalid}</FormMessage> : token ? <ResetPasswordForm token={token} /> : <FormMessage tone="error">{m.missing}</FormMessage>}
    </AuthCard>
  );
}
