"use client";

import { ProgressBar } from "@/components/progress-bar";
import { useLocale } from "@/components/locale-provider";
import type { AssessmentScore } from "@/lib/assessment/scoring";
import { SECTION_IDS } from "@/lib/assessment/statements";
import { NO_DATA, formatNumber } from "@/lib/format/number";
import { assessmentMessages } from "./messages";
import { StageBadge } from "./stage-badge";
import type { AssessmentWording } from "./wording";

/** The live result: overall average and stage with what the stage means, and the four section averages. */
export function ScoreSummary({ score, wording }: { score: AssessmentScore; wording: AssessmentWording }) {
  const locale = useLocale();
  const t = assessmentMessages(locale);
  // Section averages are multiples of 0.2 and the overall one of 0.05: shown exactly, never rounded.
  const average = (v: number | null, digits: 1 | 2) => (v === null ? NO_DATA : formatNumber(v, locale, { digits }));
  return (
    <section aria-labelledby="score-heading" className="rounded-tremor-default border border-gray-200 bg-white p-5 shadow-tremor-card">
      <h2 id="score-heading" className="text-base font-semibold text-gray-900">
        {t.yourScore}
      </h2>
      <div className="mt-4 grid gap-6 md:grid-cols-[16rem_minmax(0,1fr)]">
        <div aria-live="polite">
          <p className="text-sm text-gray-600">{t.overall}</p>
          <p className="text-tremor-metric font-semibold tabular-nums text-gray-900" data-overall>
            {average(score.overall, 2)}
          </p>
          {score.stage === null ? (
            <p className="mt-2 text-sm text-gray-700">{t.answerAll(score.total - score.answered)}</p>
          ) : (
            <div className="mt-2 flex flex-col gap-2">
              <p className="flex items-center gap-2 text-sm text-gray-700">
                {t.stage}: <StageBadge stage={score.stage} label={wording.stages[score.stage].name} />
              </p>
              <p className="text-sm text-gray-700">{wording.stages[score.stage].traits}</p>
            </div>
          )}
        </div>
        <div className="flex flex-col gap-3">
          {SECTION_IDS.map((section) => {
            const value = score.sections[section].average;
            return (
              <ProgressBar
                key={section}
                ratio={value === null ? null : value / 5}
                label={wording.sections[section]}
                valueText={average(value, 1)}
              />
            );
          })}
        </div>
      </div>
    </section>
  );
}
