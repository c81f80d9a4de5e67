import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { AlertRule, AlertRuleInput } from "@/lib/alerts/rule-schema";
import type { SqlRunner } from "../client";
import { alertFirings, alertRules } from "../schema";

// Alert rules of an org. Deleting hides a rule but keeps its alert history.

const ruleColumns = {
  id: alertRules.id,
  name: alertRules.name,
  kpi: alertRules.kpi,
  subject: alertRules.subject,
  comparator: alertRules.comparator,
  threshold: alertRules.threshold,
  window: alertRules.window,
  severity: alertRules.severity,
  webhookUrl: alertRules.webhookUrl,
  emailTo: alertRules.emailTo,
  muted: alertRules.muted,
};

const liveRule = (orgId: number, id: number) => and(eq(alertRules.orgId, orgId), eq(alertRules.id, id), isNull(alertRules.deletedAt));

const stored = (r: AlertRuleInput) => ({
  name: r.name, kpi: r.kpi, subject: r.subject, comparator: r.comparator, threshold: r.threshold,
  window: r.window, severity: r.severity, webhookUrl: r.webhookUrl, emailTo: r.emailTo,
});

export async function listAlertRules(db: SqlRunner, orgId: number, options: { includeMuted?: boolean } = {}): Promise<AlertRule[]> {
  return db.orm
    .select(ruleColumns)
    .from(alertRules)
    .where(and(eq(alertRules.orgId, orgId), isNull(alertRules.deletedAt), options.includeMuted === false ? eq(alertRules.muted, false) : undefined))
    .orderBy(asc(alertRules.name), asc(alertRules.id));
}

export async function getAlertRule(db: SqlRunner, orgId: number, id: number): Promise<AlertRule | null> {
  const [row] = await db.orm.select(ruleColumns).from(alertRules).where(liveRule(orgId, id));
  return row ?? null;
}

export async function createAlertRule(db: SqlRunner, orgId: number, rule: AlertRuleInput): Promise<AlertRule> {
  const [row] = await db.orm.insert(alertRules).values({ orgId, ...stored(rule) }).returning(ruleColumns);
  return row!;
}

export async function updateAlertRule(db: SqlRunner, orgId: number, id: number, rule: AlertRuleInput): Promise<AlertRule | null> {
  const [row] = await db.orm
    .update(alertRules)
    .set({ ...stored(rule), updatedAt: sql`now()` })
    .where(liveRule(orgId, id))
    .returning(ruleColumns);
  return row ?? null;
}

export async function setAlertRuleMuted(db: SqlRunner, orgId: number, id: number, muted: boolean): Promise<boolean> {
  const rows = await db.orm.update(alertRules).set({ muted, updatedAt: sql`now()` }).where(liveRule(orgId, id)).returning({ id: alertRules.id });
  return rows.length > 0;
}

/** Hides the rule and resolves its open alerts: nobody is left waiting on a rule that is gone. */
export async function deleteAlertRule(db: SqlRunner, orgId: number, id: number): Promise<boolean> {
  const rows = await db.orm.update(alertRules).set({ deletedAt: sql`now()` }).where(liveRule(orgId, id)).returning({ id: alertRules.id });
  if (rows.length === 0) return false;
  await db.orm
    .update(alertFirings)
    .set({ state: "resolved", resolvedAt: sql`now()` })
    .where(and(eq(alertFirings.orgId, orgId), eq(alertFirings.ruleId, id), isNull(alertFirings.resolvedAt)));
  return true;
}
