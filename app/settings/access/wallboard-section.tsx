"use client";

import { useActionState } from "react";
import { describedBy, Field, inputClass } from "@/components/form-fields";
import { useLocale } from "@/components/locale-provider";
import { formatDateTime } from "@/lib/format/date";
import { CopyField } from "@/app/webhooks/copy-button";
import { createWallboardTokenAction, revokeWallboardTokenAction } from "./actions";
import { accessMessages } from "./messages";
import { AccessCard, primaryButton, RevokeButton, StateMessage } from "./parts";

export interface WallboardTokenView {
  id: number;
  name: string;
  prefix: string;
  createdByName: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revoked: boolean;
}

/** Wallboard tokens for TVs: create (the address is shown once), list with last use, revoke. */
export function WallboardSection({ tokens, timeZone }: { tokens: WallboardTokenView[]; timeZone: string }) {
  const locale = useLocale();
  const m = accessMessages(locale);
  const w = m.wallboard;
  const [state, action, pending] = useActionState(createWallboardTokenAction, null);
  const failed = state?.ok === false ? state : null;
  const nameError = failed?.fieldErrors?.name;
  return (
    <AccessCard id="wallboard" title={w.title} hint={w.hint}>
      <form action={action} className="mt-4 flex flex-wrap items-end gap-3">
        <Field id="wallboard-name" label={w.name} error={nameError}>
          <input name="name" required defaultValue={failed?.values?.name} className={inputClass} {...describedBy("wallboard-name", { error: nameError })} />
        </Field>
        <button type="submit" className={primaryButton} disabled={pending}>
          {w.create}
        </button>
      </form>
      <StateMessage state={state} />
      {state?.ok && state.token ? (
        <div role="status" className="mt-4 rounded-tremor-small bg-amber-50 p-3 text-sm text-amber-950 ring-1 ring-amber-200">
          <p className="mb-2 font-medium">{w.shownOnce}</p>
          <CopyField label={w.address} value={state.token} testId="new-wallboard-address" />
        </div>
      ) : null}
      {tokens.length > 0 ? (
        <div className="mt-4 overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">{w.caption}</caption>
            <thead className="border-b border-gray-200 text-gray-700">
              <tr>
                {[w.name, m.tokens.prefix, w.createdBy, m.tokens.created, w.lastUsed, m.tokens.status].map((h) => (
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
                <tr key={token.id} data-wallboard-token={token.prefix} className="border-b border-gray-100">
                  <td className="py-2 pr-4 text-gray-900">{token.name}</td>
                  <td className="py-2 pr-4 font-mono text-gray-700">{token.prefix}…</td>
                  <td className="py-2 pr-4 text-gray-700">{token.createdByName ?? w.formerMember}</td>
                  <td className="py-2 pr-4 text-gray-700">{formatDateTime(token.createdAt, locale, timeZone)}</td>
                  <td className="py-2 pr-4 text-gray-700">{token.lastUsedAt ? formatDateTime(token.lastUsedAt, locale, timeZone) : m.tokens.never}</td>
                  <td className="py-2 pr-4 text-gray-700">{token.revoked ? m.tokens.revoked : m.tokens.active}</td>
                  <td className="py-2">{token.revoked ? null : <RevokeButton id={token.id} revoke={revokeWallboardTokenAction} label={`${m.tokens.revoke}: ${token.name}`} m={m} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </AccessCard>
  );
}
