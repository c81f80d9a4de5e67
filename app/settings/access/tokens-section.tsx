"use client";

import { useActionState } from "react";
import { describedBy, Field, inputClass } from "@/components/form-fields";
import { useLocale } from "@/components/locale-provider";
import type { Role } from "@/lib/auth/roles";
import { formatDateTime } from "@/lib/format/date";
import { createToken, revokeToken } from "./actions";
import { accessMessages } from "./messages";
import { AccessCard, primaryButton, RevokeButton, RoleSelect, StateMessage } from "./parts";

export interface TokenRow {
  id: number;
  name: string;
  prefix: string;
  role: Role;
  createdAt: string;
  lastUsedAt: string | null;
  revoked: boolean;
}

/** API tokens: create (the secret is shown once), list with last use, revoke. */
export function TokensSection({ tokens, timeZone }: { tokens: TokenRow[]; timeZone: string }) {
  const locale = useLocale();
  const m = accessMessages(locale);
  const [state, action, pending] = useActionState(createToken, null);
  const failed = state?.ok === false ? state : null;
  const errors = failed?.fieldErrors ?? {};
  return (
    <AccessCard id="tokens" title={m.tokens.title} hint={m.tokens.hint}>
      <form action={action} className="mt-4 flex flex-wrap items-end gap-3">
        <Field id="token-name" label={m.tokens.name} error={errors.name}>
          <input name="name" required defaultValue={failed?.values?.name} className={inputClass} {...describedBy("token-name", { error: errors.name })} />
        </Field>
        <Field id="token-role" label={m.tokens.role}>
          <RoleSelect id="token-role" name="role" m={m} />
        </Field>
        <button type="submit" className={primaryButton} disabled={pending}>
          {m.tokens.create}
        </button>
      </form>
      <StateMessage state={state} />
      {state?.ok && state.token ? (
        <div role="status" className="mt-4 rounded-tremor-small bg-amber-50 p-3 text-sm text-amber-950 ring-1 ring-amber-200">
          <p className="font-medium">{m.tokens.shownOnce}</p>
          <code data-testid="new-token" className="mt-2 block break-all font-mono text-sm">
            {state.token}
          </code>
        </div>
      ) : null}
      {tokens.length > 0 ? (
        <div className="mt-4 overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">{m.tokens.caption}</caption>
            <thead className="border-b border-gray-200 text-gray-700">
              <tr>
                {[m.tokens.name, m.tokens.prefix, m.tokens.role, m.tokens.created, m.tokens.lastUsed, m.tokens.status].map((h) => (
                  <th key={h} scope="col" className="py-2 pr-4 font-medium">
                    {h}
                  </th>
                ))}
                <th scope="col" className="sr-only">
                  {m.tokens.revoke}
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id} className="border-b border-gray-100">
                  <td className="py-2 pr-4 text-gray-900">{token.name}</td>
                  <td className="py-2 pr-4 font-mono text-gray-700">{token.prefix}…</td>
                  <td className="py-2 pr-4 text-gray-700">{m.roles[token.role]}</td>
                  <td className="py-2 pr-4 text-gray-700">{formatDateTime(token.createdAt, locale, timeZone)}</td>
                  <td className="py-2 pr-4 text-gray-700">{token.lastUsedAt ? formatDateTime(token.lastUsedAt, locale, timeZone) : m.tokens.never}</td>
                  <td className="py-2 pr-4 text-gray-700">{token.revoked ? m.tokens.revoked : m.tokens.active}</td>
                  <td className="py-2">{token.revoked ? null : <RevokeButton id={token.id} revoke={revokeToken} m={m} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </AccessCard>
  );
}
