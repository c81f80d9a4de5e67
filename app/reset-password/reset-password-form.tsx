"use client";

import { Link } from "@/components/link";
import { useState, type FormEvent } from "react";
import { Field, inputClass } from "@/components/form-fields";
import { useLocale } from "@/components/locale-provider";
import { buttonClass, FormMessage } from "../sign-in/auth-card";
import { resetPasswordMessages } from "./messages";

export function ResetPasswordForm({ token }: { token: string }) {
  const locale = useLocale();
  const m = resetPasswordMessages(locale);
  const [status, setStatus] = useState<"idle" | "busy" | "done" | "invalid">("idle");

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const newPassword = new FormData(event.currentTarget).get("password");
    setStatus("busy");
    const response = await fetch("/api/auth/reset-password", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ newPassword, token }),
    }).catch(() => null);
    setStatus(response?.ok ? "done" : "invalid");
  }

  if (status === "done") {
    return (
      <div className="flex flex-col gap-4">
        <FormMessage tone="ok">{m.done}</FormMessage>
        <Link href="/sign-in" className={buttonClass}>
          {m.signIn}
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      {status === "invalid" ? <FormMessage tone="error">{m.invalid}</FormMessage> : null}
      <Field id="password" label={m.password} hint={m.passwordHint}>
        <input id="password" name="password" type="password" autoComplete="new-password" minLength={10} required aria-describedby="password-hint" className={inputClass} />
      </Field>
      <button type="submit" className={buttonClass} disabled={status === "busy"}>
        {m.submit}
      </button>
    </form>
  );
}
