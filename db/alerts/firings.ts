import "server-only";
import type { AlertComparator, AlertSeverity, AlertState } from "@/lib/alerts";
import type { SqlRunner } from "../client";

// The alert history: every crossing with its value, threshold and period.

export interface FiringRow {
  id: number;
  ruleId: number;
  ruleName: string;
  subject: string;
  state: AlertState;
  severity: AlertSeverity;
  kpi: string;
  comparator: AlertComparator;
  threshold: number;
  value: number | null;
  previous: number | null;
  measured: number | null;
  periodFrom: string;
  periodTo: string;
  firedAt: Date;
  acknowledgedAt: Date | null;
  /** The user's name (or "API token <name>"), else the stored actor. */
  acknowledgedBy: string | null;
  resolvedAt: Date | null;
  resolvedValue: number | null;
}

export interface FiringFilter {
  state?: AlertState;
  severity?: AlertSeverity;
  ruleId?: number;
  limit?: number;
}

export async function listFirings(db: SqlRunner, orgId: number, filter: FiringFilter = {}): Promise<FiringRow[]> {
  return db.query<FiringRow>(
    `select f.id, f.rule_id as "ruleId", r.name as "ruleName", f.subject, f.state, f.severity, f.kpi, f.comparator, f.threshold,
       f.value, f.previous, f.measured, f.period_from as "periodFrom", f.period_to as "periodTo", f.fired_at as "firedAt",
       f.acknowledged_at as "acknowledgedAt",
       coalesce(u.name, 'API token ' || t.name, f.acknowledged_by) as "acknowledgedBy", f.resolved_at as "resolvedAt", f.resolved_value as "resolvedValue"
     from alert_firings f join alert_rules r on r.org_id = f.org_id and r.id = f.rule_id
     left join users u on f.acknowledged_by = 'user:' || u.id
     left join api_tokens t on t.org_id = f.org_id and f.acknowledged_by = 'token:' || t.id
     where f.org_id = $1 and ($2::text is null or f.state = $2) and ($3::text is null or f.severity = $3) and ($4::bigint is null or f.rule_id = $4)
     order by f.fired_at desc, f.id desc limit $5`,
    [orgId, filter.state ?? null, filter.severity ?? null, filter.ruleId ?? null, filter.limit ?? 500],
  );
}

/** Firing → acknowledged; a conditional update, so acknowledging twice (or a resolved alert) changes nothing. */
export async function acknowledgeFiring(db: SqlRunner, orgId: number, id: number, actor: string, now: Date = new Date()): Promise<boolean> {
  const rows = await db.query(
    "update alert_firings set state = 'acknowledged', acknowledged_at = $3, acknowledged_by = $4 where org_id = $1 and id = $2 and state = 'firing' returning id",
    [orgId, id, now, actor],
  );
  return rows.length > 0;
}

/** The bell's number: alerts firing that nobody has acknowledged yet. */
export async function countUnreadAlerts(db: SqlRunner, orgId: number): Promise<number> {
  const [row] = await db.query<{ n: number }>("select count(*)::int as n from alert_firings where org_id = $1 and state = 'firing'", [orgId]);
  return row?.n ?? 0;
}

export async function firingExists(db: SqlRunner, orgId: number, id: number): Promise<boolean> {
  return (await db.query("select 1 from alert_firings where org_id = $1 and id = $2", [orgId, id])).length > 0;
}
