import { ExplainLink } from "@/components/explain-link";
import { GoalBadge } from "@/components/goal-badge";
import { componentMessages } from "@/components/messages";
import type { Locale } from "@/lib/format/locale";
import { formatPercent } from "@/lib/format/number";
import { BandBadge } from "./band-badge";
import type { TechniciansMessages } from "./messages";
import type { TechnicianTableRow } from "./rows";

interface Props {
  rows: TechnicianTableRow[];
  thresholds: { workloadLower: number; workloadUpper: number };
  locale: Locale;
  t: TechniciansMessages;
}

/**
 * One bar per technician against capacity: logged utilization (light) behind billable utilization
 * (dark), with lines at 100 %, at the idle and overloaded thresholds from the settings, and at the
 * technician's utilization goal (a goal is in percent: 75 is a ratio of 0.75).
 */
export function UtilizationBars({ rows, thresholds, locale, t }: Props) {
  const highest = Math.max(1.2, ...rows.map((r) => r.loggedUtilization ?? 0), ...rows.map((r) => r.utilization ?? 0));
  const scale = Math.ceil(highest * 10) / 10;
  const at = (ratio: number) => `${(Math.min(ratio, scale) / scale) * 100}%`;
  const pct = (v: number | null) => formatPercent(v, locale, { digits: 0 });
  const lower = pct(thresholds.workloadLower);
  const upper = pct(thresholds.workloadUpper);
  // Most loaded first, like the table; the projection shows only where accepted moves changed it.
  const sorted = [...rows].sort((a, b) => (b.loggedUtilization ?? -1) - (a.loggedUtilization ?? -1) || a.name.localeCompare(b.name));
  const moved = (r: TechnicianTableRow) => r.projectedLoggedUtilization !== r.loggedUtilization || r.projectedUtilization !== r.utilization;
  return (
    <section aria-labelledby="bars-heading" className="rounded-tremor-default border border-gray-200 bg-white p-5 shadow-tremor-card">
      <h2 id="bars-heading" className="text-base font-semibold text-gray-900">
        {t.bars.heading}
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-gray-600">{t.bars.legend(pct(scale), lower, upper)}</p>
      <ul className="mt-4 flex flex-col gap-4">
        {sorted.map((r) => (
          <li key={r.id} data-technician={r.name} className="grid gap-2 sm:grid-cols-[12rem_1fr_15rem] sm:items-center sm:gap-4">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium text-gray-900">{r.name}</span>
              <BandBadge band={r.workload} t={t} />
            </div>
            <div className="flex min-w-0 flex-col gap-1.5">
              <div
                role="img"
                aria-label={`${t.bars.label(r.name, t.bars.billable, pct(r.utilization))}; ${t.bars.label(r.name, t.bars.logged, pct(r.loggedUtilization))}`}
                className="relative h-4 rounded-full bg-gray-100"
              >
                <div className="absolute inset-y-0 left-0 rounded-full bg-blue-200" style={{ width: at(r.loggedUtilization ?? 0) }} />
                <div className="absolute inset-y-0 left-0 rounded-full bg-blue-700" style={{ width: at(r.utilization ?? 0) }} />
                <span className="absolute -inset-y-1 w-px border-l-2 border-dashed border-amber-600" style={{ left: at(thresholds.workloadLower) }} title={t.bars.lower(lower)} />
                <span className="absolute -inset-y-1 w-px border-l-2 border-dashed border-red-600" style={{ left: at(thresholds.workloadUpper) }} title={t.bars.upper(upper)} />
                <span className="absolute -inset-y-1.5 w-0.5 bg-gray-800" style={{ left: at(1) }} title={t.bars.capacity} />
                {r.goal ? (
                  <span data-goal-line className="absolute -inset-y-1.5 w-1 -ml-0.5 rounded-full bg-emerald-700" style={{ left: at(r.goal.targetValue / 100) }} title={t.bars.goal(r.goal.target)} />
                ) : null}
                {moved(r) ? (
                  <span
                    className="absolute -bottom-2.5 -ml-1.5 h-0 w-0 border-x-[6px] border-b-[8px] border-x-transparent border-b-blue-900"
                    style={{ left: at(r.projectedLoggedUtilization ?? 0) }}
                  />
                ) : null}
              </div>
              {moved(r) ? (
                <p data-projected className="pt-1 text-xs font-medium tabular-nums text-blue-800">
                  {t.bars.projected(pct(r.projectedUtilization), pct(r.projectedLoggedUtilization))}
                </p>
              ) : null}
            </div>
            <div className="flex flex-col gap-1">
              <p className="whitespace-nowrap text-sm tabular-nums text-gray-700">
                <ExplainLink href={r.explainHref} label={componentMessages(locale).kpi.explainLabel(t.bars.billable)}>
                  <span className="font-medium">{pct(r.utilization)}</span>
                </ExplainLink>{" "}
                {t.bars.billable.toLowerCase()} ·{" "}
                {pct(r.loggedUtilization)} {t.bars.logged.toLowerCase()}
              </p>
              {r.goal ? <GoalBadge mark={r.goal} /> : null}
            </div>
          </li>
        ))}
      </ul>
      <div aria-hidden="true" className="mt-4 flex flex-wrap gap-x-5 gap-y-1 text-xs text-gray-600">
        <span className="inline-flex items-center gap-1.5"><span className="h-2.5 w-4 rounded-sm bg-blue-700" />{t.bars.billable}</span>
        <span className="inline-flex items-center gap-1.5"><span className="h-2.5 w-4 rounded-sm bg-blue-200" />{t.bars.logged}</span>
        <span className="inline-flex items-center gap-1.5"><span className="h-3 w-0.5 bg-gray-800" />{t.bars.capacity} 100&nbsp;%</span>
        <span className="inline-flex items-center gap-1.5"><span className="h-3 border-l-2 border-dashed border-amber-600" />{t.bars.lower(lower)}</span>
        <span className="inline-flex items-center gap-1.5"><span className="h-3 border-l-2 border-dashed border-red-600" />{t.bars.upper(upper)}</span>
        {rows.some((r) => r.goal) ? (
          <span className="inline-flex items-center gap-1.5"><span className="h-3 w-1 rounded-full bg-emerald-700" />{t.bars.goalMark}</span>
        ) : null}
        {rows.some(moved) ? (
          <span className="inline-flex items-center gap-1.5">
            <span className="h-0 w-0 border-x-[5px] border-b-[7px] border-x-transparent border-b-blue-900" />
            {t.bars.projectedMark}
          </span>
        ) : null}
      </div>
    </section>
  );
}
