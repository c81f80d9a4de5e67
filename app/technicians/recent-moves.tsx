import { Fragment } from "react";
import type { MoveRow } from "@/db/queries/rebalancing";
import { formatDate, formatDateTime } from "@/lib/format/date";
import type { Locale } from "@/lib/format/locale";
import { formatHours, formatNumber } from "@/lib/format/number";
import type { ReassignmentItem } from "@/lib/rebalancing/types";
import type { TechniciansMessages } from "./messages";

interface Props {
  moves: MoveRow[];
  /** What pending moves still have with the old technician, by move id. */
  handOver: ReadonlyMap<number, ReassignmentItem[]>;
  locale: Locale;
  /** The org's zone: when a move was accepted or done is printed in it, not in the server's. */
  timeZone: string;
  t: TechniciansMessages;
}

/** The latest accepted moves (any period), newest first; a pending one lists what to reassign in the PSA. */
export function RecentMoves({ moves, handOver, locale, timeZone, t }: Props) {
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
                <th scope="col" className={th}>{t.moves.status}</th>
              </tr>
            </thead>
            <tbody>
              {moves.map((m) => (
                <Fragment key={m.id}>
                  <tr data-move={m.client} data-status={m.status} className="border-b border-gray-100 last:border-b-0">
                    <td className="whitespace-nowrap py-2 pr-4 text-gray-700">
                      <time dateTime={m.acceptedAt}>{formatDateTime(m.acceptedAt, locale, timeZone)}</time>
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
                    <td className="py-2 pr-4 text-gray-700">{m.acceptedBy ?? t.moves.deletedUser}</td>
                    <td className="whitespace-nowrap py-2 pr-4">
                      {m.status === "done" && m.doneAt ? (
                        <span className="text-emerald-800">{t.moves.done(formatDateTime(m.doneAt, locale, timeZone, { date: "medium" }))}</span>
                      ) : (
                        <span className="font-medium text-amber-800">{t.moves.pending}</span>
                      )}
                    </td>
                  </tr>
                  {m.status === "pending" ? (
                    <tr data-hand-over={m.client} className="border-b border-gray-100">
                      <td colSpan={8} className="pb-3 pr-4">
                        <HandOver move={m} items={handOver.get(m.id) ?? []} locale={locale} t={t} />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** What the service manager still has to reassign in the PSA for one pending move, with the CSV. */
function HandOver({ move, items, locale, t }: { move: MoveRow; items: ReassignmentItem[]; locale: Locale; t: TechniciansMessages }) {
  return (
    <div className="rounded-tremor-small bg-amber-50 px-4 py-3 text-sm text-gray-800">
      <p>{t.moves.handOver(move.client, move.from, move.to)}</p>
      {items.length === 0 ? (
        <p className="mt-1 text-gray-700">{t.moves.nothingLeft(move.from, move.to)}</p>
      ) : (
        <ul aria-label={t.moves.handOverLabel(move.client)} className="mt-2 flex list-disc flex-col gap-0.5 pl-5">
          {items.map((item) => (
            <li key={`${item.kind}-${item.ref}`}>
              {item.kind === "ticket" ? t.moves.ticket(item.ref) : t.moves.scheduled(item.ref)}
              {item.subject ? ` · ${item.subject}` : ""}
              {item.priority ? ` · ${item.priority}` : ""} · {formatDate(item.date.slice(0, 10), locale)}
            </li>
          ))}
        </ul>
      )}
      <a href={`/api/rebalancing/moves/${move.id}/reassignment`} download className="mt-2 inline-block font-medium text-blue-800 underline">
        {t.moves.csv}
      </a>
    </div>
  );
}
