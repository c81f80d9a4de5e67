"use client";

import { useActionState } from "react";
import { useLocale } from "@/components/locale-provider";
import { approveReportAction, retryReportAction, skipReportAction, type OutboxState } from "./actions";
import { outboxMessages, type OutboxMessages } from "./messages";

const primary =
  "rounded-tremor-small bg-blue-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-blue-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2 disabled:opacity-60";
const secondary =
  "rounded-tremor-small bg-white px-3 py-1.5 text-sm font-medium text-gray-800 ring-1 ring-gray-300 hover:bg-gray-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 disabled:opacity-60";

function outcome(state: OutboxState, m: OutboxMessages, sent: string): { text: string; failed: boolean } {
  if (!state) return { text: "", failed: false };
  if (!state.ok) return { text: m.gone, failed: true };
  if (state.done === "send_failed") return { text: (sent === m.sent ? m.sendFailed : m.retryFailed)(state.sendError ?? ""), failed: true };
  return { text: state.done === "skipped" ? m.skipped : sent, failed: false };
}

function Outcome({ state, m, sent }: { state: OutboxState; m: OutboxMessages; sent: string }) {
  const { text, failed } = outcome(state, m, sent);
  return (
    <p role="status" className={failed ? "text-sm font-medium text-red-700" : "text-sm text-green-800"}>
      {text}
    </p>
  );
}

/** Approve (send now) or skip a held report. */
export function HeldReportActions({ id, label }: { id: number; label: string }) {
  const m = outboxMessages(useLocale());
  const [approved, approve, approving] = useActionState(approveReportAction, null);
  const [skipped, skip, skipping] = useActionState(skipReportAction, null);
  const busy = approving || skipping;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <form action={approve}>
        <input type="hidden" name="id" value={id} />
        <button type="submit" className={primary} disabled={busy} aria-label={`${m.approve}: ${label}`}>
          {m.approve}
        </button>
      </form>
      <form action={skip}>
        <input type="hidden" name="id" value={id} />
        <button type="submit" className={secondary} disabled={busy} aria-label={`${m.skip}: ${label}`}>
          {m.skip}
        </button>
      </form>
      <Outcome state={approved ?? skipped} m={m} sent={m.sent} />
    </div>
  );
}

/** Send a failed (or waiting) report again now. */
export function RetryReportButton({ id, label }: { id: number; label: string }) {
  const m = outboxMessages(useLocale());
  const [state, retry, pending] = useActionState(retryReportAction, null);
  return (
    <form action={retry} className="flex flex-col items-start gap-1">
      <input type="hidden" name="id" value={id} />
      <button type="submit" className={secondary} disabled={pending} aria-label={`${m.retry}: ${label}`}>
        {m.retry}
      </button>
      <Outcome state={state} m={m} sent={m.retried} />
    </form>
  );
}
