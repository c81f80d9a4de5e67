"use client";

import { Link } from "@/components/link";
import { useLocale } from "@/components/locale-provider";
import { createAlertRuleFromGoalAction, removeGoalAction } from "./actions";
import { goalsMessages } from "./messages";

const button = "rounded-tremor-small border border-gray-300 bg-white px-2 py-1 text-xs font-medium text-gray-800 hover:bg-gray-50";

/** Edit, remove, and turn into an alert rule: one goal's buttons (managers and owners). */
export function GoalActions({ goalRef, figure }: { goalRef: string; figure: string }) {
  const t = goalsMessages(useLocale());
  return (
    <div className="flex min-w-56 flex-wrap gap-1.5">
      <Link href={`/goals?edit=${encodeURIComponent(goalRef)}#goal-form`} className={button} aria-label={`${t.edit}: ${figure}`}>{t.edit}</Link>
      <form action={createAlertRuleFromGoalAction}>
        <input type="hidden" name="ref" value={goalRef} />
        <button type="submit" className={button} aria-label={`${t.createAlert}: ${figure}`}>{t.createAlert}</button>
      </form>
      <form action={removeGoalAction} onSubmit={(e) => (window.confirm(t.confirmRemove(figure)) ? undefined : e.preventDefault())}>
        <input type="hidden" name="ref" value={goalRef} />
        <button type="submit" className={`${button} text-red-800`} aria-label={`${t.remove}: ${figure}`}>{t.remove}</button>
      </form>
    </div>
  );
}
