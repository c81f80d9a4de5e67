"use client";

import { startTransition, useActionState, useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { useLocale } from "@/components/locale-provider";
import { scoreAnswers, type Answers } from "@/lib/assessment/scoring";
import { SECTION_IDS, STATEMENTS_BY_SECTION, type Score, type StatementId } from "@/lib/assessment/statements";
import type { DataHint } from "@/lib/assessment/suggestions";
import { formatDateTime } from "@/lib/format/date";
import { NO_DATA, formatNumber } from "@/lib/format/number";
import { saveAssessmentAction, type SaveAssessmentState } from "./actions";
import { assessmentMessages } from "./messages";
import { ScoreSummary } from "./score-summary";
import { SectionCard } from "./section-card";
import { StageBadge } from "./stage-badge";
import { assessmentWording } from "./wording";


/** Statements are numbered on through the sections: the number each section starts at. */
const FIRST_NUMBER = Object.fromEntries(
  SECTION_IDS.map((section, index) => [
    section,
    1 + SECTION_IDS.slice(0, index).reduce((count, earlier) => count + STATEMENTS_BY_SECTION[earlier].length, 0),
  ]),
) as Record<(typeof SECTION_IDS)[number], number>;

export interface AssessmentFormProps {
  hints: DataHint[];
  currency: string;
  timeZone: string;
  /** Only owners save; others can fill it in to see where they stand. */
  canSave: boolean;
}

/**
 * The questionnaire: answers live in the browser and are scored on every change; saving sends the
 * radio groups to the server action, which checks and scores them again and stores them.
 */
export function AssessmentForm({ hints, currency, timeZone, canSave }: AssessmentFormProps) {
  const locale = useLocale();
  const t = assessmentMessages(locale);
  const wording = assessmentWording(locale);
  const [answers, setAnswers] = useState<Answers>({});
  const [state, formAction, pending] = useActionState<SaveAssessmentState, FormData>(saveAssessmentAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  const score = useMemo(() => scoreAnswers(answers), [answers]);
  const byStatement = useMemo(() => Object.fromEntries(hints.map((h) => [h.statement, h])) as Partial<Record<StatementId, DataHint>>, [hints]);
  const named = useMemo(() => (state?.ok === false ? (Object.keys(state.fieldErrors ?? {}) as StatementId[]) : []), [state]);
  const missing = useMemo(() => new Set(named), [named]);
  // The statements a rejected save named that are still open: the message shrinks as they are answered.
  const stillOpen = named.filter((id) => answers[id] === undefined).length;
  const openSuggestions = hints.filter((h) => h.score !== null && answers[h.statement] === undefined);

  // After a rejected save, take the user to the first statement still open.
  useEffect(() => {
    const first = named[0];
    if (first) formRef.current?.querySelector<HTMLInputElement>(`input[name="${first}"]`)?.focus();
  }, [named]);

  const answer = (statement: StatementId, value: Score) => setAnswers((a) => ({ ...a, [statement]: value }));
  const acceptAll = () =>
    setAnswers((a) => {
      const next = { ...a };
      for (const h of hints) if (h.score !== null && next[h.statement] === undefined) next[h.statement] = h.score;
      return next;
    });

  const message = (() => {
    if (state === null) return canSave ? "" : t.forbidden;
    if (state.ok) return t.saved(formatDateTime(state.takenAt, locale, timeZone));
    if (state.error === "invalid") return stillOpen > 0 ? t.missing(stillOpen) : "";
    return state.error === "forbidden" ? t.forbidden : t.failed;
  })();

  // Dispatched by hand rather than through <form action>, which would reset the radios after saving.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="flex flex-col gap-6">
      {openSuggestions.length > 0 ? (
        <div>
          <button
            type="button"
            onClick={acceptAll}
            className="rounded-tremor-default border border-blue-700 bg-white px-4 py-2 text-sm font-medium text-blue-800 hover:bg-blue-50 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
          >
            {t.acceptAll(openSuggestions.length)}
          </button>
        </div>
      ) : null}
      {SECTION_IDS.map((section) => {
        return (
          <SectionCard
            key={section}
            section={section}
            firstNumber={FIRST_NUMBER[section]}
            wording={wording}
            score={score.sections[section]}
            answers={answers}
            hints={byStatement}
            missing={missing}
            currency={currency}
            onAnswer={answer}
          />
        );
      })}
      <ScoreSummary score={score} wording={wording} />
      <div className="sticky bottom-0 z-10 -mx-1 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-tremor-default border border-gray-200 bg-white/95 px-4 py-3 shadow-tremor-dropdown backdrop-blur">
        <span className="text-sm tabular-nums text-gray-700">{t.answered(score.answered, score.total)}</span>
        <span className="text-sm text-gray-700">
          {t.overall}: <span className="font-semibold tabular-nums text-gray-900">{score.overall === null ? NO_DATA : formatNumber(score.overall, locale, { digits: 2 })}</span>
        </span>
        {score.stage ? <StageBadge stage={score.stage} label={wording.stages[score.stage].name} /> : null}
        <p role="status" className={`min-w-0 flex-1 text-sm ${state?.ok ? "text-emerald-800" : "text-red-700"}`}>
          {message}
        </p>
        <button
          type="submit"
          disabled={pending || !canSave}
          className="ml-auto rounded-tremor-default bg-blue-700 px-4 py-2 text-sm font-medium text-white shadow-tremor-input hover:bg-blue-800 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 disabled:opacity-60"
        >
          {pending ? t.saving : t.save}
        </button>
      </div>
    </form>
  );
}
