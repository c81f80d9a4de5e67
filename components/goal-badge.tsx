"use client";

import type { GoalMark } from "@/lib/goals/mark";
import type { GoalStatus } from "@/lib/goals/status";
import { useLocale } from "./locale-provider";
import { componentMessages } from "./messages";

// A goal's target and status. The status is a word and a symbol besides its colour, so it reads
// without colour too; 800 shades on 100 backgrounds pass WCAG AA.
const looks: Record<GoalStatus, { tone: string; symbol: string }> = {
  met: { tone: "bg-emerald-100 text-emerald-800 ring-emerald-600/30", symbol: "✓" },
  at_risk: { tone: "bg-amber-100 text-amber-900 ring-amber-600/30", symbol: "!" },
  missed: { tone: "bg-red-100 text-red-800 ring-red-600/30", symbol: "✕" },
  no_data: { tone: "bg-gray-100 text-gray-700 ring-gray-500/30", symbol: "–" },
};

export function GoalStatusBadge({ status }: { status: GoalStatus }) {
  const t = componentMessages(useLocale());
  const { tone, symbol } = looks[status];
  return (
    <span data-goal-status={status} className={`inline-flex items-center gap-1 whitespace-nowrap rounded-tremor-small px-1.5 py-0.5 text-xs font-medium ring-1 ${tone}`}>
      <span aria-hidden="true">{symbol}</span>
      {t.goal.status[status]}
    </span>
  );
}

/** "Goal ≥ 75.0 %  ✓ Met" */
export function GoalBadge({ mark }: { mark: GoalMark }) {
  const t = componentMessages(useLocale());
  return (
    <span data-goal className="inline-flex flex-wrap items-center gap-2 text-xs text-gray-700">
      <span className="tabular-nums">{t.goal.target(mark.target)}</span>
      <GoalStatusBadge status={mark.status} />
    </span>
  );
}
