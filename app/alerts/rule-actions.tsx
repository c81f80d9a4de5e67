"use client";

import { Link } from "@/components/link";
import { useActionState } from "react";
import { useLocale } from "@/components/locale-provider";
import { ruleAction, type RuleActionState } from "./actions";
import { alertsMessages } from "./messages";

const button = "rounded-tremor-small border border-gray-300 bg-white px-2 py-1 text-xs font-medium text-gray-800 hover:bg-gray-50 disabled:opacity-60";

/** Test, edit, mute and delete of one rule; the test's answer appears below the buttons. */
export function RuleActions({ id, name, muted }: { id: number; name: string; muted: boolean }) {
  const t = alertsMessages(useLocale());
  const [state, action, pending] = useActionState<RuleActionState, FormData>(ruleAction, null);
  return (
    <div className="min-w-48">
      <form action={action} className="flex flex-wrap gap-1.5">
        <input type="hidden" name="ruleId" value={id} />
        <button type="submit" name="action" value="test" disabled={pending} className={button} aria-label={`${t.test}: ${name}`}>{t.test}</button>
        <Link href={`/alerts?edit=${id}#rule-form`} className={button} aria-label={`${t.edit}: ${name}`}>{t.edit}</Link>
        <button type="submit" name="action" value={muted ? "unmute" : "mute"} disabled={pending} className={button} aria-label={`${muted ? t.unmute : t.mute}: ${name}`}>
          {muted ? t.unmute : t.mute}
        </button>
        <button
          type="submit"
          name="action"
          value="delete"
          disabled={pending}
          className={`${button} text-red-800`}
          aria-label={`${t.delete}: ${name}`}
          onClick={(e) => {
            if (!window.confirm(t.confirmDelete(name))) e.preventDefault();
          }}
        >
          {t.delete}
        </button>
      </form>
      <p role="status" className={`mt-1 text-xs ${state?.ok === false ? "text-red-700" : state?.fires ? "font-medium text-amber-800" : "text-gray-700"}`}>
        {state?.ok === false ? state.error : (state?.message ?? "")}
      </p>
    </div>
  );
}
