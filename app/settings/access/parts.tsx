"use client";

import { useActionState, type ReactNode } from "react";
import { inputClass } from "@/components/form-fields";
import { ROLES, type Role } from "@/lib/auth/roles";
import type { AccessState } from "./actions";
import type { AccessMessages } from "./messages";

// Pieces shared by the members and tokens cards.
export const smallButton =
  "rounded-tremor-small px-3 py-1.5 text-sm font-medium ring-1 ring-gray-300 hover:bg-gray-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 disabled:opacity-60";
export const primaryButton =
  "rounded-tremor-small bg-blue-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-blue-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2 disabled:opacity-60";

/** What a small form's last submit did: its error, or with `saved`, that it was saved. */
export function StateMessage({ state, saved }: { state: AccessState; saved?: string }) {
  if (state?.ok && saved) {
    return (
      <p role="status" className="text-sm font-medium text-green-800">
        {saved}
      </p>
    );
  }
  if (state?.ok !== false || !state.error) return null;
  return (
    <p role="alert" className="text-sm font-medium text-red-700">
      {state.error}
    </p>
  );
}

export function RoleSelect({ id, name, value, label, m }: { id: string; name: string; value?: Role; label?: string; m: AccessMessages }) {
  return (
    <select id={id} name={name} defaultValue={value ?? "viewer"} aria-label={label} className={inputClass}>
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {m.roles[role]}
        </option>
      ))}
    </select>
  );
}

/** A titled card of the access page. */
export function AccessCard({ id, title, hint, children }: { id: string; title: string; hint: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-tremor-default border border-gray-200 bg-white p-5 shadow-tremor-card">
      <h2 id={`${id}-title`} className="text-lg font-semibold text-gray-900">
        {title}
      </h2>
      <p className="mt-1 text-sm text-gray-600">{hint}</p>
      {children}
    </section>
  );
}

/** A token's revoke button: posts its id to `revoke` and shows what went wrong, if anything. */
export function RevokeButton({ id, revoke, label, m }: { id: number; revoke: (previous: AccessState, form: FormData) => Promise<AccessState>; label?: string; m: AccessMessages }) {
  const [state, action, pending] = useActionState(revoke, null);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" aria-label={label} className={`${smallButton} text-red-700`} disabled={pending}>
        {m.tokens.revoke}
      </button>
      <StateMessage state={state} />
    </form>
  );
}
