"use client";

import { Link } from "@/components/link";
import { useActionState } from "react";
import { deliveryErrorWords } from "@/components/delivery-error";
import { useLocale } from "@/components/locale-provider";
import type { Locale } from "@/lib/format/locale";
import { NotesForm } from "../../clients/[id]/qbr/notes-form";
import { decideReportAction, retryReportAction, type OutboxState } from "./actions";
import { outboxMessages, type OutboxMessages } from "./messages";
import { periodRange, type OutboxView } from "./outbox-table";

const primary =
  "rounded-tremor-small bg-blue-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-blue-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2 disabled:opacity-60";
const secondary =
  "rounded-tremor-small bg-white px-3 py-1.5 text-sm font-medium text-gray-800 ring-1 ring-gray-300 hover:bg-gray-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 disabled:opacity-60";

/** What a decision (approve, skip) or a retry came to. */
function outcome(state: OutboxState, m: OutboxMessages, retry: boolean, locale: Locale): { text: string; failed: boolean } {
  if (!state) return { text: "", failed: false };
  if (!state.ok) return { text: m.gone, failed: true };
  if (state.done === "send_failed") return { text: (retry ? m.retryFailed : m.sendFailed)(deliveryErrorWords(state.sendError ?? "", locale).replace(/\.$/, "")), failed: true };
  return { text: state.done === "skipped" ? m.skipped : retry ? m.retried : m.sent, failed: false };
}

function Outcome({ state, m, retry = false }: { state: OutboxState; m: OutboxMessages; retry?: boolean }) {
  const { text, failed } = outcome(state, m, retry, useLocale());
  return (
    <p role="status" className={failed ? "text-sm font-medium text-red-700" : "text-sm text-green-800"}>
      {text}
    </p>
  );
}

/**
 * The held reports, each with its notes and the approve and skip buttons. The outcome is shown
 * above the list, since the decided report leaves it.
 */
export function HeldReports({ reports }: { reports: OutboxView[] }) {
  const locale = useLocale();
  const m = outboxMessages(locale);
  const [state, decide, busy] = useActionState(decideReportAction, null);
  return (
    <>
      <p className="text-sm text-gray-600">{reports.length === 0 ? m.heldNone : m.heldHint}</p>
      <Outcome state={busy ? null : state} m={m} />
      {reports.map((r) => {
        const label = `${r.clientName}, ${periodRange(r, locale)}`;
        return (
          <article key={r.id} aria-labelledby={`held-${r.id}`} className="flex flex-col gap-3 rounded-tremor-default border border-amber-200 bg-amber-50/40 p-4">
            <div>
              <h3 id={`held-${r.id}`} className="text-base font-semibold text-gray-900">
                <Link href={`/clients/${r.clientId}`} className="hover:underline">
                  {r.clientName}
                </Link>
              </h3>
              <p className="text-sm text-gray-700">{m.period(periodRange(r, locale))}</p>
              <p className="break-words text-sm text-gray-700">{m.to(r.recipients)}</p>
            </div>
            <NotesForm clientId={r.clientId} from={r.from} to={r.to} notes={r.notes} editable />
            <div className="flex flex-wrap items-center gap-3">
              {(["approve", "skip"] as const).map((decision) => (
                <form key={decision} action={decide}>
                  <input type="hidden" name="id" value={r.id} />
                  <input type="hidden" name="decision" value={decision} />
                  <button type="submit" className={decision === "approve" ? primary : secondary} disabled={busy} aria-label={`${m[decision]}: ${label}`}>
                    {m[decision]}
                  </button>
                </form>
              ))}
            </div>
          </article>
        );
      })}
    </>
  );
}

/** Send a failed (or waiting) report again now. */
export function RetryReportButton({ id, label }: { id: number; label: string }) {
  const m = outboxMessages(useLocale());
  const [state, retry, pending] = useActionState(retryReportAction, null);
  return (
    <form action={retry} className="flex flex-col items-start gap-1">
      <input type="hidden" name="id" value={id} />
      <button type="submit" className={`${secondary} whitespace-nowrap`} disabled={pending} aria-label={`${m.retry}: ${label}`}>
        {m.retry}
      </button>
      <Outcome state={state} m={m} retry />
    </form>
  );
}
