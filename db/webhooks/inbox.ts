import "server-only";
import type { EventStatus, WebhookSource } from "@/lib/webhooks";
import type { SqlRunner } from "../client";
import type { SqlTableSource } from "../tables/sql-table";

// The inbox: every verified delivery is stored as it came, before anything is applied, so nothing
// the tools send is lost; the worker applies it, and a failed event can be reprocessed or discarded.

export interface StoredEvent {
  id: number;
  duplicate: boolean;
}

export interface NewEvent {
  orgId: number;
  endpointId: number;
  eventKey: string;
  body: string;
  headers: Record<string, string>;
}

/** One insert; a redelivery (same org, endpoint and event key) stores nothing and says so. */
export async function insertEvent(db: SqlRunner, e: NewEvent): Promise<StoredEvent> {
  const [row] = await db.query<{ id: number }>(
    `insert into webhook_events (org_id, endpoint_id, event_key, body, headers) values ($1, $2, $3, $4, $5::text::jsonb)
     on conflict (org_id, endpoint_id, event_key) do nothing returning id`,
    [e.orgId, e.endpointId, e.eventKey, e.body, JSON.stringify(e.headers)],
  );
  return row ? { id: row.id, duplicate: false } : { id: 0, duplicate: true };
}

/** Several deliveries in one statement; the result is in the order given. Keys must be distinct. */
export async function insertEvents(db: SqlRunner, events: NewEvent[]): Promise<StoredEvent[]> {
  const rows = await db.query<{ id: number; endpoint_id: number; event_key: string }>(
    `insert into webhook_events (org_id, endpoint_id, event_key, body, headers)
     select r.org_id, r.endpoint_id, r.event_key, r.body, r.headers
     from jsonb_to_recordset($1::text::jsonb) as r(org_id bigint, endpoint_id bigint, event_key text, body text, headers jsonb)
     on conflict (org_id, endpoint_id, event_key) do nothing returning id, endpoint_id, event_key`,
    [JSON.stringify(events.map((e) => ({ org_id: e.orgId, endpoint_id: e.endpointId, event_key: e.eventKey, body: e.body, headers: e.headers })))],
  );
  const ids = new Map(rows.map((r) => [`${r.endpoint_id}\u0000${r.event_key}`, r.id]));
  return events.map((e) => {
    const id = ids.get(`${e.endpointId}\u0000${e.eventKey}`);
    return id === undefined ? { id: 0, duplicate: true } : { id, duplicate: false };
  });
}

export interface EventRow {
  id: number;
  receivedAt: string;
  endpointId: number;
  endpointName: string;
  source: WebhookSource;
  eventKey: string;
  status: EventStatus;
  attempts: number;
  lastError: string | null;
  processedAt: string | null;
  bytes: number;
}

export interface EventDetail extends EventRow {
  body: string;
  headers: Record<string, string>;
}

type Row = {
  id: number; received_at: Date; endpoint_id: number; endpoint_name: string; source: WebhookSource; event_key: string;
  status: EventStatus; attempts: number; last_error: string | null; processed_at: Date | null; bytes: number;
};

const COLUMNS = `e.id, e.received_at, e.endpoint_id, w.name as endpoint_name, w.source, e.event_key, e.status, e.attempts,
  e.last_error, e.processed_at, octet_length(e.body) as bytes`;

const toRow = (r: Row): EventRow => ({
  id: r.id,
  receivedAt: r.received_at.toISOString(),
  endpointId: r.endpoint_id,
  endpointName: r.endpoint_name,
  source: r.source,
  eventKey: r.event_key,
  status: r.status,
  attempts: r.attempts,
  lastError: r.last_error,
  processedAt: r.processed_at ? r.processed_at.toISOString() : null,
  bytes: Number(r.bytes),
});

/** The org's events as a server-side table (the inbox on /webhooks); sort and filter ids are its columns'. */
export function eventsSource(orgId: number): SqlTableSource<EventRow> {
  return {
    sql: `select ${COLUMNS} from webhook_events e join webhook_endpoints w on w.org_id = e.org_id and w.id = e.endpoint_id where e.org_id = $1`,
    params: [orgId],
    sort: {
      receivedAt: { expr: "received_at" },
      endpoint: { expr: "endpoint_name", text: true },
      key: { expr: "event_key", text: true },
      status: { expr: "status", text: true },
      attempts: { expr: "attempts" },
      lastError: { expr: "last_error", text: true },
    },
    search: ["endpoint_name", "event_key", "status", "last_error"],
    filters: { endpoint: { expr: "endpoint_name", kind: "select" }, status: { expr: "status", kind: "select" } },
    key: "id",
    toRow: (record) => toRow(record as unknown as Row),
  };
}

export async function listEvents(
  db: SqlRunner,
  orgId: number,
  options: { status?: EventStatus; limit?: number } = {},
): Promise<EventRow[]> {
  const rows = await db.query<Row>(
    `select ${COLUMNS} from webhook_events e join webhook_endpoints w on w.org_id = e.org_id and w.id = e.endpoint_id
     where e.org_id = $1 and ($2::text is null or e.status = $2) order by e.id desc limit $3`,
    [orgId, options.status ?? null, options.limit ?? 500],
  );
  return rows.map(toRow);
}

export async function getEvent(db: SqlRunner, orgId: number, id: number): Promise<EventDetail | null> {
  const [r] = await db.query<Row & { body: string; headers: Record<string, string> }>(
    `select ${COLUMNS}, e.body, e.headers from webhook_events e
     join webhook_endpoints w on w.org_id = e.org_id and w.id = e.endpoint_id where e.org_id = $1 and e.id = $2`,
    [orgId, id],
  );
  return r ? { ...toRow(r), body: r.body, headers: r.headers } : null;
}

export async function countEventsByStatus(db: SqlRunner, orgId: number): Promise<Partial<Record<EventStatus, number>>> {
  const rows = await db.query<{ status: EventStatus; n: number }>(
    "select status, count(*)::int as n from webhook_events where org_id = $1 group by status",
    [orgId],
  );
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/** Back into the queue with a fresh attempt count (after a fix, or once the device it names exists). */
export async function reprocessEvent(db: SqlRunner, orgId: number, id: number): Promise<boolean> {
  const rows = await db.query(
    `update webhook_events set status = 'received', attempts = 0, next_attempt_at = now(), last_error = null
     where org_id = $1 and id = $2 and status in ('failed', 'retrying', 'discarded') returning id`,
    [orgId, id],
  );
  return rows.length > 0;
}

/** Kept, marked discarded, never applied: nothing is deleted silently. */
export async function discardEvent(db: SqlRunner, orgId: number, id: number): Promise<boolean> {
  const rows = await db.query(
    `update webhook_events set status = 'discarded' where org_id = $1 and id = $2 and status in ('received', 'retrying', 'failed') returning id`,
    [orgId, id],
  );
  return rows.length > 0;
}
