import { sql } from "drizzle-orm";
import { date, foreignKey, index, integer, numeric, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { clients } from "./business";
import { orgId, refId, rowId } from "./columns";

// Every accepted move, kept as history: a decision to hand a client's work from one technician to
// another. The PSA owns ticket assignment, so the move is carried out there; it stays "pending"
// until an import shows it done, then "done" (done_at, done_by_run), and never goes back.
export const workloadMoves = pgTable(
  "workload_moves",
  {
    orgId: orgId(),
    id: rowId(),
    clientId: refId("client_id").notNull(),
    fromTechnicianId: refId("from_technician_id").notNull(),
    toTechnicianId: refId("to_technician_id").notNull(),
    periodFrom: date("period_from").notNull(),
    periodTo: date("period_to").notNull(),
    hoursMoved: numeric("hours_moved").notNull(),
    // The client's tickets still open with the old technician when the move was accepted.
    ticketsMoved: integer("tickets_moved").notNull().default(0),
    acceptedBy: text("accepted_by").notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }).notNull().defaultNow(),
    status: text("status").notNull().default("pending"),
    doneAt: timestamp("done_at", { withTimezone: true }),
    doneByRun: refId("done_by_run"),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ name: "workload_moves_client_fk", columns: [t.orgId, t.clientId], foreignColumns: [clients.orgId, clients.id] }).onDelete("cascade"),
    index("workload_moves_org_accepted").on(t.orgId, t.acceptedAt),
    index("workload_moves_org_pending").on(t.orgId).where(sql`${t.status} = 'pending'`),
  ],
);
