import type { AlertRuleInput } from "./rule-schema";

// The rules most MSP owners start with, one click each on the Alerts page.
export const ALERT_PRESETS = [
  {
    id: "technician-overloaded",
    rule: { name: "Technician logged utilization above 90 % this week", kpi: "technician.logged_utilization", subject: null, comparator: "above", threshold: 90, window: "this-week", severity: "warning" },
  },
  {
    id: "team-underused",
    rule: { name: "Team utilization below 60 % this month", kpi: "team_utilization", subject: null, comparator: "below", threshold: 60, window: "this-month", severity: "warning" },
  },
  {
    id: "client-ticket-spike",
    rule: { name: "Client's tickets this week above twice its 8-week average", kpi: "client.tickets_created", subject: null, comparator: "times-average", threshold: 2, window: "this-week", severity: "warning" },
  },
  {
    id: "sla-missed",
    rule: { name: "SLA met below 90 % in the last 30 days", kpi: "sla_met", subject: null, comparator: "below", threshold: 90, window: "last-30-days", severity: "critical" },
  },
  {
    id: "client-unpatched",
    rule: { name: "Client's patched devices below 90 %", kpi: "client.patched", subject: null, comparator: "below", threshold: 90, window: "this-week", severity: "warning" },
  },
  {
    id: "mrr-down",
    rule: { name: "MRR down more than 2 % month on month", kpi: "mrr", subject: null, comparator: "fall-pct", threshold: 2, window: "this-month", severity: "critical" },
  },
  {
    id: "client-churned",
    rule: { name: "A client churned this month", kpi: "churned_clients", subject: null, comparator: "above", threshold: 0, window: "this-month", severity: "critical" },
  },
  {
    id: "client-low-margin",
    rule: { name: "Client's gross margin below 30 % in the last 30 days", kpi: "client.gross_margin", subject: null, comparator: "below", threshold: 30, window: "last-30-days", severity: "warning" },
  },
  {
    id: "client-low-hourly-rate",
    rule: { name: "Client's effective hourly rate below 60 in the last 30 days", kpi: "client.effective_hourly_rate", subject: null, comparator: "below", threshold: 60, window: "last-30-days", severity: "warning" },
  },
] as const satisfies readonly { id: string; rule: Omit<AlertRuleInput, "webhookUrl" | "emailTo"> }[];

export type AlertPresetId = (typeof ALERT_PRESETS)[number]["id"];

export function alertPreset(id: string): AlertRuleInput | null {
  const preset = ALERT_PRESETS.find((p) => p.id === id);
  return preset ? { ...preset.rule, webhookUrl: null, emailTo: [] } : null;
}
