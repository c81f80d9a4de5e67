import { ExplainLink } from "@/components/explain-link";
import { componentMessages } from "@/components/messages";
import type { ClientComparison } from "@/db/queries/clients";
import { explainHref } from "@/lib/explain/figures";
import { formatDate } from "@/lib/format/date";
import type { Locale } from "@/lib/format/locale";
import { formatDelta, formatPercent, trendOf } from "@/lib/format/number";
import { previousPeriod, type Period } from "@/lib/kpi/period";
import type { ClientsMessages } from "../messages";

type Measure = keyof ClientsMessages["healthRows"];
const MEASURES: Measure[] = ["av_ok", "patched", "backup_ok", "seen", "warranty"];

function value(figures: ClientComparison["current"], measure: Measure): number | null {
  if (measure === "warranty") return figures.warrantyCoverage;
  return figures.health ? figures.health[measure] : null;
}

interface HealthTableProps {
  data: ClientComparison;
  period: Period;
  locale: Locale;
  t: ClientsMessages;
}

/**
 * Device health on the period's end against the previous period's end, with direction arrows (more
 * is better for each). Each share links to its explanation: the client's devices and their status
 * on that day (warranty coverage has none per client).
 */
export function HealthTable({ data, period, locale, t }: HealthTableProps) {
  const previous = previousPeriod(period);
  const share = (m: Measure, value: number | null, on: Period) => {
    const text = formatPercent(value, locale, { digits: 0 });
    if (m === "warranty" || value === null) return text;
    return (
      <ExplainLink href={explainHref(`client.${m}`, on, data.client.name)} label={componentMessages(locale).kpi.explainLabel(t.healthRows[m])}>
        {text}
      </ExplainLink>
    );
  };
  return (
    <section aria-labelledby="health-heading" className="rounded-tremor-default border border-gray-200 bg-white p-5 shadow-tremor-card">
      <h2 id="health-heading" className="text-base font-semibold text-gray-900">
        {t.health}
      </h2>
      <p className="mt-1 text-sm text-gray-600">
        {t.healthHint(formatDate(period.to, locale), formatDate(previous.to, locale))} {t.devicesManaged(data.current.managedDevices)}
      </p>
      {data.current.managedDevices === 0 ? (
        <p className="mt-4 text-sm text-gray-700">{t.healthNone}</p>
      ) : (
        <table className="mt-3 w-full border-collapse text-sm">
          <caption className="sr-only">{t.healthCaption}</caption>
          <thead>
            <tr className="border-b border-gray-200 text-gray-700">
              <th scope="col" className="py-2 pr-4 text-left font-semibold">{t.measure}</th>
              <th scope="col" className="py-2 pr-4 text-right font-semibold">{t.now}</th>
              <th scope="col" className="py-2 pr-4 text-right font-semibold">{t.previous}</th>
              <th scope="col" className="py-2 text-right font-semibold">{t.change}</th>
            </tr>
          </thead>
          <tbody>
            {MEASURES.map((m) => {
              const now = value(data.current, m);
              const then = data.previous.managedDevices === 0 ? null : value(data.previous, m);
              const change = now === null || then === null ? null : Math.round((now - then) * 1e4) / 1e4;
              const trend = trendOf(change);
              const arrow = trend === "up" ? "▲" : trend === "down" ? "▼" : trend === "flat" ? "▶" : "";
              const tone = trend === "up" ? "text-emerald-700" : trend === "down" ? "text-red-700" : "text-gray-600";
              const words = trend === "up" ? t.up : trend === "down" ? t.down : trend === "flat" ? t.unchanged : "";
              return (
                <tr key={m} className="border-b border-gray-100 last:border-b-0">
                  <th scope="row" className="py-2 pr-4 text-left font-normal text-gray-800">{t.healthRows[m]}</th>
                  <td className="py-2 pr-4 text-right tabular-nums text-gray-900">{share(m, now, period)}</td>
                  <td className="py-2 pr-4 text-right tabular-nums text-gray-700">{share(m, then, previous)}</td>
                  <td className={`py-2 text-right tabular-nums ${tone}`}>
                    {change === null ? (
                      "—"
                    ) : (
                      <>
                        <span aria-hidden="true">{arrow} </span>
                        <span className="sr-only">{words}: </span>
                        {formatDelta(change, locale, { kind: "points", digits: 0 })}
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
