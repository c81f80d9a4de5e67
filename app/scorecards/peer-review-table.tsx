import type { PeerReviewRow } from "@/db/queries/peer-reviews";
import type { ScorecardsMessages } from "./messages";

/** Every score and comment of the period's quarters: owners only. */
export function PeerReviewTable({ rows, t }: { rows: PeerReviewRow[]; t: ScorecardsMessages }) {
  const r = t.reviews;
  return (
    <section aria-labelledby="peer-reviews-heading" className="flex flex-col gap-2">
      <h2 id="peer-reviews-heading" className="text-lg font-semibold text-gray-900">{r.ownerHeading}</h2>
      <p className="text-sm text-gray-600">{r.ownerHint}</p>
      {rows.length === 0 ? (
        <p className="text-sm text-gray-600">{r.none}</p>
      ) : (
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">{r.caption}</caption>
          <thead className="border-b border-gray-200 text-gray-700">
            <tr>
              {[r.quarter, r.reviewer, r.reviewee, r.scoreColumn, r.commentColumn].map((h) => <th key={h} scope="col" className="py-2 pr-4 font-medium">{h}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.quarter}-${row.reviewer}-${row.reviewee}`} className="border-b border-gray-100">
                <td className="py-2 pr-4">{row.quarter}</td>
                <td className="py-2 pr-4">{row.reviewer}</td>
                <td className="py-2 pr-4">{row.reviewee}</td>
                <td className="py-2 pr-4 tabular-nums">{row.score}</td>
                <td className="py-2 pr-4 text-gray-700">{row.comment ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
