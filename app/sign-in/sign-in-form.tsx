"use client";

import { Link } from "@/components/link";
import { useState, type FormEvent } from "react";
import { Field, inputClass } from "@/components/form-fields";
import { useLocale } from "@/components/locale-provider";
import { buttonClass, FormMessage } from "./auth-card";
import { signInMessages } from "./messages";

/** better-auth's answer when the page's origin is neither the server's host nor MSP_KPI_PUBLIC_URL. */
async function refusedOrigin(response: Response): Promise<boolean> {
  const body = (await response.json().catch(() => null)) as { code?: unknown } | null;
  return body?.code === "INVALID_ORIGIN";
}

// Posts to better-auth's /api/auth/sign-in/email over fetch, so its rate limit and origin check
// apply to every attempt; on success the session cookie is set and we go where the user was headed.
export function SignInForm({ next, initialEmail, demoPassword, publicUrl }: { next: string; initialEmail: string; demoPassword: string; publicUrl: string }) {
  const m = signInMessages(useLocale());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const response = await fetch("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ email: form.get("email"), password: form.get("password") }),
      });
      if (response.ok) {
        window.location.assign(next);
        return;
      }
      if (response.status === 429) setError(m.tooMany(Number(response.headers.get("X-Retry-After") ?? "60")));
      else if (response.status === 403 && (await refusedOrigin(response))) setError(m.wrongAddress(window.location.origin, publicUrl));
      else if (response.status === 401 || response.status === 400) setError(m.wrong);
      else setError(m.failed);
    } catch {
      setError(m.failed);
    }
    setBusy(false);
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      {demoPassword ? <FormMessage tone="info">{m.demo}</FormMessage> : null}
      {error ? <FormMessage tone="error">{error}</FormMessage> : null}
      <Field id="email" label={m.email}>
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={initialEmail} className={inputClass} />
      </Field>
      <Field id="password" label={m.password}>
        <input id="password" name="password" type="password" autoComplete="current-password" required defaultValue={demoPassword} className={inputClass} />
      </Field>
      <button type="submit" className={buttonClass} disabled={busy}>
        {busy ? m.submitting : m.submit}
      </button>
      <Link href="/forgot-password" className="text-sm font-medium text-blue-800 underline-offset-2 hover:underline">
        {m.forgot}
      </Link>
    </form>
  );
}
