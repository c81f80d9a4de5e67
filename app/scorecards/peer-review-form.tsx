"use client";

import { useActionState } from "react";
import { inputClass } from "@/components/form-fields";
import { useLocale } from "@/components/locale-provider";
import { submitPeerReviewAction } from "./review-actions";
import { scorecardsMessages } from "./messages";

export interface Colleague {
  id: number;
  name: string;
  reviewed: boolean;
}

const button =
  "self-start rounded-tremor-small bg-blue-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-blue-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2 disabled:opacity-60";

/** Scores a colleague 1–5 on teamwork for the quarter, once; the server refuses a second review or oneself. */
export function PeerReviewForm({ quarter, colleagues }: { quarter: string; colleagues: Colleague[] }) {
  const t = scorecardsMessages(useLocale()).reviews;
  const [state, action, pending] = useActionState(submitPeerReviewAction, null);
  const reviewed = colleagues.filter((c) => c.reviewed).map((c) => c.name);
  return (
    <section aria-labelledby="peer-review-heading" className="flex flex-col gap-3 rounded-tremor-default border border-gray-200 bg-white p-5 shadow-tremor-card">
      <h2 id="peer-review-heading" className="text-lg font-semibold text-gray-900">{t.heading(quarter)}</h2>
      <p className="text-sm text-gray-600">{t.hint}</p>
      <form action={action} key={state?.ok ? state.at : undefined} className="flex flex-col gap-3">
        <div className="grid gap-3 sm:grid-cols-2">
          <div className="flex flex-col gap-1">
            <label htmlFor="review-colleague" className="text-sm font-medium text-gray-800">{t.colleague}</label>
            <select id="review-colleague" name="revieweeId" required className={inputClass}>
              {colleagues.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
          </div>
          <fieldset className="flex flex-col gap-1">
            <legend className="text-sm font-medium text-gray-800">{t.score}</legend>
            <div className="flex gap-3">
              {[1, 2, 3, 4, 5].map((s) => (
                <label key={s} className="flex items-center gap-1 text-sm text-gray-800">
                  <input type="radio" name="score" value={s} required defaultChecked={s === 3} /> {s}
                </label>
              ))}
            </div>
          </fieldset>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="review-comment" className="text-sm font-medium text-gray-800">{t.comment}</label>
          <textarea id="review-comment" name="comment" maxLength={2000} rows={2} className={inputClass} />
        </div>
        <button type="submit" className={button} disabled={pending}>{t.submit}</button>
        <div aria-live="polite">
          {state?.ok ? <p className="text-sm font-medium text-green-800">{t.done}</p> : null}
          {state?.ok === false && state.error ? <p role="alert" className="text-sm font-medium text-red-700">{t.errors[state.error]}</p> : null}
        </div>
      </form>
      {reviewed.length > 0 ? <p className="text-sm text-gray-600">{t.alreadyReviewed(reviewed.join(", "))}</p> : null}
    </section>
  );
}
