"use client";

import { useActionState } from "react";
import { describedBy, Field, inputClass } from "@/components/form-fields";
import { useLocale } from "@/components/locale-provider";
import { CopyField } from "@/app/webhooks/copy-button";
import { createWallboardTokenAction, revokeWallboardTokenAction } from "./actions";
import { accessMessages } from "./messages";
import { AccessCard, primaryButton, StateMessage } from "./parts";
import { TokenTable, type TokenTableRow } from "./token-table";

export interface WallboardTokenView extends TokenTableRow {
  createdByName: string | null;
}

/** Wallboard tokens for TVs: create (the address is shown once), list with last use, revoke. */
export function WallboardSection({ tokens, timeZone }: { tokens: WallboardTokenView[]; timeZone: string }) {
  const w = accessMessages(useLocale()).wallboard;
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
      <TokenTable
        tokens={tokens}
        caption={w.caption}
        headers={{ name: w.name, detail: w.createdBy, lastUsed: w.lastUsed }}
        detail={(token) => token.createdByName ?? w.formerMember}
        revoke={revokeWallboardTokenAction}
        timeZone={timeZone}
        rowData={(token) => ({ "data-wallboard-token": token.prefix })}
      />
    </AccessCard>
  );
}
