"use client";

import { useState } from "react";
import { useLocale } from "@/components/locale-provider";
import { formatDate } from "@/lib/format/date";
import { FieldError, describedBy, inputClass } from "@/components/form-fields";
import { settingsMessages } from "./messages";

/** The holidays as removable chips (each posted as a hidden `holidays` input) and a date to add. */
export function HolidayList({ days, onChange, error }: { days: string[]; onChange: (days: string[]) => void; error: string | null }) {
  const locale = useLocale();
  const m = settingsMessages(locale).holidays;
  const [draft, setDraft] = useState("");

  function add() {
    if (!draft) return;
    onChange([...new Set([...days, draft])].sort());
    setDraft("");
  }

  return (
    <div className="flex flex-col gap-3">
      {days.length === 0 ? (
        <p className="text-sm text-gray-600">{m.none}</p>
      ) : (
        <ul className="flex flex-wrap gap-2" aria-label={m.legend}>
          {days.map((day) => (
            <li key={day} className="flex items-center gap-1 rounded-full border border-gray-300 bg-gray-50 py-0.5 pl-3 pr-1 text-sm text-gray-800">
              <input type="hidden" name="holidays" value={day} />
              <time dateTime={day} className="tabular-nums">
                {formatDate(day, locale)}
              </time>
              <button
                type="button"
                onClick={() => onChange(days.filter((d) => d !== day))}
                aria-label={m.remove(formatDate(day, locale))}
                className="grid h-6 w-6 place-items-center rounded-full text-gray-600 hover:bg-gray-200 hover:text-gray-900"
              >
                <svg viewBox="0 0 12 12" className="h-3 w-3" aria-hidden="true" focusable="false">
                  <path d="M3 3l6 6M9 3l-6 6" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
                </svg>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="new-holiday" className="text-sm font-medium text-gray-800">
            {m.newHoliday}
          </label>
          <input
            type="date"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            // Enter adds the date instead of submitting the whole form.
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                add();
              }
            }}
            className={inputClass}
            {...describedBy("new-holiday", { error })}
          />
        </div>
        <button
          type="button"
          onClick={add}
          disabled={!draft}
          className="rounded-tremor-small border border-gray-300 bg-white px-3 py-1.5 text-sm font-medium text-gray-800 shadow-tremor-input hover:bg-gray-50 disabled:cursor-not-allowed disabled:opacity-60"
        >
          {m.add}
        </button>
      </div>
      <FieldError id="new-holiday" error={error} />
    </div>
  );
}
