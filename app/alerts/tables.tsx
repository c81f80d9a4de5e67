import { deliveryErrorWords } from "@/components/delivery-error";
import type { DeliveryRow, FiringRow } from "@/db/alerts";
import { alertKpi, formatAlertValue, formatThreshold } from "@/lib/alerts";
import { formatDate, formatDateTime } from "@/lib/format/date";
import type { Locale } from "@/lib/format/locale";
import { acknowledgeAction, retryDeliveryAction } from "./actions";
import { kpiLabel, type AlertsMessages } from "./messages";
import { RuleActions } from "./rule-actions";
import type { RuleRow } from "./rule-rows";
import { SeverityBadge, StateBadge } from "./severity-badge";

// The three tables of the Alerts page, server-rendered from plain rows.

const table = "min-w-full divide-y divide-gray-200 text-sm";
const th = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-gray-600";
const td = "px-3 py-2 align-top text-gray-800";
const frame = "overflow-x-auto rounded-tremor-default border border-gray-200 bg-white shadow-tremor-card";
const smallButton = "rounded-tremor-small border border-gray-300 bg-white px-2 py-1 text-xs font-medium text-gray-800 hover:bg-gray-50";

export function RulesTable({ rows, t, canManage }: { rows: RuleRow[]; t: AlertsMessages; canManage: boolean }) {
  return (
    <div className={frame}>
      <table className={table}>
        <caption className="sr-only">{t.rulesCaption}</caption>
        <thead className="bg-gray-50">
          <tr>
            <th scope="col" className={th}>{t.name}</th>
            <th scope="col" className={th}>{t.figure}</th>
            <th scope="col" className={th}>{t.current}</th>
            <th scope="col" className={th}>{t.threshold}</th>
            <th scope="col" className={th}>{t.window}</th>
            <th scope="col" className={th}>{t.state}</th>
            {canManage ? <th scope="col" className={th}>{t.actions}</th> : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {rows.map((r) => (
            <tr key={r.id} data-rule={r.name}>
              <th scope="row" className={`${td} text-left font-medium text-gray-900`}>
                {r.name}
                <span className="mt-1 block"><SeverityBadge severity={r.severity} label={r.severityLabel} /></span>
              </th>
              <td className={td}>{r.figure}</td>
              <td className={`${td} ${r.crossing ? "font-semibold text-red-800" : ""}`} data-testid="current-value">{r.current}</td>
              <td className={td}>{r.threshold}</td>
              <td className={`${td} whitespace-nowrap`}>{r.window}</td>
              <td className={`${td} whitespace-nowrap`}>
                {r.muted ? t.muted : t.active}
                {r.openAlerts > 0 ? <span className="block text-xs text-red-800">{t.openAlerts(r.openAlerts)}</span> : null}
              </td>
              {canManage ? (
                <td className={td}>
                  <RuleActions id={r.id} name={r.name} muted={r.muted} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function HistoryTable(props: { rows: FiringRow[]; t: AlertsMessages; locale: Locale; timeZone: string; currency: string; canManage: boolean }) {
  const { rows, t, locale, timeZone, currency, canManage } = props;
  return (
    <div className={frame}>
      <table className={table}>
        <caption className="sr-only">{t.historyCaption}</caption>
        <thead className="bg-gray-50">
          <tr>
            <th scope="col" className={th}>{t.fired}</th>
            <th scope="col" className={th}>{t.rule}</th>
            <th scope="col" className={th}>{t.value}</th>
            <th scope="col" className={th}>{t.threshold}</th>
            <th scope="col" className={th}>{t.period}</th>
            <th scope="col" className={th}>{t.severity}</th>
            <th scope="col" className={th}>{t.state}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {rows.map((f) => {
            const unit = alertKpi(f.kpi).unit;
            return (
              <tr key={f.id}>
                <td className={`${td} whitespace-nowrap`}>{formatDateTime(f.firedAt, locale, timeZone)}</td>
                <td className={td}>
                  <span className="font-medium text-gray-900">{f.ruleName}</span>
                  <span className="block text-xs text-gray-600">{kpiLabel(t, f.kpi)}{f.subject ? ` · ${f.subject}` : ""}</span>
                </td>
                <td className={`${td} whitespace-nowrap`}>{formatAlertValue(f.value, unit, locale, currency)}</td>
                <td className={td}>{formatThreshold(f.comparator, f.threshold, unit, locale, currency)}</td>
                <td className={`${td} whitespace-nowrap`}>{formatDate(f.periodFrom, locale)} – {formatDate(f.periodTo, locale)}</td>
                <td className={td}><SeverityBadge severity={f.severity} label={t.severities[f.severity]} /></td>
                <td className={td}>
                  <StateBadge state={f.state} label={t.states[f.state]} />
                  {f.acknowledgedBy ? <span className="block text-xs text-gray-600">{t.acknowledgedBy(f.acknowledgedBy)}</span> : null}
                  {f.resolvedAt ? <span className="block text-xs text-gray-600">{t.resolvedAt(formatDateTime(f.resolvedAt, locale, timeZone))}</span> : null}
                  {canManage && f.state === "firing" ? (
                    <form action={acknowledgeAction} className="mt-1">
                      <input type="hidden" name="firingId" value={f.id} />
                      <button type="submit" className={smallButton} aria-label={`${t.acknowledge}: ${f.ruleName}${f.subject ? ` — ${f.subject}` : ""}`}>{t.acknowledge}</button>
                    </form>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function DeliveriesTable(props: { rows: DeliveryRow[]; t: AlertsMessages; locale: Locale; timeZone: string; canManage: boolean }) {
  const { rows, t, locale, timeZone, canManage } = props;
  const when = (d: Date | null) => formatDateTime(d, locale, timeZone);
  return (
    <div className={frame}>
      <table className={table}>
        <caption className="sr-only">{t.deliveriesCaption}</caption>
        <thead className="bg-gray-50">
          <tr>
            <th scope="col" className={th}>{t.created}</th>
            <th scope="col" className={th}>{t.rule}</th>
            <th scope="col" className={th}>{t.channel}</th>
            <th scope="col" className={th}>{t.state}</th>
            <th scope="col" className={th}>{t.attempts}</th>
            <th scope="col" className={th}>{t.nextAttempt}</th>
            <th scope="col" className={th}>{t.lastError}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {rows.map((d) => (
            <tr key={d.id}>
              <td className={`${td} whitespace-nowrap`}>{when(d.createdAt)}</td>
              <td className={td}>{d.ruleName}{d.subject ? ` · ${d.subject}` : ""}</td>
              <td className={td}>
                {d.channel === "email" ? "E-mail" : "Webhook"}
                {d.target ? <span className="block max-w-64 truncate text-xs text-gray-600" title={d.target}>{d.target}</span> : null}
              </td>
              <td className={`${td} ${d.status === "failed" ? "font-medium text-red-800" : ""}`}>
                {t.deliveryStatus[d.status] ?? d.status}
                {d.deliveredAt ? <span className="block text-xs text-gray-600">{t.delivered(when(d.deliveredAt))}</span> : null}
              </td>
              <td className={td}>{d.attempts}</td>
              <td className={`${td} whitespace-nowrap`}>{when(d.nextAttemptAt)}</td>
              <td className={td}>
                {d.lastError ? <span className="break-words text-red-800">{deliveryErrorWords(d.lastError, locale)}</span> : "—"}
                {canManage && d.status !== "delivered" ? (
                  <form action={retryDeliveryAction} className="mt-1">
                    <input type="hidden" name="deliveryId" value={d.id} />
                    <button type="submit" className={smallButton}>{t.retry}</button>
                  </form>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
