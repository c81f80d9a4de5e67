import { formatDate } from "@/lib/format/date";
import type { Locale } from "@/lib/format/locale";
import { formatHours, formatMoney, formatNumber } from "@/lib/format/number";
import { alertKpi, type AlertUnit } from "./kpis";
import type { AlertComparator, AlertSeverity } from "./rule-schema";

// What an alert says, the same in the bell, the e-mail and the chat message.

/** A figure in its unit; percent figures are already ×100. */
export function formatAlertValue(value: number | null, unit: AlertUnit, locale: Locale, currency: string): string {
  if (value === null) return "—";
  switch (unit) {
    case "money":
      return formatMoney(value, currency, locale, { digits: 0 });
    case "percent":
      return `${formatNumber(value, locale, { digits: 1 })}\u00a0%`;
    case "hours":
      return formatHours(value, locale);
    case "minutes":
      return `${formatNumber(value, locale, { digits: 0 })}\u00a0min`;
    case "count":
      return formatNumber(value, locale, { digits: 0 });
    default:
      return formatNumber(value, locale, { digits: 2 });
  }
}

/** The threshold as the comparator reads it: "90 %", "2 % down", "2× the 8-week average". */
export function formatThreshold(comparator: AlertComparator, threshold: number, unit: AlertUnit, locale: Locale, currency: string): string {
  const plain = formatAlertValue(threshold, unit, locale, currency);
  const percent = `${formatNumber(threshold, locale, { digits: 1 })}\u00a0%`;
  const de = locale === "de";
  switch (comparator) {
    case "above":
      return de ? `über ${plain}` : `above ${plain}`;
    case "below":
      return de ? `unter ${plain}` : `below ${plain}`;
    case "rise-pct":
      return de ? `+${percent} oder mehr ggü. Vorperiode` : `up more than ${percent} on the previous period`;
    case "fall-pct":
      return de ? `−${percent} oder mehr ggü. Vorperiode` : `down more than ${percent} on the previous period`;
    case "rise-abs":
      return de ? `mehr als +${plain} ggü. Vorperiode` : `up more than ${plain} on the previous period`;
    case "fall-abs":
      return de ? `mehr als −${plain} ggü. Vorperiode` : `down more than ${plain} on the previous period`;
    case "times-average":
      return de ? `über ${formatNumber(threshold, locale, { digits: 1 })}× dem 8-Wochen-Schnitt` : `above ${formatNumber(threshold, locale, { digits: 1 })}× the 8-week average`;
  }
}

export interface AlertNotice {
  ruleName: string;
  kpi: string;
  subject: string;
  comparator: AlertComparator;
  threshold: number;
  severity: AlertSeverity;
  value: number | null;
  previous: number | null;
  periodFrom: string;
  periodTo: string;
  currency: string;
  /** Where the Alerts page is, for the link in the message. */
  alertsUrl: string;
}

/** One line: "[critical] SLA met below 90 %: 84.2 % (below 90 %), 2026-10-31 – 2026-11-29". */
function alertSummary(n: AlertNotice, locale: Locale = "en"): string {
  const kpi = alertKpi(n.kpi);
  const who = n.subject ? ` — ${n.subject}` : "";
  const value = formatAlertValue(n.value, kpi.unit, locale, n.currency);
  const period = `${formatDate(n.periodFrom, locale)} – ${formatDate(n.periodTo, locale)}`;
  return `[${n.severity}] ${n.ruleName}${who}: ${kpi.label} ${value} (${formatThreshold(n.comparator, n.threshold, kpi.unit, locale, n.currency)}), ${period}`;
}

/** The body Slack and Microsoft Teams incoming webhooks both accept: `{"text": …}`. */
export function chatWebhookBody(n: AlertNotice): { text: string } {
  return { text: `${alertSummary(n)}\n${n.alertsUrl}` };
}

export function alertEmail(n: AlertNotice): { subject: string; text: string } {
  const kpi = alertKpi(n.kpi);
  const lines = [
    alertSummary(n),
    "",
    `Figure: ${kpi.label}${n.subject ? ` (${n.subject})` : ""}`,
    `Value: ${formatAlertValue(n.value, kpi.unit, "en", n.currency)}`,
    `Previous / average: ${formatAlertValue(n.previous, kpi.unit, "en", n.currency)}`,
    `Threshold: ${formatThreshold(n.comparator, n.threshold, kpi.unit, "en", n.currency)}`,
    `Period: ${n.periodFrom} – ${n.periodTo}`,
    "",
    `Acknowledge it on the Alerts page: ${n.alertsUrl}`,
  ];
  return { subject: `[msp-kpi ${n.severity}] ${n.ruleName}${n.subject ? ` — ${n.subject}` : ""}`, text: lines.join("\n") };
}
