import "server-only";
import type { DigestAlert } from "@/lib/digest/render";
import type { Period } from "@/lib/kpi/period";
import type { SqlRunner } from "../client";
import { ticketQualityByClient } from "../queries/client-tickets";

// What the digest needs besides the KPI report: the week's alerts, and SLA met per client by name.

/** Alerts fired in the week (local dates in the org's time zone), and those still open now. */
export async function digestAlerts(db: SqlRunner, orgId: number, week: Period, timeZone: string): Promise<{ opened: DigestAlert[]; stillOpen: DigestAlert[] }> {
  const rows = await db.query<DigestAlert & { inWeek: boolean; open: boolean }>(
    `select r.name as rule, f.subject, f.severity, f.fired_at as "firedAt",
            (f.fired_at at time zone $3::text)::date between $4::date and $5::date as "inWeek",
            f.resolved_at is null as open
     from alert_firings f join alert_rules r on r.org_id = f.org_id and r.id = f.rule_id
     where f.org_id = $1 and (f.resolved_at is null or f.fired_at >= $2::date - 1)
     order by f.fired_at desc, f.id desc`,
    [orgId, week.from, timeZone, week.from, week.to],
  );
  const alert = ({ rule, subject, severity, firedAt }: DigestAlert): DigestAlert => ({ rule, subject, severity, firedAt });
  return { opened: rows.filter((r) => r.inWeek).map(alert), stillOpen: rows.filter((r) => r.open).map(alert) };
}

/** SLA met per client name over tickets created in P (clients without judged tickets have null). */
export async function slaByClientName(db: SqlRunner, orgId: number, period: Period): Promise<Record<string, number | null>> {
  const quality = await ticketQualityByClient(db, orgId, period);
  if (quality.size === 0) return {};
  const names = await db.query<{ id: number; name: string }>("select id, name from clients where org_id = $1 and id = any($2::bigint[])", [
    orgId,
    [...quality.keys()],
  ]);
  return Object.fromEntries(names.map(({ id, name }) => [name, quality.get(Number(id))?.sla_met ?? null]));
}
