import type { Period } from "@/lib/kpi/period";
import { AppError } from "@/lib/errors";
import type { Database, SqlRunner } from "../client";

// Accepted rebalancing moves: who looks after a client now (client_assignments), which open
// tickets went along, and the history (workload_moves).

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
 * In one transaction: the client is assigned to the new technician, its open tickets with the old
 * one (resolved_at is null) are reassigned, and the move is recorded with the old technician's
 * hours for the client in the period. Accepting the same move twice for a period is a conflict.
 * The KPI rollups need no refresh: no rollup depends on a ticket's technician.
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

    const [hours] = await tx.query<{ hours: string }>(
      `select coalesce(sum(hours), 0)::text as hours from time_entries
       where org_id = $1 and client_id = $2 and technician_id = $3 and work_date between $4::date and $5::date`,
      [orgId, clientId, from, period.from, period.to],
    );
    await tx.query(
      `insert into client_assignments (org_id, client_id, technician_id, assigned_by, assigned_at) values ($1, $2, $3, $4, now())
       on conflict (org_id, client_id) do update
         set technician_id = excluded.technician_id, assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at`,
      [orgId, clientId, to, actor],
    );
    const reassigned = await tx.query<{ id: number }>(
      `update tickets set technician_id = $4, updated_at = now()
       where org_id = $1 and client_id = $2 and technician_id = $3 and resolved_at is null
       returning id`,
      [orgId, clientId, from, to],
    );
    const [move] = await tx.query<{ id: number }>(
      `insert into workload_moves (org_id, client_id, from_technician_id, to_technician_id, period_from, period_to, hours_moved, tickets_moved, accepted_by)
       values ($1, $2, $3, $4, $5::date, $6::date, $7::numeric, $8, $9) returning id`,
      [orgId, clientId, from, to, period.from, period.to, hours?.hours ?? "0", reassigned.length, actor],
    );
    if (!move) throw new Error("move not recorded");
    return { id: Number(move.id), hoursMoved: hours?.hours ?? "0", ticketsMoved: reassigned.length };
  });
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
  acceptedBy: string;
  /** ISO instant. */
  acceptedAt: string;
}

/** Accepted moves, newest first; only those for exactly `period` when given. */
export async function listMoves(db: SqlRunner, orgId: number, options: { period?: Period; limit?: number } = {}): Promise<MoveRow[]> {
  const rows = await db.query<Omit<MoveRow, "acceptedAt" | "hoursMoved"> & { acceptedAt: Date | string; hoursMoved: string }>(
    `select m.id, m.client_id as "clientId", c.name as client,
            m.from_technician_id as "fromTechnicianId", f.name as "from",
            m.to_technician_id as "toTechnicianId", t.name as "to",
            m.period_from as "periodFrom", m.period_to as "periodTo",
            m.hours_moved::text as "hoursMoved", m.tickets_moved as "ticketsMoved",
            m.accepted_by as "acceptedBy", m.accepted_at as "acceptedAt"
     from workload_moves m
     join clients c on c.org_id = m.org_id and c.id = m.client_id
     join technicians f on f.org_id = m.org_id and f.id = m.from_technician_id
     join technicians t on t.org_id = m.org_id and t.id = m.to_technician_id
     where m.org_id = $1 and ($2::date is null or (m.period_from = $2::date and m.period_to = $3::date))
     order by m.accepted_at desc, m.id desc
     limit $4`,
    [orgId, options.period?.from ?? null, options.period?.to ?? null, options.limit ?? 50],
  );
  return rows.map((r) => ({
    ...r,
    id: Number(r.id),
    clientId: Number(r.clientId),
    fromTechnicianId: Number(r.fromTechnicianId),
    toTechnicianId: Number(r.toTechnicianId),
    hoursMoved: Number(r.hoursMoved),
    acceptedAt: r.acceptedAt instanceof Date ? r.acceptedAt.toISOString() : new Date(r.acceptedAt).toISOString(),
  }));
}
