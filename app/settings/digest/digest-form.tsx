"use client";

import { useActionState } from "react";
import { Field, LocaleOptions, Section, inputClass } from "@/components/form-fields";
import { useLocale } from "@/components/locale-provider";
import type { Locale } from "@/lib/format/locale";
import { saveDigestSettings, sendDigestTest, type DigestState } from "./actions";
import { digestSettingsMessages } from "./messages";

export interface DigestFormValues {
  subscribed: boolean;
  weekday: number;
  hour: number;
  locale: Locale;
}

const buttonClass =
  "rounded-tremor-small bg-blue-700 px-4 py-2 text-sm font-semibold text-white shadow-tremor-input hover:bg-blue-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2 disabled:opacity-60";
const secondaryClass =
  "rounded-tremor-small px-4 py-2 text-sm font-medium text-blue-800 ring-1 ring-gray-300 hover:bg-gray-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 disabled:opacity-60";

/** Subscribe or not, day and hour, language; and a test mail of the digest as it would go out now. */
export function DigestForm({ initial, weekdays, timeZone, email }: { initial: DigestFormValues; weekdays: string[]; timeZone: string; email: string }) {
  const m = digestSettingsMessages(useLocale());
  const [saved, save, saving] = useActionState<DigestState, FormData>(saveDigestSettings, null);
  const [tested, test, testing] = useActionState<DigestState>(sendDigestTest, null);
  const status = (state: DigestState, ok: string) =>
    state === null ? null : state.ok ? (
      <p role="status" className="text-sm font-medium text-emerald-800">
        {ok}
      </p>
    ) : (
      <p role="alert" className="text-sm font-medium text-red-700">
        {state.error ?? Object.values(state.fieldErrors ?? {}).join(" ")}
      </p>
    );
  return (
    <Section id="subscription" title={m.form.legend}>
      <form action={save} className="flex flex-col gap-4">
        <label className="flex items-center gap-2 text-sm font-medium text-gray-800">
          <input type="checkbox" name="subscribed" defaultChecked={initial.subscribed} className="rounded border-gray-300 text-blue-700" />
          {m.form.subscribed}
        </label>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field id="weekday" label={m.form.weekday}>
            <select id="weekday" name="weekday" defaultValue={initial.weekday} className={`${inputClass} pr-8`}>
              {weekdays.map((name, i) => (
                <option key={name} value={i + 1}>
                  {name}
                </option>
              ))}
            </select>
          </Field>
          <Field id="hour" label={m.form.hour} hint={m.form.hourHint(timeZone)}>
            <select id="hour" name="hour" defaultValue={initial.hour} aria-describedby="hour-hint" className={`${inputClass} pr-8`}>
              {Array.from({ length: 24 }, (_, h) => (
                <option key={h} value={h}>
                  {`${String(h).padStart(2, "0")}:00`}
                </option>
              ))}
            </select>
          </Field>
          <Field id="locale" label={m.form.locale}>
            <select id="locale" name="locale" defaultValue={initial.locale} className={`${inputClass} pr-8`}>
              <LocaleOptions />
            </select>
          </Field>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" disabled={saving} className={buttonClass}>
            {m.form.save}
          </button>
          {status(saved, m.form.saved)}
        </div>
      </form>
      <form action={test} className="mt-4 flex flex-wrap items-center gap-3 border-t border-gray-200 pt-4">
        <button type="submit" disabled={testing} className={secondaryClass}>
          {m.test.button}
        </button>
        {status(tested, m.test.sent(email))}
      </form>
    </Section>
  );
}
