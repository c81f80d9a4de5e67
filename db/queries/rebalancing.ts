import "server-only";
import type { Period } from "@/lib/kpi/period";
import type { MoveStatus, ReassignmentItem } from "@/lib/rebalancing/types";
import { AppError } from "@/lib/errors";
import type { Database, SqlRunner } from "../client";

// Accepted rebalancing moves. The PSA owns ticket assignment: accepting a move only records the
// decision; the service manager reassigns the work in the PSA (reassignmentLists), and the move stays
// "pending" until an import shows it done (markMovesDone), then "done" for good.

export interface AcceptMoveInput {
  clientId: number;
  fromTechnicianId: number;
  toTechnicianId: number;
  period: Period;
}

export interface AcceptedMove {
  id: number;
  hoursMoved: string;
  ticketsMoved: number;
}

/**
 * Records the move with the old technician's hours for the client in the period and the number of
 * the client's tickets still open with them. Nothing in the PSA's data (tickets, time entries) is
 * changed: the next import would only undo it. Accepting the same move twice for a period is a conflict.
 */
export async function acceptMove(db: Database, orgId: number, input: AcceptMoveInput, actor: string): Promise<AcceptedMove> {
  const { clientId, fromTechnicianId: from, toTechnicianId: to, period } = input;
  if (from === to) throw new AppError("bad_request", "A client can only move to a different technician.");
  return db.transaction(async (tx) => {
    // Locks the client: two people accepting the same move at once are serialised here.
    const [client] = await tx.query<{ id: number }>("select id from clients where org_id = $1 and id = $2 for update", [orgId, clientId]);
    if (!client) throw new AppError("not_found", "This client does not exist (any more).");
    const techs = await tx.query<{ id: number }>("select id from technicians where org_id = $1 and id = any($2::bigint[])", [orgId, [from, to]]);
    if (techs.length !== 2) throw new AppError("not_found", "One of the two technicians does not exist (any more).");
    const [seen] = await tx.query<{ id: number }>(
      `select id from workload_moves where org_id = $1 and client_id = $2 and from_technician_id = $3 and to_technician_id = $4
         and period_from = $5::date and period_to = $6::date`,
      [orgId, clientId, from, to, period.from, period.to],
    );
    if (seen) throw new AppError("conflict", "This move has already been accepted.");

    const [work] = await tx.query<{ hours: string; tickets: number }>(
      `select (select coalesce(sum(hours), 0)::text from time_entries
               where org_id = $1 and client_id = $2 and technician_id = $3 and work_date between $4::date and $5::date) as hours,
              (select count(*)::int from tickets where org_id = $1 and client_id = $2 and technician_id = $3 and resolved_at is null) as tickets`,
      [orgId, clientId, from, period.from, period.to],
    );
    const hours = work?.hours ?? "0";
    const tickets = work?.tickets ?? 0;
    const [move] = await tx.query<{ id: number }>(
      `insert into workload_moves (org_id, client_id, from_technician_id, to_technician_id, period_from, period_to, hours_moved, tickets_moved, accepted_by)
       values ($1, $2, $3, $4, $5::date, $6::date, $7::numeric, $8, $9) returning id`,
      [orgId, clientId, from, to, period.from, period.to, hours, tickets, actor],
    );
    if (!move) throw new Error("move not recorded");
    return { id: Number(move.id), hoursMoved: hours, ticketsMoved: tickets };
  });
}

// What is still with the old technician for the moved client: open tickets, and time entries dated
// from today on (scheduled work). Both lists and the "done" check below use these conditions.
const OPEN_TICKETS_WITH_FROM = `k.org_id = m.org_id and k.client_id = m.client_id and k.technician_id = m.from_technician_id and k.resolved_at is null`;
const SCHEDULED_WITH_FROM = `e.org_id = m.org_id and e.client_id = m.client_id and e.technician_id = m.from_technician_id and e.work_date >= current_date`;

/**
 * Marks pending moves done that the data now shows carried out: nothing of the client is left with
 * the old technician (no open ticket, no scheduled work), and the new one has taken over (a ticket
 * of the client open with them or resolved since the move, or time logged on the client since).
 * Runs inside each tickets and time import; a done move stays done whatever later imports show.
 */
export async function markMovesDone(tx: SqlRunner, orgId: number, runId: number): Promise<number> {
  const done = await tx.query<{ id: number }>(
    `update workload_moves m set status = 'done', done_at = now(), done_by_run = $2
     where m.org_id = $1 and m.status = 'pending'
       and not exists (select 1 from tickets k where ${OPEN_TICKETS_WITH_FROM})
       and not exists (select 1 from time_entries e where ${SCHEDULED_WITH_FROM})
       and (exists (select 1 from tickets k where k.org_id = m.org_id and k.client_id = m.client_id and k.technician_id = m.to_technician_id
                      and (k.resolved_at is null or k.resolved_at >= m.accepted_at or k.created_at >= m.accepted_at))
            or exists (select 1 from time_entries e where e.org_id = m.org_id and e.client_id = m.client_id and e.technician_id = m.to_technician_id
                      and e.work_date >= (m.accepted_at at time zone 'UTC')::date))
     returning m.id`,
    [orgId, runId],
  );
  return done.length;
}

