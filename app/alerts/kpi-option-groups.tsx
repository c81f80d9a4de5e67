"use client";

import { useLocale } from "@/components/locale-provider";
import { ALERT_KPIS, type AlertScope } from "@/lib/alerts/kpis";
import { alertsMessages, kpiLabel } from "./messages";

/** The figures of a `<select>`, one group per scope: for alert rules and for goals. */
export function KpiOptionGroups({ scopes, scopeLabel }: { scopes: readonly AlertScope[]; scopeLabel: (scope: AlertScope) => string }) {
  const t = alertsMessages(useLocale());
  return scopes.map((scope) => (
    <optgroup key={scope} label={scopeLabel(scope)}>
      {ALERT_KPIS.filter((k) => k.scope === scope).map((k) => (
        <option key={k.key} value={k.key}>{kpiLabel(t, k.key)}</option>
      ))}
    </optgroup>
  ));
}
