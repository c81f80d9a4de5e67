import "server-only";
import { evaluateRule, nextAlertState, type AlertRule, type AlertState, type RuleResult } from "@/lib/alerts";
import type { Period } from "@/lib/kpi/period";
import type { Database, SqlRunner } from "@/db/client";
import { getKpiSettings } from "@/db/queries/org-settings";
import { computeAlertFigures } from "@/db/alerts/figures";
import { queueDeliveries } from "@/db/alerts/deliveries";
import { listAlertRules } from "@/db/alerts/rules";

// Evaluates an org's rules and moves each alert through its states in one transaction:
// a crossing fires once (the partial unique index on open alerts backs this up), an alert whose
// figure is back on the good side resolves, and each new alert queues its deliveries.

/** Advisory lock class for "evaluating one org" (the second key is the org id). */
const EVALUATE_LOCK_CLASS = 7_301;

export interface EvaluationSummary {
  rules: number;
  fired: number;
  resolved: number;
  /** Alerts open (firing or acknowledged) after the evaluation. */
  open: number;
}

interface OpenAlert {
  id: number;
  rule_id: number;
  subject: string;
  state: AlertState;
}

export async function evaluateAlerts(db: Database, orgId: number, options: { now?: Date } = {}): Promise<EvaluationSummary> {
  const now = options.now ?? new Date();
  return db.transaction((tx) => evaluateAlertsIn(tx, orgId, now));
}

/** The same inside a transaction the caller holds; evaluations of one org wait for each other. */
export async function evaluateAlertsIn(tx: SqlRunner, orgId: number, now: Date): Promise<EvaluationSummary> {
  await tx.query("select pg_advisory_xact_lock($1::int, $2::int)", [EVALUATE_LOCK_CLASS, orgId]);
  const rules = await listAlertRules(tx, orgId, { includeMuted: false });
  const summary: EvaluationSummary = { rules: rules.length, fired: 0, resolved: 0, open: 0 };
  if (rules.length > 0) {
    const figures = await computeAlertFigures(tx, orgId, rules, await getKpiSettings(tx, orgId), now);
    const open = await tx.query<OpenAlert>("select id, rule_id, subject, state from alert_firings where org_id = $1 and resolved_at is null", [orgId]);
    for (const rule of rules) {
      const window = figures.get(rule.window)!;
      const openOfRule = new Map(open.filter((a) => a.rule_id === rule.id).map((a) => [a.subject, a]));
      const results = evaluateRule(rule, window.figures);
      for (const result of results) {
        const alert = openOfRule.get(result.subject);
        openOfRule.delete(result.subject);
        const { transition } = nextAlertState(alert?.state ?? null, result.crossed);
        if (transition === "fire" && (await fire(tx, orgId, rule, result, window.period, now))) summary.fired++;
        if (transition === "resolve" && alert) summary.resolved += await resolve(tx, orgId, alert.id, result.value, now);
      }
      // A subject the figures no longer list (a client with no data left) is not on the bad side any more.
      for (const alert of openOfRule.values()) summary.resolved += await resolve(tx, orgId, alert.id, null, now);
    }
  }
  const [counted] = await tx.query<{ open: number }>("select count(*)::int as open from alert_firings where org_id = $1 and resolved_at is null", [orgId]);
  summary.open = counted?.open ?? 0;
  await tx.query(
    `insert into alert_schedules (org_id, last_evaluated_at) values ($1, $2)
     on conflict (org_id) do update set last_evaluated_at = excluded.last_evaluated_at`,
    [orgId, now],
  );
  return summary;
}

async function fire(tx: SqlRunner, orgId: number, rule: AlertRule, r: RuleResult, period: Period, now: Date): Promise<boolean> {
  const [row] = await tx.query<{ id: number }>(
    `insert into alert_firings (org_id, rule_id, subject, state, severity, kpi, comparator, threshold, value, previous, measured, period_from, period_to, fired_at)
     values ($1, $2, $3, 'firing', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     on conflict (org_id, rule_id, subject) where resolved_at is null do nothing
     returning id`,
    [orgId, rule.id, r.subject, rule.severity, rule.kpi, rule.comparator, rule.threshold, r.value, r.previous, r.measured, period.from, period.to, now],
  );
  if (!row) return false;
  await queueDeliveries(tx, orgId, row.id, rule, now);
  return true;
}

async function resolve(tx: SqlRunner, orgId: number, id: number, value: number | null, now: Date): Promise<number> {
  const rows = await tx.query(
    "update alert_firings set state = 'resolved', resolved_at = $3, resolved_value = $4 where org_id = $1 and id = $2 and resolved_at is null returning id",
    [orgId, id, now, value],
  );
  return rows.length;
}
