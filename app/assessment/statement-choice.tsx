"use client";

import { SCORES, type Score, type StatementId } from "@/lib/assessment/statements";
import type { ReactNode } from "react";
import type { AssessmentWording } from "./wording";

export interface StatementChoiceProps {
  id: StatementId;
  number: number;
  wording: AssessmentWording;
  value: Score | undefined;
  onChange: (score: Score) => void;
  /** The data hint shown beside the choice. */
  hint?: ReactNode;
  invalid: boolean;
  /** Shown under the statement when a save found it unanswered. */
  openLabel: string;
}

/**
 * One statement as a native radio group (Tab to enter, arrow keys to choose), each option labelled
 * with its number and meaning. The radios carry the statement id as name, so the form posts them.
 */
export function StatementChoice({ id, number, wording, value, onChange, hint, invalid, openLabel }: StatementChoiceProps) {
  return (
    <div className="grid gap-4 border-t border-gray-100 py-5 first:border-t-0 lg:grid-cols-[minmax(0,1fr)_19rem]">
      <fieldset id={`statement-${id}`} aria-describedby={invalid ? `statement-${id}-error` : undefined}>
        <legend className="text-sm font-medium text-gray-900">
          <span className="mr-1 tabular-nums text-gray-500">{number}.</span>
          {wording.statements[id]}
        </legend>
        <div className="mt-3 grid grid-cols-5 gap-1.5">
          {SCORES.map((score) => (
            <label key={score} className="relative block cursor-pointer">
              <input
                type="radio"
                name={id}
                value={score}
                checked={value === score}
                onChange={() => onChange(score)}
                className="peer sr-only"
              />
              <span
                className={[
                  "flex h-full flex-col items-center justify-center gap-0.5 rounded-tremor-default border px-1 py-2 text-center transition-colors",
                  "peer-checked:border-blue-700 peer-checked:bg-blue-700 peer-checked:text-white",
                  "peer-focus-visible:ring-2 peer-focus-visible:ring-blue-600 peer-focus-visible:ring-offset-2",
                  invalid ? "border-red-400 bg-red-50 text-gray-800" : "border-gray-300 bg-white text-gray-800 hover:border-blue-400 hover:bg-blue-50",
                ].join(" ")}
              >
                <span className="text-base font-semibold tabular-nums">{score}</span>
                <span className="text-[11px] leading-tight">{wording.scale[score]}</span>
              </span>
            </label>
          ))}
        </div>
        {invalid ? (
          <p id={`statement-${id}-error`} className="mt-2 text-sm font-medium text-red-700">
            {openLabel}
          </p>
        ) : null}
      </fieldset>
      {hint}
    </div>
  );
}
