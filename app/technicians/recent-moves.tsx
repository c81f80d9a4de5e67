import type { MoveRow } from "@/db/queries/rebalancing";
import { formatDate } from "@/lib/format/date";
import { intlTag, type Locale } from "@/lib/format/locale";
import { formatHours, formatNumber } from "@/lib/format/number";
import type { TechniciansMessages } from "./messages";

/** The latest accepted moves (any period), newest first. */
export function RecentMoves({ moves, locale, t }: { moves: MoveRow[]; locale: Locale; t: TechniciansMessages }) {
  const when = new Intl.DateTimeFormat(intlTag(locale), { dateStyle: "medium", timeStyle: "short" });
  const th = "py-2 pr-4 text-left font-semibold";
  return (
    <section aria-labelledby="moves-heading" className="rounded-tremor-default border border-gray-200 bg-white p-5 shadow-tremor-card">
      <h2 id="moves-heading" className="text-base font-semibold text-gray-900">
        {t.moves.heading}
      </h2>
      {moves.length === 0 ? (
        <p className="mt-2 text-sm text-gray-700">{t.moves.none}</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t.moves.caption}</caption>
            <thead>
              <tr className="border-b border-gray-200 text-gray-700">
                <th scope="col" className={th}>{t.moves.when}</th>
                <th scope="col" className={th}>{t.moves.client}</th>
                <th scope="col" className={th}>{t.moves.fromTo}</th>
                <th scope="col" className={`${th} text-right`}>{t.moves.hours}</th>
                <th scope="col" className={`${th} text-right`}>{t.moves.tickets}</th>
                <th scope="col" className={th}>{t.moves.period}</th>
                <th scope="col" className={th}>{t.moves.by}</th>
              </tr>
            </thead>
            <tbody>
              {moves.map((m) => (
                <tr key={m.id} data-move={m.client} className="border-b border-gray-100 last:border-b-0">
                  <td className="whitespace-nowrap py-2 pr-4 text-gray-700">
                    <time dateTime={m.acceptedAt}>{when.format(new Date(m.acceptedAt))}</time>
                  </td>
                  <th scope="row" className="py-2 pr-4 text-left font-medium text-gray-900">{m.client}</th>
                  <td className="py-2 pr-4 text-gray-800">
                    {m.from} → {m.to}
                  </td>
                  <td className="py-2 pr-4 text-right tabular-nums">{formatHours(m.hoursMoved, locale)}</td>
                  <td className="py-2 pr-4 text-right tabular-nums">{formatNumber(m.ticketsMoved, locale)}</td>
                  <td className="whitespace-nowrap py-2 pr-4 text-gray-700">
                    {formatDate(m.periodFrom, locale)} – {formatDate(m.periodTo, locale)}
                  </td>
                  <td className="py-2 pr-4 text-gray-700">{m.acceptedBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
