"use client";

import { Link } from "@/components/link";
import { useActionState } from "react";
import { describedBy, Field, inputClass, LocaleOptions } from "@/components/form-fields";
import { useLocale } from "@/components/locale-provider";
import { CADENCES, MAX_DAYS_AFTER, type Cadence } from "@/lib/client-reports/schedule";
import { formatDateTime } from "@/lib/format/date";
import type { Locale } from "@/lib/format/locale";
import { queueClientReportAction, saveClientReportScheduleAction } from "./actions";
import { clientReportMessages } from "./messages";

export interface ScheduleView {
  enabled: boolean;
  recipients: string;
  cadence: Cadence;
  daysAfter: number;
  holdForReview: boolean;
  locale: Locale;
}

const primary =
  "rounded-tremor-small bg-blue-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-blue-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2 disabled:opacity-60";
const secondary =
  "rounded-tremor-small px-3 py-1.5 text-sm font-medium text-gray-800 ring-1 ring-gray-300 hover:bg-gray-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 disabled:opacity-60";
const checkbox = "h-4 w-4 rounded border-gray-400 text-blue-700 focus-visible:ring-2 focus-visible:ring-blue-600";

/** The client page's card for managers: who gets the client's scheduled report, how often, and whether it is held for review. */
export function ClientReportSection(props: { clientId: number; schedule: ScheduleView; nextDue: string | null; smtpConfigured: boolean; timeZone: string }) {
  const { clientId, schedule, nextDue, smtpConfigured, timeZone } = props;
  const locale = useLocale();
  const m = clientReportMessages(locale);
  const [state, action, pending] = useActionState(saveClientReportScheduleAction, null);
  const [queued, queue, queueing] = useActionState(queueClientReportAction, null);
  const failed = state?.ok === false ? state : null;
  const errors = failed?.fieldErrors ?? {};
  // React resets the form after each submission: a refused one shows what was typed and ticked.
  const value = (field: string, fallback: string) => failed?.values?.[field] ?? fallback;
  const checked = (field: string, fallback: boolean) => (failed?.values ? failed.values[field] === "on" : fallback);
  const queueText = queued?.ok ? (queued.done === "queued" ? m.queued : m.alreadyQueued) : queued ? m.noSchedule : "";
  return (
    <section aria-labelledby="client-report-title" className="mt-8 rounded-tremor-default border border-gray-200 bg-white p-5 shadow-tremor-card">
      <h2 id="client-report-title" className="text-lg font-semibold text-gray-900">
        {m.title}
      </h2>
      <p className="mt-1 text-sm text-gray-600">{m.hint}</p>
      {smtpConfigured ? null : <p className="mt-2 text-sm font-medium text-amber-900">{m.noSmtp}</p>}
      <form action={action} className="mt-4 grid gap-4 md:grid-cols-2">
        <input type="hidden" name="clientId" value={clientId} />
        <label className="flex items-center gap-2 text-sm font-medium text-gray-800 md:col-span-2">
          <input type="checkbox" name="enabled" defaultChecked={checked("enabled", schedule.enabled)} className={checkbox} />
          {m.enabled}
        </label>
        <div className="md:col-span-2">
          <Field id="report-recipients" label={m.recipients} hint={m.recipientsHint} error={errors.recipients ? m.errors.recipients : null}>
            <input
              type="text"
              name="recipients"
              autoComplete="off"
              defaultValue={value("recipients", schedule.recipients)}
              className={inputClass}
              {...describedBy("report-recipients", { hint: true, error: errors.recipients })}
            />
          </Field>
        </div>
        <Field id="report-cadence" label={m.cadence}>
          <select id="report-cadence" name="cadence" defaultValue={value("cadence", schedule.cadence)} className={inputClass}>
            {CADENCES.map((c) => (
              <option key={c} value={c}>
                {m.cadences[c]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="report-days-after" label={m.daysAfter} hint={m.daysAfterHint} error={errors.daysAfter ? m.errors.daysAfter : null}>
          <input
            type="number"
            name="daysAfter"
            min={1}
            max={MAX_DAYS_AFTER}
            required
            defaultValue={value("daysAfter", String(schedule.daysAfter))}
            className={inputClass}
            {...describedBy("report-days-after", { hint: true, error: errors.daysAfter })}
          />
        </Field>
        <Field id="report-locale" label={m.language}>
          <select id="report-locale" name="locale" defaultValue={value("locale", schedule.locale)} className={inputClass}>
            <LocaleOptions />
          </select>
        </Field>
        <div className="flex flex-col gap-1">
          <label className="flex items-center gap-2 text-sm font-medium text-gray-800">
            <input type="checkbox" name="holdForReview" defaultChecked={checked("holdForReview", schedule.holdForReview)} aria-describedby="report-hold-hint" className={checkbox} />
            {m.hold}
          </label>
          <p id="report-hold-hint" className="text-xs text-gray-600">
            {m.holdHint}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3 md:col-span-2">
          <button type="submit" className={primary} disabled={pending}>
            {m.save}
          </button>
          <p role="status" className={failed?.error ? "text-sm font-medium text-red-700" : "text-sm text-green-800"}>
            {failed?.error === "no_client" ? m.errors.noClient : state?.ok ? m.saved : ""}
          </p>
        </div>
      </form>
      {schedule.enabled ? (
        <div className="mt-4 flex flex-wrap items-center gap-3 border-t border-gray-100 pt-4 text-sm">
          {nextDue ? <p className="text-gray-700">{m.nextDue(formatDateTime(nextDue, locale, timeZone))}</p> : null}
          <form action={queue}>
            <input type="hidden" name="clientId" value={clientId} />
            <button type="submit" className={secondary} disabled={queueing}>
              {m.queueNow}
            </button>
          </form>
          <Link href="/reports/outbox" className="font-medium text-blue-800 hover:underline">
            {m.openOutbox} →
          </Link>
          <p role="status" className={queued?.ok === false ? "font-medium text-red-700" : "text-green-800"}>
            {queueText}
          </p>
        </div>
      ) : null}
    </section>
  );
}
