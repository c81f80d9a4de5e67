import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { inputClass } from "@/components/form-fields";
import { PageHeader } from "@/components/page-header";
import { getAlertRule, getAlertSchedule, listAlertRules, listDeliveries, listFirings, previewAlertRules, type RulePreview } from "@/db/alerts";
import { getKpiSettings } from "@/db/queries/org-settings";
import { ALERT_PRESETS, ALERT_SEVERITIES, type AlertSeverity, type AlertState } from "@/lib/alerts";
import { formatDateTime } from "@/lib/format/date";
import { getLocale } from "@/lib/format/server-locale";
import { roleAtLeast } from "@/lib/auth/roles";
import { pageContext } from "@/server/request-context";
import { addPresetAction } from "./actions";
import { alertsMessages } from "./messages";
import { EMPTY_RULE, RuleForm, type RuleFormValues } from "./rule-form";
import { ruleRows } from "./rule-rows";
import { SchedulePanel } from "./schedule-panel";
import { DeliveriesTable, HistoryTable, RulesTable } from "./tables";

// Rules with their current values, the alert history and the deliveries. Everyone who can see the
// dashboards reads it; managers change rules and acknowledge (./actions.ts).
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Alerts" };

const card = "rounded-tremor-default border border-gray-200 bg-white p-5 shadow-tremor-card";
const STATES: AlertState[] = ["firing", "acknowledged", "resolved"];

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function AlertsPage({ searchParams }: { searchParams: SearchParams }) {
  const { db, orgId, role } = await pageContext("viewer");
  const canManage = roleAtLeast(role, "manager");
  const params = await searchParams;
  const locale = await getLocale();
  const t = alertsMessages(locale);
  const stateFilter = STATES.find((s) => s === one(params.state));
  const severityFilter = ALERT_SEVERITIES.find((s) => s === one(params.severity)) as AlertSeverity | undefined;
  const ruleFilter = Number(one(params.rule)) || undefined;
  const editId = Number(one(params.edit)) || undefined;

  const [rules, settings, firings, openFirings, deliveries, schedule, editing] = await Promise.all([
    listAlertRules(db, orgId),
    getKpiSettings(db, orgId),
    listFirings(db, orgId, { state: stateFilter, severity: severityFilter, ruleId: ruleFilter }),
    listFirings(db, orgId, {}),
    listDeliveries(db, orgId),
    getAlertSchedule(db, orgId),
    canManage && editId ? getAlertRule(db, orgId, editId) : Promise.resolve(null),
  ]);
  // Viewers see that a delivery went by webhook or e-mail, not where (lib/alerts/destinations.ts).
  const shownDeliveries = canManage ? deliveries : deliveries.map((d) => ({ ...d, target: "" }));
  const active = rules.filter((r) => !r.muted);
  const previews = await previewAlertRules(db, orgId, active);
  const previewById = new Map<number, RulePreview>(active.map((r, i) => [r.id, previews[i]!]));
  const openByRule = new Map<number, number>();
  for (const f of openFirings) if (f.state !== "resolved") openByRule.set(f.ruleId, (openByRule.get(f.ruleId) ?? 0) + 1);
  const rows = ruleRows(rules, previewById, openByRule, t, locale, settings.currency);
  const formValues: RuleFormValues = editing
    ? { ...editing, id: editing.id, subject: editing.subject ?? "", threshold: String(editing.threshold), webhookUrl: editing.webhookUrl ?? "", emailTo: editing.emailTo.join(", ") }
    : EMPTY_RULE;
  const filtered = Boolean(stateFilter || severityFilter || ruleFilter);

  return (
    <>
      <PageHeader title={t.title} subtitle={t.subtitle} />

      <section aria-labelledby="rules-heading" className="space-y-3">
        <h2 id="rules-heading" className="text-lg font-semibold text-gray-900">{t.rules}</h2>
        {rows.length > 0 ? <RulesTable rows={rows} t={t} canManage={canManage} /> : <EmptyState title={t.noRules} text={t.noRulesText} headingLevel={3} />}
        {canManage ? null : <p className="text-sm text-gray-600">{t.viewerNote}</p>}
      </section>

      {canManage ? (
        <div className="mt-8 grid gap-6 lg:grid-cols-[2fr_1fr]">
          <section id="rule-form" aria-labelledby="rule-form-heading" className={card}>
            <h2 id="rule-form-heading" className="mb-4 text-lg font-semibold text-gray-900">{editing ? t.editRule(editing.name) : t.newRule}</h2>
            <RuleForm key={editing?.id ?? "new"} initial={formValues} />
          </section>
          <section aria-labelledby="presets-heading" className={card}>
            <h2 id="presets-heading" className="text-lg font-semibold text-gray-900">{t.presets}</h2>
            <p className="mb-3 mt-1 text-sm text-gray-600">{t.presetsText}</p>
            <ul className="space-y-2">
              {ALERT_PRESETS.map((p) => (
                <li key={p.id}>
                  <form action={addPresetAction}>
                    <input type="hidden" name="preset" value={p.id} />
                    <button type="submit" className="w-full rounded-tremor-small border border-gray-300 bg-white px-3 py-2 text-left text-sm text-gray-800 hover:bg-gray-50">
                      {t.addPreset(p.rule.name)}
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          </section>
        </div>
      ) : null}

      <section aria-labelledby="history-heading" className="mt-8 space-y-3">
        <h2 id="history-heading" className="text-lg font-semibold text-gray-900">{t.history}</h2>
        <form method="get" className="flex flex-wrap items-end gap-3" aria-label={t.filter}>
          <div className="flex flex-col gap-1">
            <label htmlFor="filter-state" className="text-sm font-medium text-gray-800">{t.state}</label>
            <select id="filter-state" name="state" defaultValue={stateFilter ?? ""} className={inputClass}>
              <option value="">{t.all}</option>
              {STATES.map((s) => <option key={s} value={s}>{t.states[s]}</option>)}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="filter-severity" className="text-sm font-medium text-gray-800">{t.severity}</label>
            <select id="filter-severity" name="severity" defaultValue={severityFilter ?? ""} className={inputClass}>
              <option value="">{t.all}</option>
              {ALERT_SEVERITIES.map((s) => <option key={s} value={s}>{t.severities[s]}</option>)}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="filter-rule" className="text-sm font-medium text-gray-800">{t.rule}</label>
            <select id="filter-rule" name="rule" defaultValue={ruleFilter ? String(ruleFilter) : ""} className={inputClass}>
              <option value="">{t.all}</option>
              {rules.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
            </select>
          </div>
          <button type="submit" className="rounded-tremor-default border border-gray-300 bg-white px-3 py-2 text-sm font-medium text-gray-800 hover:bg-gray-50">{t.filter}</button>
        </form>
        {firings.length > 0 ? (
          <HistoryTable rows={firings} t={t} locale={locale} timeZone={settings.timeZone} currency={settings.currency} canManage={canManage} />
        ) : (
          <EmptyState title={filtered ? t.noHistory : t.noHistory} text={t.noHistoryText} headingLevel={3} />
        )}
      </section>

      <section aria-labelledby="deliveries-heading" className="mt-8 space-y-3">
        <h2 id="deliveries-heading" className="text-lg font-semibold text-gray-900">{t.deliveries}</h2>
        {shownDeliveries.length > 0 ? (
          <DeliveriesTable rows={shownDeliveries} t={t} locale={locale} timeZone={settings.timeZone} canManage={canManage} />
        ) : (
          <EmptyState title={t.noDeliveries} text={t.noDeliveriesText} headingLevel={3} />
        )}
      </section>

      <section aria-labelledby="schedule-heading" className={`mt-8 ${card}`}>
        <h2 id="schedule-heading" className="mb-2 text-lg font-semibold text-gray-900">{t.schedule}</h2>
        <SchedulePanel
          everyMinutes={schedule.everyMinutes}
          lastEvaluated={schedule.lastEvaluatedAt ? formatDateTime(schedule.lastEvaluatedAt, locale, settings.timeZone) : null}
          canManage={canManage}
        />
      </section>
    </>
  );
}
