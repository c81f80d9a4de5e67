"use client";

import { useLocale } from "@/components/locale-provider";
import { importsMessages } from "./messages";

export type StepName = "choose" | "check" | "run";
const STEPS: StepName[] = ["choose", "check", "run"];

/** "1 Choose file · 2 Check columns · 3 Import", the current one marked with aria-current="step". */
export function StepList({ current }: { current: StepName }) {
  const t = importsMessages(useLocale()).steps;
  const at = STEPS.indexOf(current);
  return (
    <ol aria-label={t.label} className="mb-4 flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
      {STEPS.map((step, i) => {
        const state = i < at ? "done" : i === at ? "current" : "todo";
        return (
          <li key={step} aria-current={state === "current" ? "step" : undefined} className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className={`grid h-6 w-6 place-items-center rounded-tremor-full text-xs font-semibold ${
                state === "current" ? "bg-blue-700 text-white" : state === "done" ? "bg-blue-100 text-blue-800" : "bg-gray-200 text-gray-700"
              }`}
            >
              {state === "done" ? "✓" : i + 1}
            </span>
            <span className={state === "current" ? "font-semibold text-gray-900" : "text-gray-600"}>{t[step]}</span>
          </li>
        );
      })}
    </ol>
  );
}