/** Per move id: what the service manager still has to hand over in the PSA (pending moves only). */
export async function reassignmentLists(db: SqlRunner, orgId: number, moveIds: readonly number[]): Promise<Map<number, ReassignmentItem[]>> {
  const rows = await db.query<ReassignmentItem & { move_id: number }>(
    `select m.id as move_id, 'ticket' as kind, coalesce(k.external_id, 'ticket-' || k.id) as ref, k.subject, k.priority,
            to_char(k.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as date
     from workload_moves m join tickets k on ${OPEN_TICKETS_WITH_FROM}
     where m.org_id = $1 and m.id = any($2::bigint[]) and m.status = 'pending'
     union all
     select m.id, 'scheduled', coalesce(e.external_id, 'entry-' || e.id), e.ticket_ref, null, to_char(e.work_date, 'YYYY-MM-DD')
     from workload_moves m join time_entries e on ${SCHEDULED_WITH_FROM}
     where m.org_id = $1 and m.id = any($2::bigint[]) and m.status = 'pending'
     order by 1, 2 desc, 6, 3`,
    [orgId, [...moveIds]],
  );
  const result = new Map<number, ReassignmentItem[]>(moveIds.map((id) => [id, []]));
  for (const { move_id, ...item } of rows) result.get(Number(move_id))?.push(item);
  return result;
}

export interface MoveRow {
  id: number;
  clientId: number;
  client: string;
  fromTechnicianId: number;
  from: string;
  toTechnicianId: number;
  to: string;
  periodFrom: string;
  periodTo: string;
  hoursMoved: number;
  ticketsMoved: number;
  /** The member's name (else e-mail) for "user:<id>", other actors as recorded; null for a deleted user. */
  acceptedBy: string | null;
  /** ISO instant. */
  acceptedAt: string;
  status: MoveStatus;
  /** ISO instant the move was seen done, or null while pending. */
  doneAt: string | null;
}

/**
 * Accepted moves, newest first; with `id`, that one. With `period`: the moves a projection of that
 * period counts, namely those accepted for exactly that period, and those still pending that were
 * accepted before it ended.
 */
export async function listMoves(db: SqlRunner, orgId: number, options: { period?: Period; id?: number; limit?: number } = {}): Promise<MoveRow[]> {
  const rows = await db.query<Omit<MoveRow, "acceptedAt" | "hoursMoved" | "doneAt"> & { acceptedAt: Date | string; hoursMoved: string; doneAt: Date | string | null }>(
    `select m.id, m.client_id as "clientId", c.name as client,
            m.from_technician_id as "fromTechnicianId", f.name as "from",
            m.to_technician_id as "toTechnicianId", t.name as "to",
            m.period_from as "periodFrom", m.period_to as "periodTo",
            m.hours_moved::text as "hoursMoved", m.tickets_moved as "ticketsMoved",
            case when m.accepted_by like 'user:%'
              then (select coalesce(nullif(u.name, ''), u.email) from users u where u.id = substr(m.accepted_by, 6))
              else m.accepted_by end as "acceptedBy",
            m.accepted_at as "acceptedAt", m.status, m.done_at as "doneAt"
     from workload_moves m
     join clients c on c.org_id = m.org_id and c.id = m.client_id
     join technicians f on f.org_id = m.org_id and f.id = m.from_technician_id
     join technicians t on t.org_id = m.org_id and t.id = m.to_technician_id
     where m.org_id = $1 and ($2::date is null or (m.period_from = $2::date and m.period_to = $3::date)
       or (m.status = 'pending' and m.accepted_at < $3::date + 1))
       and ($5::bigint is null or m.id = $5::bigint)
     order by m.accepted_at desc, m.id desc
     limit $4`,
    [orgId, options.period?.from ?? null, options.period?.to ?? null, options.limit ?? 50, options.id ?? null],
  );
  return rows.map((r) => ({
    ...r,
    id: Number(r.id),
    clientId: Number(r.clientId),
    fromTechnicianId: Number(r.fromTechnicianId),
    toTechnicianId: Number(r.toTechnicianId),
    hoursMoved: Number(r.hoursMoved),
    acceptedAt: isoInstant(r.acceptedAt),
    doneAt: r.doneAt === null ? null : isoInstant(r.doneAt),
  }));
}

const isoInstant = (value: Date | string) => (value instanceof Date ? value : new Date(value)).toISOString();
