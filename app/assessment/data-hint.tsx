"use client";

import { useLocale } from "@/components/locale-provider";
import type { Score } from "@/lib/assessment/statements";
import type { DataHint as Hint } from "@/lib/assessment/suggestions";
import { formatFigure, ruleText } from "./hint-format";
import { assessmentMessages } from "./messages";
import type { AssessmentWording } from "./wording";

export interface DataHintProps {
  hint: Hint;
  wording: AssessmentWording;
  currency: string;
  value: Score | undefined;
  onAccept: (score: Score) => void;
}

/** What the data says about one statement, and its suggested score with a button to take it. */
export function DataHint({ hint, wording, currency, value, onAccept }: DataHintProps) {
  const locale = useLocale();
  const t = assessmentMessages(locale);
  const { score } = hint;
  return (
    <div role="group" aria-label={`${t.fromData}: ${wording.statements[hint.statement]}`} className="rounded-tremor-default bg-gray-50 p-3 text-sm ring-1 ring-inset ring-gray-200">
      <p aria-hidden="true" className="text-xs font-semibold uppercase tracking-wide text-gray-600">
        {t.fromData}
      </p>
      <dl className="mt-2 flex flex-col gap-1">
        {hint.figures.map((figure) => (
          <div key={figure.key} className="flex justify-between gap-3">
            <dt className="text-gray-700">{t.figures[figure.key]}</dt>
            <dd className="shrink-0 font-medium tabular-nums text-gray-900">{formatFigure(figure, locale, currency, t)}</dd>
          </div>
        ))}
      </dl>
      {hint.rule === null ? (
        <p className="mt-2 text-xs text-gray-600">{t.informsOnly}</p>
      ) : score === null ? (
        <p className="mt-2 text-xs text-gray-600">{t.noSuggestion}</p>
      ) : (
        <div className="mt-3 flex flex-col gap-2">
          <p className="font-medium text-gray-900" data-suggested={score}>
            {t.suggested(score, wording.scale[score])}
          </p>
          {value === score ? (
            <p className="text-xs font-medium text-emerald-800">✓ {t.accepted}</p>
          ) : (
            <button
              type="button"
              onClick={() => onAccept(score)}
              className="self-start rounded-tremor-default border border-blue-700 bg-white px-3 py-1.5 text-xs font-medium text-blue-800 hover:bg-blue-50 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
            >
              {t.accept}
              <span className="sr-only">{t.acceptFor(wording.statements[hint.statement])}</span>
            </button>
          )}
          <p className="text-xs text-gray-600">{ruleText(hint.rule, locale, t)}</p>
        </div>
      )}
    </div>
  );
}
