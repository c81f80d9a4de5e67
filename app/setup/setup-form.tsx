"use client";

import { useActionState } from "react";
import { describedBy, Field, inputClass } from "@/components/form-fields";
import { useLocale } from "@/components/locale-provider";
import { buttonClass, FormMessage } from "../sign-in/auth-card";
import { createOwner, type SetupState } from "./actions";
import { setupMessages } from "./messages";

export function SetupForm() {
  const m = setupMessages(useLocale());
  const [state, action, pending] = useActionState<SetupState, FormData>(createOwner, null);
  const failed = state?.ok === false ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const input = (id: "orgName" | "name" | "email" | "password", type: string, autoComplete: string, hint?: string) => (
    <Field id={id} label={m[id]} hint={hint} error={errors[id]}>
      <input
        name={id}
        type={type}
        autoComplete={autoComplete}
        required
        defaultValue={failed?.values?.[id]}
        className={inputClass}
        {...describedBy(id, { hint: Boolean(hint), error: errors[id] })}
      />
    </Field>
  );
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {failed?.error ? <FormMessage tone="error">{failed.error}</FormMessage> : null}
      {input("orgName", "text", "organization")}
      {input("name", "text", "name")}
      {input("email", "email", "username")}
      {input("password", "password", "new-password", m.passwordHint)}
      <button type="submit" className={buttonClass} disabled={pending}>
        {m.submit}
      </button>
    </form>
  );
}
