"use client";

import { useActionState } from "react";
import { useLocale } from "@/components/locale-provider";
import type { EventStatus } from "@/lib/webhooks/sources-list";
import { eventAction, type EventActionState } from "./actions";
import { webhooksMessages } from "./messages";

const button =
  "rounded-tremor-small border border-gray-300 bg-white px-2.5 py-1 text-xs font-medium text-gray-800 shadow-tremor-input hover:bg-gray-50 disabled:opacity-60";

/** Reprocess (failed, retrying or discarded events) and discard (events not applied yet). */
export function EventActions({ id, status }: { id: number; status: EventStatus }) {
  const t = webhooksMessages(useLocale());
  const [state, action, pending] = useActionState<EventActionState, FormData>(eventAction, null);
  const canReprocess = status === "failed" || status === "retrying" || status === "discarded";
  const canDiscard = status === "received" || status === "retrying" || status === "failed";
  if (!canReprocess && !canDiscard) return null;
  return (
    <form action={action} className="flex flex-wrap items-center gap-1.5">
      <input type="hidden" name="eventId" value={id} />
      {canReprocess ? (
        <button type="submit" name="action" value="reprocess" disabled={pending} className={button}>
          {t.reprocess}
        </button>
      ) : null}
      {canDiscard ? (
        <button type="submit" name="action" value="discard" disabled={pending} className={button}>
          {t.discard}
        </button>
      ) : null}
      {state?.ok === false ? <span role="alert" className="text-xs text-red-700">{t.failed}</span> : null}
    </form>
  );
}
