"use client";

import { Link } from "@/components/link";
import { useState, type FormEvent } from "react";
import { Field, inputClass } from "@/components/form-fields";
import { useLocale } from "@/components/locale-provider";
import { buttonClass, FormMessage } from "../sign-in/auth-card";
import { forgotPasswordMessages } from "./messages";

export function ForgotPasswordForm() {
  const m = forgotPasswordMessages(useLocale());
  const [status, setStatus] = useState<"idle" | "busy" | "sent" | "tooMany" | "failed">("idle");

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = new FormData(event.currentTarget).get("email");
    setStatus("busy");
    const response = await fetch("/api/auth/request-password-reset", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email, redirectTo: "/reset-password" }),
    }).catch(() => null);
    setStatus(response?.ok ? "sent" : response?.status === 429 ? "tooMany" : "failed");
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      {status === "sent" ? <FormMessage tone="ok">{m.sent}</FormMessage> : null}
      {status === "tooMany" ? <FormMessage tone="error">{m.tooMany}</FormMessage> : null}
      {status === "failed" ? <FormMessage tone="error">{m.failed}</FormMessage> : null}
      <Field id="email" label={m.email}>
        <input id="email" name="email" type="email" autoComplete="username" required className={inputClass} />
      </Field>
      <button type="submit" className={buttonClass} disabled={status === "busy"}>
        {m.submit}
      </button>
      <Link href="/sign-in" className="text-sm font-medium text-blue-800 underline-offset-2 hover:underline">
        {m.back}
      </Link>
    </form>
  );
}
