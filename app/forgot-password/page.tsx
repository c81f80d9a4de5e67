// GET /forgot-password — asks better-auth to mail a reset link (rate-limited, answers alike for unknown addresses).
import type { Metadata } from "next";
import { getLocale } from "@/lib/format/server-locale";
import { AuthCard } from "../sign-in/auth-card";
import { authMessages } from "../sign-in/messages";
import { ForgotPasswordForm } from "./forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: authMessages(await getLocale()).forgot.title };
}

export default async function ForgotPasswordPage() {
  const m = authMessages(await getLocale()).forgot;
  return (
    <AuthCard title={m.title} subtitle={m.subtitle}>
      <ForgotPasswordForm />
    </AuthCard>
  );
}
