import type { Locale } from "@/lib/format/locale";
import { formatDelta, formatPercent } from "@/lib/format/number";
import type { QbrMessages } from "@/lib/qbr/messages";
import { change, direction, DIRECTION_ARROW } from "@/lib/qbr/performance";
import { PERFORMANCE_GROUPS, type PerformanceRow } from "@/lib/qbr/types";

const TONE = { up: "text-emerald-700", down: "text-red-700", flat: "text-gray-600" } as const;

/** The whitepaper's service-performance table: current and previous value per measure, grouped, with the direction. */
export function PerformanceTable({ rows, caption, locale, t }: { rows: PerformanceRow[]; caption: string; locale: Locale; t: QbrMessages }) {
  const byMeasure = new Map(rows.map((r) => [r.measure, r]));
  const percent = (v: number | null) => (v === null ? t.noData : formatPercent(v, locale, { digits: 1 }));
  return (
    <section aria-labelledby="performance-heading" className="rounded-tremor-default border border-gray-200 bg-white p-5 shadow-tremor-card">
      <h2 id="performance-heading" className="text-base font-semibold text-gray-900">
        {t.performance}
      </h2>
      <p className="mt-1 text-sm text-gray-600">{t.performanceHint}</p>
      <table className="mt-3 w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-gray-200 text-gray-700">
            <th scope="col" className="py-2 pr-4 text-left font-semibold">{t.measure}</th>
            <th scope="col" className="py-2 pr-4 text-right font-semibold">{t.current}</th>
            <th scope="col" className="py-2 pr-4 text-right font-semibold">{t.previous}</th>
            <th scope="col" className="py-2 text-right font-semibold">{t.change}</th>
          </tr>
        </thead>
        {PERFORMANCE_GROUPS.map(([group, measures]) => (
          <tbody key={group}>
            <tr className="bg-gray-50">
              <th scope="colgroup" colSpan={4} className="px-2 py-1.5 text-left text-xs font-semibold uppercase tracking-wide text-blue-900">
                {t.groups[group]}
              </th>
            </tr>
            {measures.map((measure) => {
              const row = byMeasure.get(measure) ?? { measure, current: null, previous: null };
              const dir = direction(row);
              return (
                <tr key={measure} className="border-b border-gray-100">
                  <th scope="row" className="py-2 pr-4 text-left font-normal text-gray-800">{t.measures[measure]}</th>
                  <td className="py-2 pr-4 text-right tabular-nums text-gray-900">{percent(row.current)}</td>
                  <td className="py-2 pr-4 text-right tabular-nums text-gray-700">{percent(row.previous)}</td>
                  <td className={`whitespace-nowrap py-2 text-right tabular-nums ${dir ? TONE[dir] : "text-gray-600"}`}>
                    {dir ? (
                      <>
                        <span aria-hidden="true">{DIRECTION_ARROW[dir]} </span>
                        <span className="sr-only">{t[dir]}: </span>
                        {formatDelta(change(row), locale, { kind: "points", digits: 1 })}
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </section>
  );
}
