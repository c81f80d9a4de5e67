import type { RulePreview } from "@/db/alerts";
import { alertKpi, formatAlertValue, formatThreshold, type AlertRule } from "@/lib/alerts";
import type { Locale } from "@/lib/format/locale";
import { kpiLabel, type AlertsMessages } from "./messages";

// Plain rows for the rules table: every string formatted on the server, in the page's language.

export interface RuleRow {
  id: number;
  name: string;
  figure: string;
  current: string;
  crossing: boolean;
  threshold: string;
  window: string;
  severity: AlertRule["severity"];
  severityLabel: string;
  muted: boolean;
  openAlerts: number;
}

const MAX_NAMED = 3;

/** "Acme 9, Beta 8 (2 of 14 crossing)" or "84.2 %": the rule's current value(s). */
export function describeResults(rule: AlertRule, preview: RulePreview, t: AlertsMessages, locale: Locale, currency: string): string {
  const unit = alertKpi(rule.kpi).unit;
  const results = preview.results;
  const fmt = (v: number | null) => (v === null ? t.noValue : formatAlertValue(v, unit, locale, currency));
  if (results.length === 1 && (rule.subject !== null || alertKpi(rule.kpi).scope === "business")) return fmt(results[0]!.value);
  const crossing = results.filter((r) => r.crossed);
  if (crossing.length === 0) return t.noneCrossing(results.length);
  const named = crossing.slice(0, MAX_NAMED).map((r) => `${r.subject} ${fmt(r.value)}`).join(", ");
  return `${named}${crossing.length > MAX_NAMED ? ", …" : ""} (${t.crossingOf(crossing.length, results.length)})`;
}

export function ruleRows(
  rules: AlertRule[],
  previews: Map<number, RulePreview>,
  openByRule: Map<number, number>,
  t: AlertsMessages,
  locale: Locale,
  currency: string,
): RuleRow[] {
  return rules.map((rule) => {
    const kpi = alertKpi(rule.kpi);
    const preview = previews.get(rule.id);
    return {
      id: rule.id,
      name: rule.name,
      figure: `${kpiLabel(t, rule.kpi)} · ${rule.subject ?? t.every(kpi.scope)}`,
      current: preview ? describeResults(rule, preview, t, locale, currency) : t.muted,
      crossing: preview?.results.some((r) => r.crossed) ?? false,
      threshold: formatThreshold(rule.comparator, rule.threshold, kpi.unit, locale, currency),
      window: t.windows[rule.window],
      severity: rule.severity,
      severityLabel: t.severities[rule.severity],
      muted: rule.muted,
      openAlerts: openByRule.get(rule.id) ?? 0,
    };
  });
}
