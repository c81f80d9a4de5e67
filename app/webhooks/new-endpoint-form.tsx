"use client";

import { useActionState, useId, useState } from "react";
import { useLocale } from "@/components/locale-provider";
import { AUTH_MODES, defaultAuthMode, SOURCE_LABELS, WEBHOOK_SOURCES, type AuthMode, type WebhookSource } from "@/lib/webhooks/sources-list";
import { createEndpointAction, type CreateEndpointState } from "./actions";
import { webhooksMessages } from "./messages";
import { SetupPanel } from "./setup-panel";

const input = "w-full rounded-tremor-small border-gray-300 py-1.5 text-sm shadow-tremor-input";

export function NewEndpointForm() {
  const t = webhooksMessages(useLocale());
  const id = useId();
  const [state, action, pending] = useActionState<CreateEndpointState, FormData>(createEndpointAction, null);
  const [source, setSource] = useState<WebhookSource>("ninjaone");
  const [auth, setAuth] = useState<AuthMode>(defaultAuthMode("ninjaone"));
  // React resets the form after a successful action; keep the controlled selects in step with it,
  // adjusting state while rendering (not in an effect) so no stale frame shows.
  const [resetFor, setResetFor] = useState<number | null>(null);
  if (state?.ok && state.at !== resetFor) {
    setResetFor(state.at);
    setSource("ninjaone");
    setAuth(defaultAuthMode("ninjaone"));
  }
  return (
    <div>
      <form action={action} className="grid gap-4 sm:grid-cols-[2fr_1.5fr_1.5fr_auto] sm:items-end">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-name`} className="text-xs font-medium text-gray-600">{t.name}</label>
          <input id={`${id}-name`} name="name" required maxLength={100} placeholder={t.namePlaceholder} className={input} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-source`} className="text-xs font-medium text-gray-600">{t.source}</label>
          <select
            id={`${id}-source`}
            name="source"
            value={source}
            onChange={(e) => {
              const next = e.target.value as WebhookSource;
              setSource(next);
              setAuth(defaultAuthMode(next));
            }}
            className={input}
          >
            {WEBHOOK_SOURCES.map((s) => (
              <option key={s} value={s}>{SOURCE_LABELS[s]}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-auth`} className="text-xs font-medium text-gray-600">{t.auth}</label>
          <select id={`${id}-auth`} name="authMode" value={auth} onChange={(e) => setAuth(e.target.value as AuthMode)} className={input}>
            {AUTH_MODES.map((m) => (
              <option key={m} value={m} disabled={source === "generic" && m === "bearer"}>{t.authLabels[m]}</option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          disabled={pending}
          className="rounded-tremor-default bg-blue-700 px-4 py-2 text-sm font-medium text-white shadow-tremor-input hover:bg-blue-800 disabled:opacity-60"
        >
          {pending ? t.creating : t.create}
        </button>
      </form>
      {source === "generic" ? <p className="mt-2 text-xs text-gray-600">{t.genericAlwaysHmac}</p> : null}
      {state?.ok === false ? <p role="alert" className="mt-3 text-sm text-red-700">{state.error}</p> : null}
      {state?.ok ? <SetupPanel key={state.at} guide={state.guide} /> : null}
    </div>
  );
}
