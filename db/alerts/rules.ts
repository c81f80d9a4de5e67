import "server-only";
import type { AlertRule, AlertRuleInput } from "@/lib/alerts/rule-schema";
import type { SqlRunner } from "../client";

// Alert rules of an org. Deleting hides a rule but keeps its alert history.

interface RuleRow {
  id: number;
  name: string;
  kpi: string;
  subject: string | null;
  comparator: AlertRule["comparator"];
  threshold: number;
  window: AlertRule["window"];
  severity: AlertRule["severity"];
  webhook_url: string | null;
  email_to: string[];
  muted: boolean;
}

const COLUMNS = "id, name, kpi, subject, comparator, threshold, \"window\", severity, webhook_url, email_to, muted";

function toRule(r: RuleRow): AlertRule {
  return {
    id: r.id, name: r.name, kpi: r.kpi, subject: r.subject, comparator: r.comparator, threshold: Number(r.threshold),
    window: r.window, severity: r.severity, webhookUrl: r.webhook_url, emailTo: r.email_to, muted: r.muted,
  };
}

const values = (r: AlertRuleInput) => [r.name, r.kpi, r.subject, r.comparator, r.threshold, r.window, r.severity, r.webhookUrl, JSON.stringify(r.emailTo)];

export async function listAlertRules(db: SqlRunner, orgId: number, options: { includeMuted?: boolean } = {}): Promise<AlertRule[]> {
  const rows = await db.query<RuleRow>(
    `select ${COLUMNS} from alert_rules where org_id = $1 and deleted_at is null ${options.includeMuted === false ? "and not muted" : ""} order by name, id`,
    [orgId],
  );
  return rows.map(toRule);
}

export async function getAlertRule(db: SqlRunner, orgId: number, id: number): Promise<AlertRule | null> {
  const [row] = await db.query<RuleRow>(`select ${COLUMNS} from alert_rules where org_id = $1 and id = $2 and deleted_at is null`, [orgId, id]);
  return row ? toRule(row) : null;
}

export async function createAlertRule(db: SqlRunner, orgId: number, rule: AlertRuleInput): Promise<AlertRule> {
  const [row] = await db.query<RuleRow>(
    `insert into alert_rules (org_id, name, kpi, subject, comparator, threshold, "window", severity, webhook_url, email_to)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::text::jsonb) returning ${COLUMNS}`,
    [orgId, ...values(rule)],
  );
  return toRule(row!);
}

export async function updateAlertRule(db: SqlRunner, orgId: number, id: number, rule: AlertRuleInput): Promise<AlertRule | null> {
  const [row] = await db.query<RuleRow>(
    `update alert_rules set name = $3, kpi = $4, subject = $5, comparator = $6, threshold = $7, "window" = $8, severity = $9,
       webhook_url = $10, email_to = $11::text::jsonb, updated_at = now()
     where org_id = $1 and id = $2 and deleted_at is null returning ${COLUMNS}`,
    [orgId, id, ...values(rule)],
  );
  return row ? toRule(row) : null;
}

export async function setAlertRuleMuted(db: SqlRunner, orgId: number, id: number, muted: boolean): Promise<boolean> {
  const rows = await db.query(`update alert_rules set muted = $3, updated_at = now() where org_id = $1 and id = $2 and deleted_at is null returning id`, [orgId, id, muted]);
  return rows.length > 0;
}

/** Hides the rule and resolves its open alerts: nobody is left waiting on a rule that is gone. */
export async function deleteAlertRule(db: SqlRunner, orgId: number, id: number): Promise<boolean> {
  const rows = await db.query(`update alert_rules set deleted_at = now() where org_id = $1 and id = $2 and deleted_at is null returning id`, [orgId, id]);
  if (rows.length === 0) return false;
  await db.query(`update alert_firings set state = 'resolved', resolved_at = now() where org_id = $1 and rule_id = $2 and resolved_at is null`, [orgId, id]);
  return true;
}
