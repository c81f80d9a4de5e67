import { date, foreignKey, index, integer, numeric, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { clients, technicians } from "./business";
import { orgId, refId, rowId } from "./columns";

// Who looks after a client now. Set when a manager accepts a rebalancing move.
export const clientAssignments = pgTable(
  "client_assignments",
  {
    orgId: orgId(),
    clientId: refId("client_id").notNull(),
    technicianId: refId("technician_id").notNull(),
    assignedBy: text("assigned_by").notNull(),
    assignedAt: timestamp("assigned_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.clientId] }),
    foreignKey({ name: "client_assignments_client_fk", columns: [t.orgId, t.clientId], foreignColumns: [clients.orgId, clients.id] }).onDelete("cascade"),
    foreignKey({ name: "client_assignments_technician_fk", columns: [t.orgId, t.technicianId], foreignColumns: [technicians.orgId, technicians.id] }),
  ],
);

// Every accepted move, kept as history: a client's work (and its open tickets) handed from one technician to another.
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
    ticketsMoved: integer("tickets_moved").notNull().default(0),
    acceptedBy: text("accepted_by").notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ name: "workload_moves_client_fk", columns: [t.orgId, t.clientId], foreignColumns: [clients.orgId, clients.id] }).onDelete("cascade"),
    index("workload_moves_org_accepted").on(t.orgId, t.acceptedAt),
  ],
);
