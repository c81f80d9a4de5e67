"use client";

import { useActionState } from "react";
import { describedBy, Field, inputClass } from "@/components/form-fields";
import { useLocale } from "@/components/locale-provider";
import type { Role } from "@/lib/auth/roles";
import { createToken, revokeToken } from "./actions";
import { accessMessages } from "./messages";
import { AccessCard, primaryButton, RoleSelect, StateMessage } from "./parts";
import { TokenTable, type TokenTableRow } from "./token-table";

export interface TokenRow extends TokenTableRow {
  role: Role;
}

/** API tokens: create (the secret is shown once), list with last use, revoke. */
export function TokensSection({ tokens, timeZone }: { tokens: TokenRow[]; timeZone: string }) {
  const m = accessMessages(useLocale());
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
      <TokenTable
        tokens={tokens}
        caption={m.tokens.caption}
        headers={{ name: m.tokens.name, detail: m.tokens.role, lastUsed: m.tokens.lastUsed }}
        detail={(token) => m.roles[token.role]}
        revoke={revokeToken}
        timeZone={timeZone}
      />
    </AccessCard>
  );
}
