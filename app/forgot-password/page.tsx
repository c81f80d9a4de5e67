// GET /forgot-password — asks better-auth to mail a reset link (rate-limited, answers alike for unknown addresses).
import type { Metadata } from "next";
import { getLocale } from "@/lib/format/server-locale";
import { AuthCard } from "../sign-in/auth-card";
import { ForgotPasswordForm } from "./forgot-password-form";
import { forgotPasswordMessages } from "./messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: forgotPasswordMessages(await getLocale()).title };
}

export default async function ForgotPasswordPage() {
  const m = forgotPasswordMessages(await getLocale());
  return (
    <AuthCard title={m.title} subtitle={m.subtitle}>
      <ForgotPasswordForm />
    </AuthCard>
  );
}
