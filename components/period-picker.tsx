"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useId, useState, useTransition, type FormEvent } from "react";
import { daysBetween } from "@/lib/dates/calendar-date";
import { formatDate } from "@/lib/format/date";
import type { Locale } from "@/lib/format/locale";
import { PERIOD_PRESETS, type PeriodPreset } from "@/lib/kpi/presets";
import { useLocale } from "./locale-provider";
import { componentMessages } from "./messages";

export interface PeriodPickerProps {
  /** The preset in the URL, or "custom" for ?from=…&to=… (ResolvedPeriod.preset). */
  preset: PeriodPreset | "custom";
  /** The resolved period, YYYY-MM-DD, both inclusive (ResolvedPeriod.period). */
  from: string;
  to: string;
}

// Same limit as PeriodParams in lib/kpi/url-period.ts: longer ranges fall back to the default preset.
const MAX_DAYS = 366 * 3;

function formatPeriodRange(from: string, to: string, locale: Locale): string {
  return from === to ? formatDate(from, locale) : `${formatDate(from, locale)} – ${formatDate(to, locale)}`;
}

/**
 * Preset select plus a custom range (two dates and Apply). Writes the period to the URL —
 * ?period=<preset>, or ?from=…&to=… — keeping every other search param, and lets the server page
 * re-render with it. Remounted by the URL's period, so the inputs always show what is applied.
 */
export function PeriodPicker(props: PeriodPickerProps) {
  return <PeriodPickerForm key={`${props.preset}|${props.from}|${props.to}`} {...props} />;
}

function PeriodPickerForm({ preset, from, to }: PeriodPickerProps) {
  const locale = useLocale();
  const t = componentMessages(locale).period;
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();
  const [choice, setChoice] = useState<PeriodPreset | "custom">(preset);
  const [draft, setDraft] = useState({ from, to });
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  function navigate(next: Record<string, string>) {
    const params = new URLSearchParams(searchParams?.toString());
    for (const key of ["period", "from", "to"]) params.delete(key);
    for (const [key, value] of Object.entries(next)) params.set(key, value);
    const query = params.toString();
    startTransition(() => router.push(query ? `${pathname}?${query}` : (pathname ?? "/"), { scroll: false }));
  }

  function onPreset(value: string) {
    const next = value as PeriodPreset | "custom";
    setChoice(next);
    setError(null);
    if (next !== "custom") navigate({ period: next });
  }

  function onApply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!draft.from || !draft.to) return setError(t.missing);
    if (draft.from > draft.to) return setError(t.order);
    if (daysBetween(draft.from, draft.to) + 1 > MAX_DAYS) return setError(t.tooLong);
    setError(null);
    navigate({ from: draft.from, to: draft.to });
  }

  const control = "rounded-tremor-small border-gray-300 py-1.5 text-sm text-gray-800 shadow-tremor-input disabled:opacity-60";
  const errorId = `${id}-error`;
  return (
    <form onSubmit={onApply} aria-busy={pending} className="flex flex-col items-start gap-1.5 sm:items-end" noValidate>
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-preset`} className="text-xs font-medium text-gray-600">
            {t.label}
          </label>
          <select
            id={`${id}-preset`}
            value={choice}
            onChange={(e) => onPreset(e.target.value)}
            className={`${control} pr-8`}
          >
            {PERIOD_PRESETS.map((p) => (
              <option key={p} value={p}>
                {t.presets[p]}
              </option>
            ))}
            <option value="custom">{t.presets.custom}</option>
          </select>
        </div>
        {choice === "custom" ? (
          <>
            <div className="flex flex-col gap-1">
              <label htmlFor={`${id}-from`} className="text-xs font-medium text-gray-600">
                {t.from}
              </label>
              <input
                id={`${id}-from`}
                type="date"
                value={draft.from}
                max={draft.to || undefined}
                onChange={(e) => setDraft((d) => ({ ...d, from: e.target.value }))}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                className={control}
              />
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor={`${id}-to`} className="text-xs font-medium text-gray-600">
                {t.to}
              </label>
              <input
                id={`${id}-to`}
                type="date"
                value={draft.to}
                min={draft.from || undefined}
                onChange={(e) => setDraft((d) => ({ ...d, to: e.target.value }))}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                className={control}
              />
            </div>
            <button
              type="submit"
              disabled={pending}
              className="rounded-tremor-small bg-blue-700 px-3 py-1.5 text-sm font-medium text-white shadow-tremor-input hover:bg-blue-800 disabled:opacity-60"
            >
              {t.apply}
            </button>
          </>
        ) : null}
      </div>
      {error ? (
        <p id={errorId} role="alert" className="text-xs font-medium text-red-700">
          {error}
        </p>
      ) : null}
      <p className="text-xs text-gray-600 tabular-nums" aria-live="polite">
        {pending ? t.updating : t.shown(formatPeriodRange(from, to, locale))}
      </p>
    </form>
  );
}
