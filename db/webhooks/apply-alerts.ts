import "server-only";
import type { WebhookRecords, WebhookSource } from "@/lib/webhooks";
import type { SqlRunner } from "../client";

// RMM alerts from webhooks (rmm_alerts), in a few set-based statements (the caller's transaction). Tools do
// not always deliver in order, so a resolve may arrive before its raise. Nothing is dropped:
//  - a resolve that matches no alert is stored as an alert of its own, raised and resolved at the
//    resolve's time (event id: the tool's alert id, else "resolved:<event key>");
//  - the raise that arrives later merges into that record (same alert id; or, without ids, the
//    earliest such record of the same device or client and kind resolved after the raise), so the
//    alert ends up as if both had arrived in order.
// Every write is keyed or conditional: applying an event twice changes nothing.

export interface AlertItem {
  source: WebhookSource;
  eventKey: string;
  records: WebhookRecords;
}

type Lookup = (r: WebhookRecords) => number | null;

const RESOLVED_ONLY_PREFIX = "resolved:";

// An alert row `a` and a change `r` (raise or resolve) are about the same alert: by the tool's
// alert id where it has one, else by device (or, without a device, client) and kind.
const SAME_ALERT = `(
  (r.alert_id is not null and a.source = r.source and a.event_id = r.alert_id)
  or (r.alert_id is null and r.device_id is not null and a.device_id = r.device_id and a.kind is not distinct from r.kind)
  or (r.alert_id is null and r.device_id is null and a.device_id is null and a.client_id = r.client_id and a.kind is not distinct from r.kind))`;

const CHANGES = `jsonb_to_recordset($2::text::jsonb) as r(source text, alert_id text, event_id text, device_id bigint, client_id bigint,
  at timestamptz, severity text, kind text, message text)`;

const CLIENT_OF_DEVICE = "(select d.client_id from devices d where d.org_id = $1 and d.id = r.device_id)";

export async function applyAlerts(tx: SqlRunner, orgId: number, items: AlertItem[], deviceOf: Lookup, clientOf: Lookup): Promise<void> {
  const raised = [];
  const resolved = [];
  for (const { source, eventKey, records } of items) {
    const a = records.alert;
    if (!a) continue;
    const change = {
      source, alert_id: a.alertId, device_id: deviceOf(records), client_id: clientOf(records), at: records.occurredAt,
      severity: a.severity, kind: a.kind, message: a.message,
    };
    if (a.action === "raised") raised.push({ ...change, event_id: a.alertId ?? eventKey });
    else resolved.push({ ...change, event_id: a.alertId ?? `${RESOLVED_ONLY_PREFIX}${eventKey}` });
  }
  if (raised.length > 0) {
    // A late raise without an alert id takes over the resolved-only record its resolve left.
    await tx.query(
      `with r as (select * from ${CHANGES} where r.alert_id is null),
       pairs as (
         select distinct on (r.event_id) r.event_id, a.id, r.at, r.severity, r.message
         from r join rmm_alerts a on a.org_id = $1 and a.source = r.source and a.event_id like '${RESOLVED_ONLY_PREFIX}%'
           and a.occurred_at >= r.at and ${SAME_ALERT}
         where not exists (select 1 from rmm_alerts x where x.org_id = $1 and x.source = r.source and x.event_id = r.event_id)
         order by r.event_id, a.occurred_at, a.id),
       taken as (select distinct on (id) * from pairs order by id, at desc)
       update rmm_alerts a set event_id = t.event_id, occurred_at = t.at,
         severity = coalesce(t.severity, a.severity), message = coalesce(t.message, a.message)
       from taken t where a.org_id = $1 and a.id = t.id`,
      [orgId, JSON.stringify(raised)],
    );
    // With an alert id, a late raise meets its resolved-only record on the key and fills it in.
    await tx.query(
      `insert into rmm_alerts (org_id, source, event_id, device_id, client_id, occurred_at, severity, kind, message)
       select $1, r.source, r.event_id, r.device_id, coalesce(r.client_id, ${CLIENT_OF_DEVICE}), r.at, r.severity, r.kind, r.message
       from ${CHANGES}
       on conflict (org_id, source, event_id) do update set
         occurred_at = least(rmm_alerts.occurred_at, excluded.occurred_at),
         severity = coalesce(excluded.severity, rmm_alerts.severity),
         kind = coalesce(rmm_alerts.kind, excluded.kind),
         message = coalesce(excluded.message, rmm_alerts.message),
         device_id = coalesce(rmm_alerts.device_id, excluded.device_id),
         client_id = coalesce(rmm_alerts.client_id, excluded.client_id)`,
      [orgId, JSON.stringify(raised)],
    );
  }
  if (resolved.length > 0) {
    // Each open alert takes the earliest resolve that matches it.
    await tx.query(
      `with r as (select * from ${CHANGES}),
       m as (select a.id, min(r.at) as at from rmm_alerts a join r on a.occurred_at <= r.at and ${SAME_ALERT}
         where a.org_id = $1 and a.resolved_at is null group by a.id)
       update rmm_alerts a set resolved_at = m.at from m where a.org_id = $1 and a.id = m.id`,
      [orgId, JSON.stringify(resolved)],
    );
    // A resolve that matches no alert at all (open or resolved) is kept as a resolved-only alert.
    await tx.query(
      `insert into rmm_alerts (org_id, source, event_id, device_id, client_id, occurred_at, severity, kind, message, resolved_at)
       select $1, r.source, r.event_id, r.device_id, coalesce(r.client_id, ${CLIENT_OF_DEVICE}), r.at, r.severity, r.kind, r.message, r.at
       from ${CHANGES}
       where not exists (select 1 from rmm_alerts a where a.org_id = $1 and ${SAME_ALERT}
         and (r.alert_id is not null or a.occurred_at <= r.at))
       on conflict (org_id, source, event_id) do nothing`,
      [orgId, JSON.stringify(resolved)],
    );
  }
}
