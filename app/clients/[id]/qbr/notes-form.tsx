"use client";

import { useActionState, useId } from "react";
import { useLocale } from "@/components/locale-provider";
import { qbrMessages } from "@/lib/qbr/messages";
import { saveNotes } from "./actions";
import { qbrPageMessages } from "./messages";
import { NOTES_MAX, type SaveNotesState } from "./notes-state";


/** The account manager's notes for this client and period; read-only below the manager role. */
export function NotesForm({ clientId, from, to, notes, editable }: { clientId: number; from: string; to: string; notes: string; editable: boolean }) {
  const locale = useLocale();
  const t = qbrPageMessages(locale);
  const r = qbrMessages(locale);
  const [state, action, pending] = useActionState<SaveNotesState, FormData>(saveNotes, null);
  const id = useId();
  const failure = state?.ok === false ? (state.error === "too_long" ? t.tooLong : t.failed) : null;
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-tremor-default border border-gray-200 bg-white p-5 shadow-tremor-card">
      <h2 id={`${id}-heading`} className="text-base font-semibold text-gray-900">
        {r.notes}
      </h2>
      {editable ? (
        <form action={action} className="mt-3 flex flex-col gap-3">
          <input type="hidden" name="clientId" value={clientId} />
          <input type="hidden" name="from" value={from} />
          <input type="hidden" name="to" value={to} />
          <label htmlFor={`${id}-notes`} className="text-sm font-medium text-gray-800">
            {t.notesLabel}
          </label>
          <p id={`${id}-hint`} className="-mt-2 text-sm text-gray-600">
            {t.notesHint}
          </p>
          <textarea
            id={`${id}-notes`}
            name="notes"
            defaultValue={notes}
            rows={6}
            maxLength={NOTES_MAX}
            aria-describedby={`${id}-hint${failure ? ` ${id}-status` : ""}`}
            aria-invalid={failure ? true : undefined}
            className="w-full rounded-tremor-default border border-gray-300 px-3 py-2 text-sm text-gray-900 shadow-sm focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600"
          />
          <div className="flex items-center gap-3">
            <button
              type="submit"
              disabled={pending}
              className="rounded-tremor-default bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2 disabled:opacity-60"
            >
              {pending ? t.saving : t.save}
            </button>
            <p id={`${id}-status`} role="status" className={`text-sm ${failure ? "text-red-700" : "text-emerald-700"}`}>
              {pending ? "" : failure ?? (state?.ok ? t.saved : "")}
            </p>
          </div>
        </form>
      ) : (
        <>
          <p className="mt-3 whitespace-pre-wrap text-sm text-gray-800">{notes.trim() === "" ? r.notesNone : notes}</p>
          <p className="mt-2 text-xs text-gray-600">{t.notesReadOnly}</p>
        </>
      )}
    </section>
  );
}
