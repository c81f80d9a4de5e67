import { Link } from "@/components/link";
import type { ReactNode } from "react";
import { LOCALE_NAMES, LOCALES } from "@/lib/format/locale";

// Small building blocks of forms: a labelled field with its hint and error, wired
// up for screen readers (aria-describedby, aria-invalid).

export const inputClass =
  "rounded-tremor-small border-gray-300 py-1.5 text-sm text-gray-900 shadow-tremor-input aria-[invalid=true]:border-red-600 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-600";

/** The props that tie an input to its hint and error message. */
export function describedBy(id: string, { hint, error }: { hint?: boolean; error?: string | null }) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return { id, "aria-invalid": error ? true : undefined, "aria-describedby": ids || undefined } as const;
}

export function FieldError({ id, error }: { id: string; error?: string | null }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="text-sm font-medium text-red-700">
      {error}
    </p>
  );
}

export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  children: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-gray-800">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-gray-600">
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
    </div>
  );
}

/** A card with a heading; the heading names the group of fields for screen readers too. */
export function Section({ id, title, hint, children }: { id: string; title: string; hint?: string; children: ReactNode }) {
  return (
    <section role="group" aria-labelledby={`${id}-title`} className="rounded-tremor-default border border-gray-200 bg-white p-5 shadow-tremor-card">
      <h2 id={`${id}-title`} className="text-base font-semibold text-gray-900">
        {title}
      </h2>
      {hint ? <p className="mt-1 text-sm text-gray-600">{hint}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}

/** The foot of a create-or-edit form: the save button, a way back while editing, and what the last save said. */
export function SaveRow(props: {
  statusId: string;
  pending: boolean;
  editing: boolean;
  listHref: string;
  words: { save: string; create: string; saving: string; cancelEdit: string };
  /** The last save's failure, or its success text ("" before any save). */
  status: { failed: boolean; text: string };
}) {
  const { statusId, pending, editing, listHref, words, status } = props;
  return (
    <div className="flex flex-wrap items-center gap-3 md:col-span-2">
      <button type="submit" disabled={pending} className="rounded-tremor-default bg-blue-700 px-4 py-2 text-sm font-medium text-white shadow-tremor-input hover:bg-blue-800 disabled:opacity-60">
        {pending ? words.saving : editing ? words.save : words.create}
      </button>
      {editing ? <Link href={listHref} className="text-sm font-medium text-blue-800 underline">{words.cancelEdit}</Link> : null}
      <p id={statusId} role="status" className={status.failed ? "text-sm font-medium text-red-700" : "text-sm text-green-800"}>
        {status.text}
      </p>
    </div>
  );
}

/** The options of a language select: each app language in its own name. */
export function LocaleOptions() {
  return LOCALES.map((l) => (
    <option key={l} value={l}>
      {LOCALE_NAMES[l]}
    </option>
  ));
}
