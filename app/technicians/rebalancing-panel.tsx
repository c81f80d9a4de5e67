"use client";

import { useActionState } from "react";
import { useLocale } from "@/components/locale-provider";
import type { Period } from "@/lib/kpi/period";
import { formatHours, formatPercent } from "@/lib/format/number";
import type { LoadFigures, ProposedMove } from "@/lib/rebalancing/types";
import { acceptMoveAction, type AcceptMoveState } from "./actions";
import { BandBadge } from "./band-badge";
import { techniciansMessages } from "./messages";

interface Props {
  proposals: ProposedMove[];
  period: Period;
  /** Someone is overloaded even with the accepted moves: explains an empty list. */
  overloaded: boolean;
  thresholds: { workloadLower: number; workloadUpper: number };
}

/** The proposed moves, each with before → after for both technicians and an Accept button. */
export function RebalancingPanel({ proposals, period, overloaded, thresholds }: Props) {
  const locale = useLocale();
  const t = techniciansMessages(locale);
  const pct = (v: number) => formatPercent(v, locale, { digits: 0 });
  return (
    <section aria-labelledby="rebalancing-heading" className="rounded-tremor-default border border-gray-200 bg-white p-5 shadow-tremor-card">
      <h2 id="rebalancing-heading" className="text-base font-semibold text-gray-900">
        {t.rebalancing.heading}
      </h2>
      <p className="mt-1 max-w-4xl text-sm text-gray-600">{t.rebalancing.explain(pct(thresholds.workloadUpper), pct(thresholds.workloadLower))}</p>
      {proposals.length === 0 ? (
        <p className="mt-4 rounded-tremor-small bg-gray-50 px-4 py-3 text-sm text-gray-700">
          {overloaded ? t.rebalancing.noneFit : t.rebalancing.none}
        </p>
      ) : (
        <ol aria-label={t.rebalancing.listLabel} className="mt-4 flex flex-col gap-3">
          {proposals.map((p) => (
            <ProposalItem key={`${p.clientId}-${p.fromTechnicianId}-${p.toTechnicianId}`} proposal={p} period={period} />
          ))}
        </ol>
      )}
    </section>
  );
}

function ProposalItem({ proposal: p, period }: { proposal: ProposedMove; period: Period }) {
  const locale = useLocale();
  const t = techniciansMessages(locale);
  const [state, action, pending] = useActionState<AcceptMoveState, FormData>(acceptMoveAction, null);
  return (
    <li data-proposal={p.client} className="flex flex-col gap-3 rounded-tremor-default border border-gray-200 p-4 lg:flex-row lg:items-center lg:justify-between">
      <div className="flex min-w-0 flex-col gap-2">
        <h3 className="text-sm font-semibold text-gray-900">
          {t.rebalancing.move(p.client)}: {p.from} → {p.to}
        </h3>
        <p className="text-sm text-gray-600">
          {t.rebalancing.hours(formatHours(p.hours, locale))} · {t.rebalancing.openTickets(p.openTickets)}
        </p>
        <dl className="grid gap-1 text-sm sm:grid-cols-2 sm:gap-6">
          <Change who={p.from} before={p.fromBefore} after={p.fromAfter} />
          <Change who={p.to} before={p.toBefore} after={p.toAfter} />
        </dl>
      </div>
      <form action={action} className="flex shrink-0 flex-col items-start gap-1 lg:items-end">
        <input type="hidden" name="clientId" value={p.clientId} />
        <input type="hidden" name="fromTechnicianId" value={p.fromTechnicianId} />
        <input type="hidden" name="toTechnicianId" value={p.toTechnicianId} />
        <input type="hidden" name="periodFrom" value={period.from} />
        <input type="hidden" name="periodTo" value={period.to} />
        <button
          type="submit"
          disabled={pending}
          aria-label={t.rebalancing.acceptLabel(p.client, p.from, p.to)}
          className="rounded-tremor-default bg-blue-700 px-4 py-2 text-sm font-medium text-white shadow-tremor-input hover:bg-blue-800 disabled:cursor-wait disabled:opacity-60"
        >
          {pending ? t.rebalancing.accepting : t.rebalancing.accept}
        </button>
        <p aria-live="polite" className="text-xs">
          {state?.ok === false ? <span role="alert" className="font-medium text-red-700">{state.error}</span> : null}
          {state?.ok === true ? <span className="text-emerald-800">{t.rebalancing.accepted(p.client, p.to)}</span> : null}
        </p>
      </form>
    </li>
  );
}

function Change({ who, before, after }: { who: string; before: LoadFigures; after: LoadFigures }) {
  const locale = useLocale();
  const t = techniciansMessages(locale);
  const pct = (v: number | null) => formatPercent(v, locale, { digits: 0 });
  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
      <dt className="font-medium text-gray-800">{who}</dt>
      <dd className="flex flex-wrap items-center gap-2 tabular-nums text-gray-700">
        <span>
          {pct(before.utilization)} → <strong className="text-gray-900">{pct(after.utilization)}</strong> {t.rebalancing.utilization}
        </span>
        <span className="text-gray-500">·</span>
        <span>
          {pct(before.loggedUtilization)} → <strong className="text-gray-900">{pct(after.loggedUtilization)}</strong> {t.rebalancing.logged}
        </span>
        <BandBadge band={after.workload} t={t} />
      </dd>
    </div>
  );
}
