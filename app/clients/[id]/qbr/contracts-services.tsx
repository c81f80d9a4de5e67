import { formatDate } from "@/lib/format/date";
import type { Locale } from "@/lib/format/locale";
import { formatMoney, formatNumber } from "@/lib/format/number";
import type { QbrMessages } from "@/lib/qbr/messages";
import type { QbrReport } from "@/lib/qbr/types";

const card = "rounded-tremor-default border border-gray-200 bg-white p-5 shadow-tremor-card";

/** The client's contracts on the period's end, its services, and the services it could add. */
export function ContractsAndServices({ report, caption, locale, t }: { report: QbrReport; caption: string; locale: Locale; t: QbrMessages }) {
  const c = t.contractCols;
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      {/* Scrolls sideways on a phone, so it takes focus: keyboard users can scroll it too. */}
      <section aria-labelledby="qbr-contracts" tabIndex={0} className={`${card} overflow-x-auto lg:col-span-2`}>
        <h2 id="qbr-contracts" className="text-base font-semibold text-gray-900">{t.contracts}</h2>
        {report.contracts.length === 0 ? (
          <p className="mt-2 text-sm text-gray-700">{t.contractsNone}</p>
        ) : (
          <table className="mt-3 w-full border-collapse text-sm">
            <caption className="sr-only">{caption}</caption>
            <thead>
              <tr className="border-b border-gray-200 text-gray-700">
                <th scope="col" className="py-2 pr-3 text-left font-semibold">{c.service}</th>
                <th scope="col" className="py-2 pr-3 text-left font-semibold">{c.tier}</th>
                <th scope="col" className="py-2 pr-3 text-right font-semibold">{c.units}</th>
                <th scope="col" className="py-2 pr-3 text-right font-semibold">{c.monthlyValue}</th>
                <th scope="col" className="py-2 pr-3 text-left font-semibold">{c.start}</th>
                <th scope="col" className="py-2 pr-3 text-left font-semibold">{c.end}</th>
                <th scope="col" className="py-2 text-left font-semibold">{c.status}</th>
              </tr>
            </thead>
            <tbody>
              {report.contracts.map((k, i) => (
                <tr key={`${k.service}-${k.startDate}-${i}`} className="border-b border-gray-100 last:border-b-0">
                  <th scope="row" className="py-2 pr-3 text-left font-medium text-gray-900">{k.service}</th>
                  <td className="py-2 pr-3 text-gray-700">{k.tier ?? "—"}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{formatNumber(k.units, locale)}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{formatMoney(k.monthlyValue, report.currency, locale)}</td>
                  <td className="whitespace-nowrap py-2 pr-3">{formatDate(k.startDate, locale)}</td>
                  <td className="whitespace-nowrap py-2 pr-3">{formatDate(k.endDate, locale)}</td>
                  <td className="py-2">{t.status[k.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="qbr-services" className={`${card} flex flex-col gap-4`}>
        <div>
          <h2 id="qbr-services" className="text-base font-semibold text-gray-900">{t.services}</h2>
          {report.services.length === 0 ? (
            <p className="mt-2 text-sm text-gray-700">{t.servicesNone}</p>
          ) : (
            <ul className="mt-3 flex flex-wrap gap-2">
              {report.services.map((s) => (
                <li key={s} className="rounded-full bg-blue-50 px-3 py-1 text-sm font-medium text-blue-800 ring-1 ring-inset ring-blue-200">{s}</li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3 className="text-sm font-semibold text-gray-900">{t.suggestions}</h3>
          <p className="mt-1 text-sm text-gray-600">{t.suggestionsHint}</p>
          {report.suggestions.length === 0 ? (
            <p className="mt-2 text-sm text-gray-700">{t.suggestionsNone}</p>
          ) : (
            <ul className="mt-2 divide-y divide-gray-100">
              {report.suggestions.map((s) => (
                <li key={s.service} className="flex items-center justify-between gap-3 py-2 text-sm">
                  <span className="font-medium text-gray-900">{s.service}</span>
                  <span className="text-gray-600">{t.clientsWith(s.clients)}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </section>
    </div>
  );
}
