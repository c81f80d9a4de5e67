"use client";

import { useLocale } from "@/components/locale-provider";
import type { SectionScore } from "@/lib/assessment/scoring";
import { STATEMENTS_BY_SECTION, type Score, type SectionId, type StatementId } from "@/lib/assessment/statements";
import type { DataHint as Hint } from "@/lib/assessment/suggestions";
import { formatNumber } from "@/lib/format/number";
import { DataHint } from "./data-hint";
import { assessmentMessages } from "./messages";
import { StageBadge } from "./stage-badge";
import { StatementChoice } from "./statement-choice";
import type { AssessmentWording } from "./wording";

export interface SectionCardProps {
  section: SectionId;
  /** Number of the section's first statement (1, 6, 11, 16). */
  firstNumber: number;
  wording: AssessmentWording;
  score: SectionScore;
  answers: Partial<Record<StatementId, Score>>;
  hints: Partial<Record<StatementId, Hint>>;
  missing: ReadonlySet<StatementId>;
  currency: string;
  onAnswer: (statement: StatementId, score: Score) => void;
}

/** A section's five statements, its live average and stage, and the tip for that stage. */
export function SectionCard({ section, firstNumber, wording, score, answers, hints, missing, currency, onAnswer }: SectionCardProps) {
  const locale = useLocale();
  const t = assessmentMessages(locale);
  const headingId = `section-${section}`;
  return (
    <section aria-labelledby={headingId} data-section={section} className="rounded-tremor-default border border-gray-200 bg-white p-5 shadow-tremor-card">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-base font-semibold text-gray-900">
          {wording.sections[section]}
        </h2>
        <p className="flex items-center gap-2 text-sm text-gray-700" aria-live="polite">
          {score.average === null || score.stage === null ? (
            t.answered(score.answered, score.total)
          ) : (
            <>
              <span className="font-medium tabular-nums" data-section-average>
                {t.sectionScore(formatNumber(score.average, locale, { digits: 1 }))}
              </span>
              <StageBadge stage={score.stage} label={wording.stages[score.stage].name} />
            </>
          )}
        </p>
      </div>
      <div className="mt-2">
        {STATEMENTS_BY_SECTION[section].map((id: StatementId, i) => {
          const hint = hints[id];
          return (
            <StatementChoice
              key={id}
              id={id}
              number={firstNumber + i}
              wording={wording}
              value={answers[id]}
              invalid={missing.has(id) && answers[id] === undefined}
              openLabel={t.open}
              onChange={(s) => onAnswer(id, s)}
              hint={hint ? <DataHint hint={hint} wording={wording} currency={currency} value={answers[id]} onAccept={(s) => onAnswer(id, s)} /> : undefined}
            />
          );
        })}
      </div>
      <div className="mt-2 rounded-tremor-default border-l-4 border-blue-700 bg-blue-50 px-4 py-3 text-sm" data-tip={score.stage ?? "none"}>
        {score.stage === null ? (
          <p className="text-gray-700">{t.answerAllSection}</p>
        ) : (
          <>
            <h3 className="font-semibold text-gray-900">{t.nextStep(wording.stages[score.stage].name)}</h3>
            <p className="mt-1 text-gray-800">{wording.tips[section][score.stage]}</p>
          </>
        )}
      </div>
    </section>
  );
}
